/**
 * "Check yourself": short sets of questions inside the explainer, after each theme or each section,
 * drawn by the quiz generator's own rules from the facts that part of the lesson teaches. The quiz at
 * the end then avoids those facts (see `QuizOptions.avoidFacts`), so the checks never hand it away.
 */
import type { Content } from '../content/schema.js';
import { buildCandidate, pickCandidates, type Candidate } from './generate.js';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.js';
import type { ChecksPer, ChecksSetting } from './checks-setting.js';

export * from './checks-setting.js';

/** Questions per check: two after a theme, one after a section. */
export const QUESTIONS_PER_CHECK: Record<ChecksPer, number> = { theme: 2, section: 1 };

/**
 * The types a check uses: one fact each, quick to answer in place. Orders and matches ask about several
 * facts at once, which the quiz would then have to do without; scenarios are the decision walk's worked
 * examples, whose outcomes the page shows one click away.
 */
export const CHECK_TYPES: readonly QuestionType[] = QUESTION_TYPES.filter((type) => type !== 'order' && type !== 'match' && type !== 'scenario');

/** One "Check yourself" block: where it goes, its questions, and the facts they use. */
export interface CheckBlock {
  /** The theme id or the section id it follows. */
  after: string;
  theme: string;
  questions: Question[];
  facts: string[];
}

/** Plans already drawn, per content object: the explainer, the quiz and the teacher page ask for the same ones. */
const plans = new WeakMap<Content, Map<string, CheckBlock[]>>();

/**
 * The checks for a content, in reading order. Each question is drawn by the quiz's rules from the core
 * lesson of its part (no "go deeper" item) with the block's own seed — the setting's seed and the
 * block's id — and never uses a fact an earlier question used. After a theme, the two questions come
 * from two of its sections and are not both true/false, when the content allows; a typed answer the
 * page prints just above (a key date, the key point) is never asked. Drawn once per content and setting.
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

/** What the part of the page a check follows shows anyway: its sections' key points and key-date boxes. */
function shownText(content: Content, sectionIds: readonly string[]): string {
  const sections = content.sections.filter((section) => sectionIds.includes(section.id));
  const keyDates = content.events.filter((event) => event.keyDate && sectionIds.includes(event.section));
  return [...sections.map((section) => section.keyPoint ?? ''), ...keyDates.flatMap((event) => [event.title, event.date])].join('\n').toLowerCase();
}

/** A typed answer the page prints right above the check (a key date's year, a name in the key point) is no check. */
function shownAlready(question: Question, shown: string): boolean {
  return question.type === 'fill-blank' && question.answer.some((answer) => shown.includes(answer.toLowerCase()));
}

function drawChecks(content: Content, setting: ChecksSetting): CheckBlock[] {
  const used: string[] = [];
  const blocks: CheckBlock[] = [];
  const truths = { true: 0, false: 0 };
  let questionsSoFar = 0;
  const parts =
    setting.per === 'theme'
      ? content.themes.map((theme) => ({ after: theme.id, theme: theme.id, sections: content.sections.filter((section) => section.theme === theme.id).map((section) => section.id) }))
      : content.sections.map((section) => ({ after: section.id, theme: section.theme, sections: [section.id] }));
  for (const part of parts) {
    const seed = `${setting.seed}|check|${part.after}`;
    const shown = shownText(content, part.sections);
    const picked: Candidate[] = [];
    /** One more question from these sections and types, by the quiz's rules, using no fact already used. */
    const drawOne = (sections: readonly string[], types: readonly QuestionType[], strict = true): boolean => {
      const avoid = [...used, ...picked.flatMap((candidate) => candidate.facts()!)];
      let fallback: Candidate | undefined;
      for (let tries = 0; tries < 6; tries++) {
        const [candidate] = pickCandidates(content, { seed: `${seed}|${picked.length}|${tries}`, count: 1, themes: [part.theme], sections, types, scope: 'core', avoidFacts: avoid }).picked;
        if (!candidate) break;
        // Passed over (a fact already used, the answer shown just above, the true/false balance): only this
        // item is set aside, not the facts it shares with others, which may still be asked another way.
        const [item] = candidate.facts()!;
        avoid.push(item!);
        if (candidate.facts()!.some((key) => used.includes(key) || picked.some((p) => p.facts()!.includes(key)))) continue;
        if (shownAlready(buildCandidate(candidate, seed), shown)) continue;
        // True/false keys stay within one of each other across all the checks, as within a quiz: a set
        // of checks that are all "true" teaches students to answer "true".
        if (candidate.truth !== undefined && truths[`${candidate.truth}`] - truths[`${!candidate.truth}`] >= 1) {
          fallback ??= candidate;
          continue;
        }
        fallback = candidate;
        break;
      }
      // Strict: within one. Otherwise within two, when a part teaches only claims of one kind; past that,
      // the part goes without a check rather than make "true" (or "false") the safe guess.
      if (!fallback || (fallback.truth !== undefined && truths[`${fallback.truth}`] - truths[`${!fallback.truth}`] >= (strict ? 1 : 2))) return false;
      picked.push(fallback);
      if (fallback.truth !== undefined) truths[`${fallback.truth}`]++;
      return true;
    };
    for (let n = 0; n < QUESTIONS_PER_CHECK[setting.per]; n++) {
      // After a theme, the second question comes from another of its sections when one has any. No
      // second true/false in a block, and none while true/false already makes half the checks (most
      // facts are claims, and coin tosses test little); each rule gives way when nothing else is left.
      const others = n > 0 ? part.sections.filter((id) => id !== picked[0]!.sectionId) : part.sections;
      const coinTosses = truths.true + truths.false;
      const tooMany = picked.some((candidate) => candidate.type === 'true-false') || coinTosses * 2 >= questionsSoFar + picked.length;
      const types = tooMany ? CHECK_TYPES.filter((type) => type !== 'true-false') : CHECK_TYPES;
      const noCoin = CHECK_TYPES.filter((type) => type !== 'true-false');
      const attempts: [readonly string[], readonly QuestionType[], boolean][] = [
        [others, types, true],
        [part.sections, types, true],
        [others, noCoin, true],
        [part.sections, noCoin, true],
        [part.sections, CHECK_TYPES, false],
      ];
      attempts.some(([sections, allowed, strict]) => drawOne(sections, allowed, strict));
    }
    questionsSoFar += picked.length;
    if (picked.length === 0) continue;
    const facts = picked.flatMap((candidate) => candidate.facts()!);
    used.push(...facts);
    blocks.push({ after: part.after, theme: part.theme, questions: picked.map((candidate) => buildCandidate(candidate, seed)), facts });
  }
  return blocks;
}

/** Every fact the checks use: what the end-of-lesson quiz avoids. */
export const checkFacts = (blocks: readonly CheckBlock[]): string[] => blocks.flatMap((block) => block.facts);
