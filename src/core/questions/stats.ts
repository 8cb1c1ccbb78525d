/** What a content file yields: distinct questions per type, and what no question tests. */
import type { Content } from '../content/schema.js';
import { generateQuiz, listCandidates, type Candidate } from './generate.js';
import { QUESTION_TYPES, type QuestionType, type QuizOptions } from './types.js';

export interface ContentStats {
  /** Distinct questions per type: two questions that ask about the same facts in the same way count once. */
  perType: Record<QuestionType, number>;
  total: number;
  /** Teaching items (e.g. `term:x`, `event:y`) that no question type can test. */
  untested: string[];
}

/**
 * What makes two questions the same for a learner: their type and the facts they
 * ask about, plus, for the questions about one member of a group, which member.
 */
function contentSignature(candidate: Candidate, facts: string[]): string {
  // A term question's facts include the terms its wrong options show: it asks about its anchor alone.
  const asksAnchorOnly = candidate.type === 'term-definition' || candidate.type === 'definition-term';
  const items = asksAnchorOnly ? [candidate.anchor] : facts.filter((key) => !key.startsWith('fact:') && !key.startsWith('kind:')).sort();
  const member = candidate.type === 'group-member' ? candidate.id : '';
  return `${candidate.type}|${items.join(',')}|${member}`;
}

export function contentStats(content: Content, seed = 'stats'): ContentStats {
  const candidates = listCandidates(content, seed);
  const perType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
  const tested = new Set<string>();
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const facts = candidate.facts();
    if (!facts) continue;
    facts.forEach((key) => tested.add(key));
    const signature = contentSignature(candidate, facts);
    if (seen.has(signature)) continue;
    seen.add(signature);
    perType[candidate.type]++;
  }
  const items = [
    ...content.glossary.map((item) => `term:${item.id}`),
    ...content.events.map((item) => `event:${item.id}`),
    ...content.claims.map((item) => `claim:${item.id}`),
    ...content.groups.map((item) => `group:${item.id}`),
    ...content.blanks.map((item) => `blank:${item.id}`),
    ...(content.decisionTree?.scenarios ?? []).map((item) => `scenario:${item.id}`),
  ];
  const total = Object.values(perType).reduce((sum, count) => sum + count, 0);
  return { perType, total, untested: items.filter((key) => !tested.has(key)) };
}

/**
 * The longest quiz, up to `upTo` questions, that the content gives well mixed with these settings:
 * over sample seeds, every quiz is as long as asked and true/false stays within a third of it
 * (when other types are allowed). Past that length the generator, which never asks a fact twice,
 * fills a quiz with true/false or ends it short; the teacher page says so.
 */
export function wellMixedLength(content: Content, options: Omit<QuizOptions, 'seed' | 'count'> = {}, upTo = 50, samples = 12): number {
  const othersAllowed = !options.types?.length || options.types.some((type) => type !== 'true-false');
  // With `avoidFacts` (the checks in the text), a quiz that has to repeat one of them is not well mixed either.
  const mixed = (count: number) =>
    Array.from({ length: samples }, (_, i) => generateQuiz(content, { ...options, seed: `mix-check-${i}`, count })).every(
      ({ questions, repeatedFacts }) =>
        questions.length === count &&
        !repeatedFacts &&
        // A third of the quiz, or two in a very short one: any quiz may hold two of a type (see `maxPerType`).
        (!othersAllowed || questions.filter((q) => q.type === 'true-false').length <= Math.max(2, Math.ceil(count / 3))),
    );
  if (mixed(upTo)) return upTo;
  // Mixed at some length is, in practice, mixed at every shorter one: a binary search finds the edge.
  let low = 0;
  let high = upTo;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (mixed(middle)) low = middle;
    else high = middle;
  }
  return low;
}
