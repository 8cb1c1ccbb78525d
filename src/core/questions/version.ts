/**
 * The generator's version. It goes into result-code fingerprints, so a code made
 * by a quiz from another generator version is reported as such instead of being
 * scored against different questions. Bump it whenever what a seed produces changes
 * (the golden test in `test/node/golden.test.ts` fails until you do).
 */
export const GENERATOR_VERSION = 13;
