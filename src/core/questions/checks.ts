/**
 * "Check yourself": short sets of questions inside the explainer, after each theme or each section,
 * drawn by the quiz generator's own rules from the facts that part of the lesson teaches. The quiz at
 * the end then avoids those facts (see `QuizOptions.avoidFacts`), so the checks never hand it away.
 */
import type { Content } from '../content/schema.js';
import { buildCandidate, givenAway, givenAwayItems, listCandidates, pickCandidates, type Candidate } from './generate.js';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.js';
import type { ChecksPer, ChecksSetting } from './checks-setting.js';
import { forkRandom } from '../random.js';

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
  /** The facts its questions use, and those their feedback gives away (`givesAway`): the quiz avoids both. */
  facts: string[];
}

/** Plans already drawn, per content object: the explainer, the quiz and the teacher page ask for the same ones. */
const plans = new WeakMap<Content, Map<string, CheckBlock[]>>();

/**
 * The checks for a content, in reading order. Each question is drawn by the quiz's rules from the core
 * lesson of its part (no "go deeper" item) with the block's own seed — the setting's seed and the
 * block's id — and never uses a fact an earlier question used. After a theme, the two questions come
 * from two of its sections and are not both true/false, when the content allows; an item whose answer
 * the part prints outside its paragraphs (`inSight`, key dates) is never asked, and NOT questions, bare
 * years and definitions only when nothing else is left. Drawn once per content and setting.
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

/**
 * The items whose answers the part of the page a check follows prints outside its paragraphs, always
 * open: what its sections list as `inSight` (key point, figure, comparison, decision walk) and their key
 * dates. Item refs, not text, so the checks are the same in every language.
 */
function inSight(content: Content, sectionIds: readonly string[]): Set<string> {
  const sections = content.sections.filter((section) => sectionIds.includes(section.id));
  const keyDates = content.events.filter((event) => event.keyDate && sectionIds.includes(event.section));
  return new Set([...sections.flatMap((section) => section.inSight ?? []), ...keyDates.map((event) => `event:${event.id}`)]);
}

/**
 * How poor a check a question makes, 0 to 2. A bare year or a definition (1) asks for a label more
 * than for what the part taught; a NOT question (2) tests reading the stem as much as the fact. A
 * check takes them only when nothing better is left — years and definitions before true/false
 * outgrows its share, NOT questions last. The quiz at the end has room for them.
 */
function weakness(content: Content, candidate: Candidate): 0 | 1 | 2 {
  if (candidate.type === 'group-member' && candidate.id.includes('.not.')) return 2;
  if (candidate.type === 'date' || candidate.type === 'term-definition' || candidate.type === 'definition-term') return 1;
  if (candidate.type === 'fill-blank') {
    const blank = content.blanks.find((item) => `blank:${item.id}` === candidate.anchor);
    return blank !== undefined && (/^\d+$/.test(blank.answer.trim()) || namesTerm(content, blank.answer)) ? 1 : 0;
  }
  return 0;
}

/**
 * A typed answer that is a glossary term's name, or its first words ("situational" of "situational
 * permit"): the sentence around the blank is the term's definition, and the check asks for a label.
 */
function namesTerm(content: Content, answer: string): boolean {
  const squeeze = (text: string) => text.toLowerCase().replace(/[\s\-·・]/g, '');
  const typed = answer.trim().toLowerCase();
  return content.glossary.some((term) =>
    [term.term, ...(term.aliases ?? [])].some((name) => squeeze(name) === squeeze(typed) || name.toLowerCase().startsWith(`${typed} `)),
  );
}

