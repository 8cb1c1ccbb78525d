import type { LitElement } from 'lit';

/** The class a mixin of this folder extends. TypeScript requires `any[]` for a mixin's constructor. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LitConstructor = abstract new (...args: any[]) => LitElement;

/**
 * A mixin's return type, named: declaration emit cannot describe an anonymous class with
 * protected or private members, so each mixin casts its class to an interface it declares.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AbstractConstructor<T> = abstract new (...args: any[]) => T;
