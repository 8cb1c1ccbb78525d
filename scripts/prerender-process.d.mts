/** What scripts/prerender.ts exits with when `prerender()` refused the start tag. */
export declare const REFUSED: 2;
/** The element for `startTag` with its first screen prerendered, from a process of its own (see the .mjs). */
export declare function prerenderInProcess(startTag: string): Promise<string>;
