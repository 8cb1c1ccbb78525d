/**
 * "Check yourself": short sets of questions inside the explainer, after each theme or each section,
 * drawn by the quiz generator's own rules from the facts that part of the lesson teaches. The quiz at
 * the end then avoids those facts (see `QuizOptions.avoidFacts`), so the checks never hand it away.
 */
import type { Content } from '../content/schema.js';
import { buildCandidate, pickCandidates } from './generate.js';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.js';

/** Where the checks go: after each theme (the default) or after each section. */
export type ChecksPer = 'theme' | 'section';

/** The checks an element shows, and the seed they were drawn from (a class that shares a seed shares them). */
export interface ChecksSetting {
  per: ChecksPer;
  seed: string;
}

/** The seed of the checks on a page without a `seed` attribute: every reader then sees the same checks. */
export const DEFAULT_CHECKS_SEED = 'checks';

/** Questions per check: two after a theme, one after a section. */
export const QUESTIONS_PER_CHECK: Record<ChecksPer, number> = { theme: 2, section: 1 };

/**
 * The types a check uses: one fact each, quick to answer in place. Orders and matches ask about several
 * facts at once, which the quiz would then have to do without.
 */
export const CHECK_TYPES: readonly QuestionType[] = QUESTION_TYPES.filter((type) => type !== 'order' && type !== 'match');

/** One "Check yourself" block: where it goes, its questions, and the facts they use. */
export interface CheckBlock {
  /** The theme id or the section id it follows. */
  after: string;
  theme: string;
  questions: Question[];
  facts: string[];
}

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

/**
 * What a check must not rest on: the teaching items explained only in a "go deeper" block, and the
 * fact keys named after them (a scenario whose answer turns on such an item shares its key). The
 * checks follow the core text, which a reader may well have read without opening those blocks.
 */
function deeperKeys(content: Content): Set<string> {
  const lists: [string, readonly { id: string; deeper?: string | undefined }[]][] = [
    ['term', content.glossary],
    ['claim', content.claims],
    ['event', content.events],
    ['group', content.groups],
    ['blank', content.blanks],
  ];
  return new Set(lists.flatMap(([kind, items]) => items.filter((item) => item.deeper).flatMap((item) => [`${kind}:${item.id}`, `fact:${item.id}`])));
}

/** Plans already drawn, per content object: the explainer, the quiz and the teacher page ask for the same ones. */
const plans = new WeakMap<Content, Map<string, CheckBlock[]>>();

/**
 * The checks for a content, in reading order. Each block is drawn as a small quiz of the core lesson
 * (nothing that rests on a "go deeper" block) with its own seed — the setting's seed and the block's
 * id — and never uses a fact an earlier block used. Drawn once per content object and setting.
 */
export function planChecks(content: Content, setting: ChecksSetting): CheckBlock[] {
  const key = `${setting.per}|${setting.seed}`;
  const cached = plans.get(content)?.get(key);
  if (cached) return cached;
  const blocks = drawChecks(content, setting);
  if (!plans.has(content)) plans.set(content, new Map());
  plans.get(content)!.set(key, blocks);
  return blocks;
}

function drawChecks(content: Content, setting: ChecksSetting): CheckBlock[] {
  const used: string[] = [];
  const deeper = [...deeperKeys(content)];
  const blocks: CheckBlock[] = [];
  const count = QUESTIONS_PER_CHECK[setting.per];
  const parts =
    setting.per === 'theme'
      ? content.themes.map((theme) => ({ after: theme.id, theme: theme.id, sections: undefined }))
      : content.sections.map((section) => ({ after: section.id, theme: section.theme, sections: [section.id] }));
  for (const part of parts) {
    const seed = `${setting.seed}|check|${part.after}`;
    const draw = (types: readonly QuestionType[], wanted: number, avoidFacts: string[]) =>
      pickCandidates(content, { seed, count: wanted, themes: [part.theme], types, ...(part.sections ? { sections: part.sections } : {}), scope: 'core', avoidFacts })
        // A check repeats no fact an earlier one asked.
        .picked.filter((candidate) => candidate.facts()!.every((key) => !avoidFacts.includes(key)));
    // True/false first only where nothing else is left: most facts are claims, and a check of two
    // coin tosses tests less than one the reader must recall or apply.
    const fresh = draw(CHECK_TYPES.filter((type) => type !== 'true-false'), count, [...used, ...deeper]);
    if (fresh.length < count) fresh.push(...draw(['true-false'], count - fresh.length, [...used, ...deeper, ...fresh.flatMap((candidate) => candidate.facts()!)]));
    if (fresh.length === 0) continue;
    const facts = fresh.flatMap((candidate) => candidate.facts()!);
    used.push(...facts);
    blocks.push({ after: part.after, theme: part.theme, questions: fresh.map((candidate) => buildCandidate(candidate, seed)), facts });
  }
  return blocks;
}

/** Every fact the checks use: what the end-of-lesson quiz avoids. */
export const checkFacts = (blocks: readonly CheckBlock[]): string[] => blocks.flatMap((block) => block.facts);
