/** What a content file yields: distinct questions per type, and what no question tests. */
import type { Content } from '../content/schema.js';
import { listCandidates } from './generate.js';
import { QUESTION_TYPES, type QuestionType } from './types.js';

export interface ContentStats {
  /** Distinct questions per type (their ids differ). */
  perType: Record<QuestionType, number>;
  total: number;
  /** Teaching items (e.g. `term:x`, `event:y`) that no question type can test. */
  untested: string[];
}

export function contentStats(content: Content, seed = 'stats'): ContentStats {
  const candidates = listCandidates(content, seed);
  const perType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
  const tested = new Set<string>();
  let total = 0;
  for (const candidate of candidates) {
    const facts = candidate.facts();
    if (!facts) continue;
    perType[candidate.type]++;
    total++;
    facts.forEach((key) => tested.add(key));
  }
  const items = [
    ...content.glossary.map((item) => `term:${item.id}`),
    ...content.events.map((item) => `event:${item.id}`),
    ...content.claims.map((item) => `claim:${item.id}`),
    ...content.groups.map((item) => `group:${item.id}`),
    ...content.blanks.map((item) => `blank:${item.id}`),
    ...(content.decisionTree?.scenarios ?? []).map((item) => `scenario:${item.id}`),
  ];
  return { perType, total, untested: items.filter((key) => !tested.has(key)) };
}
