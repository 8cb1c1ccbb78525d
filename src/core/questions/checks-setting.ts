/**
 * Which "Check yourself" blocks a page shows: the attribute's values and the one rule every element
 * follows. Kept apart from the planning (`checks.ts`) so the explainer's first load does not carry the
 * question generator.
 */
/** Where the checks go: after each theme (the default) or after each section. */
export type ChecksPer = 'theme' | 'section';

/** The checks an element shows, and the seed they were drawn from (a class that shares a seed shares them). */
export interface ChecksSetting {
  per: ChecksPer;
  seed: string;
}

/** The seed of the checks on a page without a `seed` attribute: every reader then sees the same checks. */
export const DEFAULT_CHECKS_SEED = 'checks';

/** Parses the `checks` attribute: `theme` (also the default when `fallback` says so), `section`, or `off`. */
export function parseChecks(value: string | null | undefined, fallback: ChecksPer | 'off'): ChecksPer | 'off' {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'theme' || v === 'section' || v === 'off' ? v : fallback;
}

/**
 * The one rule for which checks a page shows, used by the explainer, the quiz, the worksheet and the
 * teacher page alike: the `checks` attribute (or `fallback`), drawn from the page's `seed`, or from
 * `DEFAULT_CHECKS_SEED` on a page without one. Undefined when the checks are off.
 */
export function resolveChecks(value: string | null | undefined, seed: string | null | undefined, fallback: ChecksPer | 'off'): ChecksSetting | undefined {
  const per = parseChecks(value, fallback);
  return per === 'off' ? undefined : { per, seed: seed || DEFAULT_CHECKS_SEED };
}

/** `resolveChecks` as the session option a quiz takes (`{}` when the checks are off). */
export function checksOption(value: string | null | undefined, seed: string | null | undefined, fallback: ChecksPer | 'off' = 'off'): { checks?: ChecksSetting } {
  const checks = resolveChecks(value, seed, fallback);
  return checks ? { checks } : {};
}
