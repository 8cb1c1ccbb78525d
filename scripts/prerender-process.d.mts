/** The element for `startTag` with its first screen prerendered, from a process of its own (see the .mjs). */
export declare function prerenderInProcess(startTag: string): Promise<string>;
