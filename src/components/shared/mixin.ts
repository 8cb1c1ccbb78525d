import type { LitElement } from 'lit';

/** The class a mixin of this folder extends. TypeScript requires `any[]` for a mixin's constructor. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LitConstructor = abstract new (...args: any[]) => LitElement;
