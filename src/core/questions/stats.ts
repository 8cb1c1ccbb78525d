/** What a content file yields: distinct questions per type, and what no question tests. */
import type { Content } from '../content/schema.js';
import { listCandidates, type Candidate } from './generate.js';
import { QUESTION_TYPES, type QuestionType } from './types.js';

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