function drawChecks(content: Content, setting: ChecksSetting): CheckBlock[] {
  const used: string[] = [];
  /** Every fact some block lists for the quiz to avoid (each listed once). */
  const listed = new Set<string>();
  /** The facts the checks ask (without what their feedback gives away). */
  const asked = new Set<string>();
  const blocks: CheckBlock[] = [];
  const truths = { true: 0, false: 0 };
  const parts =
    setting.per === 'theme'
      ? content.themes.map((theme) => ({ after: theme.id, theme: theme.id, sections: content.sections.filter((section) => section.theme === theme.id).map((section) => section.id) }))
      : content.sections.map((section) => ({ after: section.id, theme: section.theme, sections: [section.id] }));
  const planned = parts.length * QUESTIONS_PER_CHECK[setting.per];
  // Drawn in a seeded order, shown in reading order: drawn front to back, the first parts always took the
  // facts and the true/false keys the later ones then lacked, so the same parts went without a check
  // and the same items held the same slots for every seed.
  for (const part of forkRandom(setting.seed, 'check-order').shuffle(parts)) {
    const seed = `${setting.seed}|check|${part.after}`;
    const shown = inSight(content, part.sections);
    const picked: Candidate[] = [];
    const lists: Record<string, Candidate[]> = {};
    /** One more question from these sections and types, by the quiz's rules, using no fact already used. */
    const drawOne = (sections: readonly string[], types: readonly QuestionType[], strict: boolean, weakest: 0 | 1 | 2): boolean => {
      // Within a block too: what the first question's feedback gives away is not the second question.
      const pickedFacts = picked.flatMap((candidate) => candidate.facts()!);
      // The given-away items themselves are barred, not the facts they share with others (pair keys): those
      // would bar most of the catch-all items, and a part would go without a check.
      const barred = new Set([...used, ...pickedFacts, ...givenAwayItems(content, pickedFacts)]);
      const avoid = [...barred];
      let fallback: Candidate | undefined;
      // One seed per question: a passed-over item joins the avoided ones, and the next pick is the next in line.
      const drawSeed = `${seed}|${picked.length}`;
      const listed = (lists[drawSeed] ??= listCandidates(content, drawSeed));
      for (let tries = 0; tries < 8; tries++) {
        const [candidate] = pickCandidates(content, { seed: drawSeed, count: 1, themes: [part.theme], sections, types, scope: 'core', avoidFacts: avoid }, listed).picked;
        if (!candidate) break;
        // Passed over (a fact already used, the answer shown just above, the true/false balance): only this
        // item is set aside, not the facts it shares with others, which may still be asked another way.
        const [item] = candidate.facts()!;
        avoid.push(item!);
        // (The quiz's avoiding gives way when nothing else is left; a check's does not.)
        if (candidate.facts()!.some((key) => barred.has(key))) continue;
        // Nor may its own feedback answer a question already asked, here or in an earlier check.
        if (givenAwayItems(content, candidate.facts()!).some((ref) => asked.has(ref) || pickedFacts.includes(ref))) continue;
        if (shown.has(candidate.anchor) || weakness(content, candidate) > weakest) continue;
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
      // second true/false in a block, and true/false at most about half of the checks (most facts are
      // claims, and coin tosses test little). A weak question (a label, a bare year) is worse than one
      // more true/false, so before it those rules ease to two-thirds of the checks; past that they give
      // way last, and NOT questions come last of all.
      const others = picked.length > 0 ? part.sections.filter((id) => id !== picked[0]!.sectionId) : part.sections;
      // The shares count against the whole plan, not the questions drawn so far: the first block may
      // hold a true/false, and a later part is not starved to make up for an early one.
      const coinTosses = truths.true + truths.false;
      const noCoin = CHECK_TYPES.filter((type) => type !== 'true-false');
      const types = picked.some((candidate) => candidate.type === 'true-false') || coinTosses >= Math.ceil(planned / 2) ? noCoin : CHECK_TYPES;
      const eased = coinTosses >= Math.ceil((planned * 2) / 3) ? noCoin : CHECK_TYPES;
      const kept: [readonly string[], readonly QuestionType[]][] = [
        [others, types],
        [others, noCoin],
        [part.sections, types],
        [part.sections, noCoin],
      ];
      void (
        kept.some(([sections, allowed]) => drawOne(sections, allowed, true, 0)) ||
        drawOne(others, eased, true, 0) ||
        drawOne(part.sections, eased, true, 0) ||
        kept.some(([sections, allowed]) => drawOne(sections, allowed, true, 1)) ||
        drawOne(part.sections, CHECK_TYPES, false, 1) ||
        drawOne(part.sections, CHECK_TYPES, false, 2)
      );
    }
    if (picked.length === 0) continue;
    // The feedback's giveaways count as used: the quiz then avoids them as it avoids what was asked.
    const askedHere = picked.flatMap((candidate) => candidate.facts()!);
    askedHere.forEach((key) => asked.add(key));
    const facts = [...new Set([...askedHere, ...givenAway(content, askedHere)])].filter((key) => !listed.has(key));
    facts.forEach((key) => listed.add(key));
    // Later checks are barred from what this one asked and the items its feedback gives away; the quiz
    // avoids more (`facts`: those items' shared facts too), softly.
    used.push(...askedHere, ...givenAwayItems(content, askedHere));
    blocks.push({ after: part.after, theme: part.theme, questions: picked.map((candidate) => buildCandidate(candidate, seed)), facts });
  }
  const order = new Map(parts.map((part, index) => [part.after, index]));
  return blocks.sort((a, b) => order.get(a.after)! - order.get(b.after)!);
}

/** Every fact the checks use: what the end-of-lesson quiz avoids. */
export const checkFacts = (blocks: readonly CheckBlock[]): string[] => blocks.flatMap((block) => block.facts);
