/**
 * Spaced practice of what a learner missed: a record per teaching item (the generator's anchor,
 * e.g. `claim:software-counts`, the same in every language and for every seed), with the day it is
 * due again. Pure data and functions; the quiz keeps the record in localStorage.
 *
 * The schedule (a Leitner system): an item answered wrongly is due again the next day; each time
 * it is then answered right it waits longer (3, then 7 days), and after the third right answer in a
 * row it leaves the record. A wrong answer at any point starts it again at one day.
 */
import type { Content } from '../content/schema.js';
import { listCandidates } from '../questions/generate.js';
import type { QuestionType } from '../questions/types.js';

/** Days until an item is due again, by how many times in a row it has been right since it was missed. */
export const PRACTICE_INTERVALS_DAYS = [1, 3, 7] as const;

/** At most this many questions in one practice round: short enough to do on a phone between lessons. */
export const PRACTICE_ROUND_MAX = 5;

export interface PracticeItem {
  /** Right answers in a row since it was last missed (0 after a miss). */
  streak: number;
  /** The local date it is due again, `YYYY-MM-DD`. */
  due: string;
  /** The question type it was last asked as: the next round asks it another way when it can. */
  type: QuestionType;
}

export interface PracticeRecord {
  v: 1;
  items: Record<string, PracticeItem>;
}

export const emptyPracticeRecord = (): PracticeRecord => ({ v: 1, items: {} });

/** A day as `YYYY-MM-DD` in the learner's own time zone: "due tomorrow" means after midnight where they are. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + days));
  return next.toISOString().slice(0, 10);
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Reads a stored record; anything that is not one (missing, garbage, another format) reads as empty. */
export function parsePracticeRecord(raw: string | null): PracticeRecord {
  if (!raw) return emptyPracticeRecord();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyPracticeRecord();
  }
  if (!value || typeof value !== 'object' || (value as { v?: unknown }).v !== 1) return emptyPracticeRecord();
  const items = (value as { items?: unknown }).items;
  if (!items || typeof items !== 'object') return emptyPracticeRecord();
  const record = emptyPracticeRecord();
  // Keep each well-formed item, drop the rest: one damaged entry does not lose the others.
  for (const [anchor, item] of Object.entries(items as Record<string, unknown>)) {
    if (!item || typeof item !== 'object') continue;
    const { streak, due, type } = item as Record<string, unknown>;
    if (typeof streak === 'number' && Number.isInteger(streak) && streak >= 0 && isDay(due) && typeof type === 'string') {
      record.items[anchor] = { streak, due, type: type as QuestionType };
    }
  }
  return record;
}

/**
 * The record after a finished round: each missed item is due tomorrow; each due item of the record
 * answered right waits longer, and leaves after its last interval. Items answered right that were
 * never missed are not recorded.
 */
export function recordAnswers(record: PracticeRecord, answers: { anchor: string; type: QuestionType; correct: boolean }[], today: string): PracticeRecord {
  const items = { ...record.items };
  for (const { anchor, type, correct } of answers) {
    const known = items[anchor];
    if (!correct) items[anchor] = { streak: 0, due: addDays(today, PRACTICE_INTERVALS_DAYS[0]), type };
    // A right answer counts when the item was due: a retry the same day does not move it on.
    else if (known && known.due <= today) {
      const streak = known.streak + 1;
      if (streak >= PRACTICE_INTERVALS_DAYS.length) delete items[anchor];
      else items[anchor] = { streak, due: addDays(today, PRACTICE_INTERVALS_DAYS[streak]!), type };
    }
  }
  return { v: 1, items };
}

/** The items due on `today` or earlier, longest overdue first (then by id, so the order is stable). */
export function dueAnchors(record: PracticeRecord, today: string): string[] {
  return Object.entries(record.items)
    .filter(([, item]) => item.due <= today)
    .sort(([a, x], [b, y]) => x.due.localeCompare(y.due) || a.localeCompare(b))
    .map(([anchor]) => anchor);
}

/**
 * The questions of a practice round: one per due item (up to `max`), each asked another way than
 * last time when the content has another way, so the learner recalls the fact, not the wording.
 */
export function practiceQuestionIds(content: Content, seed: string, record: PracticeRecord, today: string, max = PRACTICE_ROUND_MAX): string[] {
  const byAnchor = new Map<string, { id: string; type: QuestionType }[]>();
  for (const candidate of listCandidates(content, seed)) {
    // A candidate whose options the content cannot supply is never built.
    if (!candidate.facts()) continue;
    const list = byAnchor.get(candidate.anchor) ?? [];
    list.push({ id: candidate.id, type: candidate.type });
    byAnchor.set(candidate.anchor, list);
  }
  const ids: string[] = [];
  for (const anchor of dueAnchors(record, today)) {
    if (ids.length >= max) break;
    const candidates = byAnchor.get(anchor);
    if (!candidates?.length) continue;
    const other = candidates.find((candidate) => candidate.type !== record.items[anchor]!.type);
    ids.push((other ?? candidates[0]!).id);
  }
  return ids;
}
