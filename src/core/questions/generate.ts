/**
 * The question generator: content in, a reproducible quiz out.
 *
 * Selection and option order depend only on ids, kinds, dates, groups, fact keys
 * and the seed — never on text — so one seed gives the same quiz in every
 * language. Nothing here knows the topic: any valid content file yields valid
 * quizzes. What a teacher would reject that only the text shows (an answer in
 * its own prompt, a key that stands out by length or by a word it shares with
 * the prompt) is found by the item lint (`lint.ts`) and fixed in the content.
 */
import type { Content, DecisionOutcome, Term, TimelineEvent } from '../content/schema.js';
import { certainlyBefore, compareDates, formatPartialDate, nearbyDates, precisionLength, truncateDate, type Precision } from '../dates.js';
import { forkRandom, type Random } from '../random.js';
import { itemsByRef } from '../content/item-paths.js';
import { borrowedWording, joinSentences, templatesFor, type QuestionTemplates } from './templates/index.js';
import { recordRuns } from './templates/runs.js';
import { QUESTION_TYPES, type Option, type Question, type QuestionType, type Quiz, type QuizOptions, type SingleChoiceQuestion } from './types.js';

/** What kind of thinking a question asks for. */
export type CognitiveLevel = 'recall' | 'understand' | 'apply';

/** A question the content can yield, before its options are drawn. */
export interface Candidate {
  id: string;
  type: QuestionType;
  theme: string;
  sectionId: string;
  /**
   * The facts the question uses (a quiz never uses one twice): the items it asks
   * about and their shared fact keys. Undefined when the content cannot supply this
   * question. Worked out on first call only, so a big content file costs little
   * until a question is actually considered.
   */
  facts(): string[] | undefined;
  /** The one teaching item the question is about: the unit the blueprint draws. */
  anchor: string;
  level: CognitiveLevel;
  /** Asks when something happened, or in which order. */
  chronology: boolean;
  /** 1 (easiest) to 5: the quiz puts easier items first. */
  difficulty: number;
  /** A true/false item's key: a quiz keeps trues and falses within one of each other. */
  truth?: boolean;
  build(random: Random): Question;
}

/** Computes once, on first use. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

interface Context {
  content: Content;
  seed: string;
  t: QuestionTemplates;
  /** Terms and events sorted by id: generation order never depends on file order or text. */
  terms: Term[];
  events: TimelineEvent[];
  termsByKind: Map<string, Term[]>;
  eventsBySection: Map<string, TimelineEvent[]>;
  /** Item key (`term:x`) → the item's key and its shared fact keys (`fact:k`). */
  keysOf: (item: string, shared: readonly string[] | undefined) => string[];
}

/** Groups items by a key, keeping their order: indexes keep generation linear in the content's size. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}


/** Where in its section an item is explained, when that is a "go deeper" block: review links open it. */
const deeperOf = (item: { deeper?: string | undefined }) => (item.deeper ? { deeperId: item.deeper } : {});
const MAX_OPTIONS = 4;
/** A decision tree's outcomes are a fixed scale: up to six are all shown. */
const MAX_SCENARIO_OPTIONS = 6;
const MIN_DISTRACTORS = 2;
/**
 * One phase of a story, in months. With key dates, an order's events lie this close to its anchor
 * when the timeline has enough of them: an order that spans the whole story (a 2018 ruling, a 2023
 * return) is a matter of which era, decided before reading; one inside a phase (the 2019
 * escalation, the 2023 steps) asks what led to what. An event followed this closely by a key date
 * of its own section gets no date question (see `leadsIn`).
 */
const PHASE_MONTHS = 24;
/**
 * Wrong options of a term question: two. Every definition or term shown is a fact the rest of the
 * quiz can no longer ask without giving it away, and a third distractor adds little (three-option
 * items discriminate about as well as four-option ones; Rodriguez 2005, a meta-analysis of 80 years
 * of studies).
 */
const TERM_DISTRACTORS = 2;

/** What each type asks of a learner; the blueprint mixes levels and orders by difficulty. */
const TYPE_PROFILE: Record<QuestionType, { level: CognitiveLevel; chronology: boolean; difficulty: number }> = {
  'true-false': { level: 'understand', chronology: false, difficulty: 1 },
  'term-definition': { level: 'recall', chronology: false, difficulty: 2 },
  'definition-term': { level: 'recall', chronology: false, difficulty: 2 },
  'group-member': { level: 'understand', chronology: false, difficulty: 2 },
  date: { level: 'recall', chronology: true, difficulty: 3 },
  'fill-blank': { level: 'recall', chronology: false, difficulty: 3 },
  // Recognising the rule among near misses, not recalling a word.
  'blank-choice': { level: 'understand', chronology: false, difficulty: 2 },
  'select-all': { level: 'understand', chronology: false, difficulty: 4 },
  match: { level: 'recall', chronology: false, difficulty: 4 },
  order: { level: 'understand', chronology: true, difficulty: 4 },
  scenario: { level: 'apply', chronology: false, difficulty: 5 },
};

const profile = (type: QuestionType, chronology?: boolean) => ({
  ...TYPE_PROFILE[type],
  ...(chronology === undefined ? {} : { chronology }),
});

/** What a term shown as a wrong option or a spare uses up: the term, and the fact named after it. */
const shownKeys = (term: { id: string }) => [`term:${term.id}`, `fact:${term.id}`];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The kind that makes terms like-for-like: the author's `kind`, else the older `category`. */
export const termKind = (term: Term): string => term.kind ?? term.category;

/** Every candidate question the content yields, in a text-independent order. */
/** The fact keys of one teaching item: its own ref (`claim:x`) and its shared keys (`fact:…`). */
export const factKeysOf = (item: string, shared: readonly string[] | undefined): string[] => [item, ...(shared ?? []).map((key) => `fact:${key}`)];

export function listCandidates(content: Content, seed: string): Candidate[] {
  const terms = [...content.glossary].sort(byId);
  const events = [...content.events].sort(byId);
  // Content in a language without question wording is asked in English: the questions then say
  // which words are the wording's, so each part is read in its own language.
  const wording = borrowedWording(content.language);
  const borrowed = wording ? recordRuns(templatesFor(content.language), wording) : undefined;
  const context: Context = {
    content,
    seed,
    t: borrowed?.templates ?? templatesFor(content.language),
    terms,
    events,
    termsByKind: groupBy(terms, termKind),
    eventsBySection: groupBy(events, (event) => event.section),
    keysOf: factKeysOf,
  };
  const candidates = [
    ...termCandidates(context),
    ...claimCandidates(context),
    ...eventCandidates(context),
    ...matchCandidates(context),
    ...groupCandidates(context),
    ...blankCandidates(context),
    ...scenarioCandidates(context),
  ];
  if (!borrowed) return candidates;
  return candidates.map((candidate) => ({
    ...candidate,
    build: (random: Random): Question => {
      const question = candidate.build(random);
      const promptRuns = borrowed.runsOf(question.prompt);
      const explanationRuns = borrowed.runsOf(question.explanation);
      // "True" and "False" are the wording's own words.
      const options = question.type === 'true-false' ? { options: question.options.map((option) => ({ ...option, lang: wording! })) } : {};
      return { ...question, ...options, ...(promptRuns && { promptRuns }), ...(explanationRuns && { explanationRuns }) } as Question;
    },
  }));
}

function singleChoice(
  base: Omit<Question, 'type' | 'options' | 'answer'>,
  type: SingleChoiceQuestion['type'],
  correct: Option,
  distractors: Option[],
  random: Random,
  optionNotes?: Record<string, string>,
  order: 'shuffled' | 'by-id' = 'shuffled',
): Question {
  const options = [correct, ...distractors];
  return {
    ...base,
    type,
    // Short names read best in a fixed order (Group A, B, C, D), which the ids give in every language.
    options: order === 'by-id' ? options.sort(byId) : random.shuffle(options),
    answer: correct.id,
    ...(optionNotes && Object.keys(optionNotes).length > 0 ? { optionNotes } : {}),
  };
}

/** A definition as term questions show it, in the wording's form (see `definitionShown`). */
const shownDefinition = (t: QuestionTemplates, definition: string) => t.definitionShown?.(definition) ?? definition;

function termCandidates({ seed, terms, t, termsByKind, keysOf }: Context): Candidate[] {
  const out: Candidate[] = [];
  const namesThatDoNotTell = new Map([...termsByKind].map(([kind, list]) => [kind, list.filter((term) => !term.nameTells)]));
  for (const term of terms) {
    // A name that says what the term is answers its own question (`nameTells`): never asked.
    if (term.nameTells) continue;
    // Like for like: wrong options are other terms of the same kind, drawn from the shared
    // list (a copy per term would grow with the square of a kind's size).
    // Only terms whose names do not tell, in both directions: an option "Missile Technology Control
    // Regime" is ruled out by its name beside a definition about chemicals, and the MTCR's definition
    // (missiles) by the name it belongs to, beside "Wassenaar Arrangement" (round 35 of the review).
    const kind = namesThatDoNotTell.get(termKind(term)) ?? [];
    if (kind.length - 1 < MIN_DISTRACTORS) continue;
    // Nor a name the definition itself uses: "one of two regions the Ga region was split into" rules out "Ga region".
    const definition = term.definition.toLowerCase();
    const named = kind.filter((other) => other.id === term.id || !definition.includes(other.term.toLowerCase()));
    const base = {
      theme: term.theme,
      sectionId: term.section,
      ...deeperOf(term),
      sourceIds: term.sources,
      explanation: t.definitionExplanation(term.term, term.definition),
    };
    // Every term question of a kind shows the kind's terms or definitions as options, so each one
    // shows another's answer: a quiz asks one term question per kind (`kind:` is a fact they share).
    const key = [...keysOf(`term:${term.id}`, term.facts), `kind:${termKind(term)}`];
    // The wrong options are drawn from the seed before the quiz is put together: they show their own
    // terms and definitions, which may answer another question (a regime's definition beside the blank
    // that asks for that regime), so what they show counts as used: the term, and the fact named after
    // it (`facts: ["australia-group"]` on a claim or blank about the Australia Group).
    const drawn = (type: string) =>
      once(() => {
        const pool = type === 'definition-term' ? named : kind;
        // The terms a learner most easily takes this one for come first; the rest of the draw is random.
        const lookAlikes = pool.filter((other) => term.confusedWith?.includes(other.id)).slice(0, TERM_DISTRACTORS);
        const others = pool.filter((other) => !lookAlikes.includes(other));
        return [...lookAlikes, ...sampleExcept(others, term.id, TERM_DISTRACTORS - lookAlikes.length, forkRandom(seed, `distractors:${type}:${term.id}`))];
      });
    // The two directions: show the term and pick its definition, or the reverse.
    const directions = [
      {
        type: 'term-definition',
        prompt: t.termDefinition(term.term),
        shown: (item: Term) => shownDefinition(t, item.definition),
        note: (item: Term) => t.definitionIsOf(item.term),
      },
      {
        type: 'definition-term',
        prompt: t.definitionTerm(shownDefinition(t, term.definition)),
        shown: (item: Term) => item.term,
        note: (item: Term) => t.definitionExplanation(item.term, item.definition),
      },
    ] as const;
    for (const { type, prompt, shown, note } of directions) {
      if (type === 'definition-term' && named.length - 1 < MIN_DISTRACTORS) continue;
      const id = `${type}:${term.id}`;
      const others = drawn(type);
      const facts = once(() => unique([...key, ...others().flatMap(shownKeys)]));
      out.push({
        id,
        type,
        theme: term.theme,
        sectionId: term.section,
        facts,
        anchor: `term:${term.id}`,
        ...profile(type),
        build: (random) => {
          const distractors = others();
          return singleChoice(
            { ...base, id, prompt },
            type,
            { id: term.id, text: shown(term) },
            distractors.map((other) => ({ id: other.id, text: shown(other) })),
            random,
            Object.fromEntries(distractors.map((other) => [other.id, note(other)])),
            type === 'definition-term' ? 'by-id' : 'shuffled',
          );
        },
      });
    }
  }
  return out;
}

function claimCandidates({ content, t, keysOf }: Context): Candidate[] {
  return [...content.claims].sort(byId).map((claim) => {
    const id = `true-false:${claim.id}`;
    const key = keysOf(`claim:${claim.id}`, claim.facts);
    return {
      id,
      type: 'true-false' as const,
      theme: claim.theme,
      sectionId: claim.section,
      facts: () => key,
      anchor: `claim:${claim.id}`,
      truth: claim.truth,
      ...profile('true-false'),
      // True before False, always: a fixed order is easier to answer by habit.
      build: (): Question => ({
        id,
        type: 'true-false',
        theme: claim.theme,
        sectionId: claim.section,
        ...deeperOf(claim),
        sourceIds: claim.sources,
        prompt: t.trueFalse(claim.statement),
        explanation: claim.explanation,
        options: [
          { id: 'true', text: t.trueLabel },
          { id: 'false', text: t.falseLabel },
        ],
        answer: claim.truth ? 'true' : 'false',
      }),
    };
  });
}

/** A date's month count (a bare year counts as its first month), for spans measured in calendar months. */
const monthsOf = (date: string) => Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) : 0);

/** Two stages of one process (see `stageOf`). */
const sameProcess = (a: TimelineEvent, b: TimelineEvent) => a.stageOf !== undefined && a.stageOf === b.stageOf;

/**
 * A stage of a process shares its `stage:` key with the other stages: an order that shows when the
 * second ruling came answers the date question on the first.
 */
const stageKeys = (event: TimelineEvent) => (event.stageOf ? [`stage:${event.stageOf}`] : []);

/** Days between two day-precise dates. */
const daysApart = (a: string, b: string) =>
  Math.abs(Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10)) - Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10))) / 86_400_000;

/**
 * A month apart: calendar months for dates given to the month, thirty days for dates given to the
 * day (22 August and 11 September are a calendar month apart, and telling them apart is trivia:
 * round-19 review, 7 of 29 orders).
 */
const monthApart = (a: string, b: string) => (a.length >= 10 && b.length >= 10 ? daysApart(a, b) >= 30 : Math.abs(monthsOf(a) - monthsOf(b)) >= 1);

/**
 * Events from `pool` that can be strictly ordered with `anchor` and each other, a month or more
 * apart and, when `withinMonths` is given, no further than that from the anchor.
 */
function orderableCompanions(anchor: TimelineEvent, pool: TimelineEvent[], random: Random, want: number, withinMonths = Infinity): TimelineEvent[] {
  const chosen = [anchor];
  for (const event of random.shuffle(pool)) {
    if (chosen.length >= want) break;
    if (Math.abs(monthsOf(event.date) - monthsOf(anchor.date)) > withinMonths) continue;
    // Strictly ordered, a month apart, and not two stages of one process (an approval comes before
    // its taking effect: the words give it away).
    const apart = (a: TimelineEvent, b: TimelineEvent) =>
      (certainlyBefore(a.date, b.date) || certainlyBefore(b.date, a.date)) &&
      (a.date.length < 7 || b.date.length < 7 || monthApart(a.date, b.date)) &&
      !sameProcess(a, b);
    if (chosen.every((other) => apart(event, other))) {
      chosen.push(event);
    }
  }
  return chosen;
}

/**
 * Whether a date question may ask for this event's year: only when no other of `others` falls in
 * the same year. In a crowded year the question would have to ask the month, and every review
 * rated month questions trivia ("March or May 2023?"): the sequence of a crowded year is asked
 * by order questions instead. The exact day is never asked.
 */
export function yearAsked(event: TimelineEvent, others: readonly TimelineEvent[]): boolean {
  const year = event.date.slice(0, 4);
  return !others.some((other) => other.id !== event.id && other.date.slice(0, 4) === year);
}

/** The dates a source gives for an event, each cut to `precision` when it is at least that precise. */
function admittedDates(event: TimelineEvent, precision: Precision): Set<string> {
  return new Set([event.date, ...(event.otherDates ?? [])].map((date) => (date.length >= precisionLength(precision) ? truncateDate(date, precision) : date)));
}

/** True when `candidate` (at some precision) is one of the admitted dates or inside a coarser one. */
const isAdmitted = (candidate: string, admitted: Set<string>) =>
  admitted.has(candidate) || admitted.has(candidate.slice(0, 4)) || admitted.has(candidate.slice(0, 7));

/**
 * Nearby years that the content does not admit, nearest first, spread rather than next door (2, 3,
 * 5, 7 and 10 years away): telling one year from the next is trivia; placing an event in its
 * period is not.
 */
function wrongYears(event: TimelineEvent, avoid: readonly string[] = []): string[] {
  const admitted = admittedDates(event, 'year');
  const own = truncateDate(event.date, 'year');
  return nearbyDates(own, 10).filter(
    (date) => [2, 3, 5, 7, 10].includes(Math.abs(Number(date) - Number(own))) && !isAdmitted(date, admitted) && !avoid.includes(date),
  );
}

/**
 * Wrong years in one even step of two to four years with the key (1983, 1985, 1987, 1989 for 1987), the key at a seeded
 * position: no option stands apart by its spacing (a key two years from every option while two
 * wrong years sit side by side points at itself), none after the content was last reviewed, and
 * none the content admits. Undefined when no step fits.
 */
function evenYears(event: TimelineEvent, latestYear: number, random: Random): string[] | undefined {
  const admitted = admittedDates(event, 'year');
  const key = Number(truncateDate(event.date, 'year'));
  // The key's position first, evenly; then a step that keeps every option within ten years of the
  // key (a wrong year from another era is no test) and clear of the years the content admits.
  for (const position of random.shuffle(Array.from({ length: MAX_OPTIONS }, (_, index) => index))) {
    for (const step of random.shuffle([2, 3, 4])) {
      if (step * Math.max(position, MAX_OPTIONS - 1 - position) > 10) continue;
      const wrong = Array.from({ length: MAX_OPTIONS }, (_, index) => key + step * (index - position)).filter((year) => year !== key);
      if (wrong.every((year) => year > 0 && year <= latestYear && !isAdmitted(String(year), admitted))) return wrong.map(String);
    }
  }
  return undefined;
}

/**
 * The nearest wrong dates, with as many before the key as the seed draws (evenly, as far as each
 * side allows): options are shown in time order, so nearest-on-both-sides would always put the
 * key in the middle, and a learner who picks a middle option would nearly always be right.
 */
function aroundKey(key: string, wrong: readonly string[], count: number, random: Random): string[] {
  const before = wrong.filter((date) => compareDates(date, key) < 0);
  const after = wrong.filter((date) => compareDates(date, key) > 0);
  const least = Math.max(0, count - after.length);
  const most = Math.min(count, before.length);
  const take = least + random.int(most - least + 1);
  return [...before.slice(0, take), ...after.slice(0, count - take)];
}

function eventCandidates(context: Context): Candidate[] {
  const { content, seed, t, events, eventsBySection, keysOf } = context;
  const eventsInYear = groupBy(events, (event) => event.date.slice(0, 4));
  // No wrong year after the content's own date: a year still to come cannot be the answer.
  const latestYear = Number(content.lastReviewed.slice(0, 4));
  const out: Candidate[] = [];
  const language = content.language;
  // Date and order questions for the dates worth remembering, when the file marks any; otherwise for every event.
  const marked = events.some((event) => event.keyDate);
  const keyEventsByTheme = groupBy(
    events.filter((event) => event.keyDate),
    (event) => event.theme,
  );
  // One order plan per event, drawn by the seed when first needed; one question per distinct set.
  // With key dates: an event the main text tells (a key event, or one not only in a "go deeper"
  // block), with companions from the key events of its theme and the events its own section tells.
  // Key events alone are one per stage of the story, years apart, so every order began with the
  // first and ended with the last (reviewers: only the middle was a decision); the section's own
  // events put neighbours beside the anchor, a month or more apart. Without key dates: the events
  // of the section.
  const planOf = memo((event: TimelineEvent): TimelineEvent[] | undefined => {
    if (marked && !event.keyDate && event.deeper) return undefined;
    const told = (eventsBySection.get(event.section) ?? []).filter((other) => !other.deeper);
    const pool = marked ? unique([...told, ...(keyEventsByTheme.get(event.theme) ?? [])]) : (eventsBySection.get(event.section) ?? []);
    const others = pool.filter((other) => other.id !== event.id);
    // An order anchored on a minor event is three events long: it uses up fewer facts the quiz needs.
    const length = marked && !event.keyDate ? 3 : 4;
    const draw = (withinMonths: number) => orderableCompanions(event, others, forkRandom(seed, `order:${event.id}`), length, withinMonths);
    // Within one phase when the anchor has neighbours enough (an unlucky draw then gives no order:
    // its neighbours anchor their own); a timeline too sparse for that still gets one across phases.
    const neighbours = others.filter((other) => Math.abs(monthsOf(other.date) - monthsOf(event.date)) <= PHASE_MONTHS).length;
    const chosen = draw(marked && neighbours >= 2 ? PHASE_MONTHS : Infinity);
    return chosen.length >= 3 ? [...chosen].sort((a, b) => compareDates(a.date, b.date)) : undefined;
  });
  const distinctPlan = distinctSets(planOf, new Map(events.map((event) => [event.id, event])));

  /**
   * An event its section tells as the lead-in to another, months later (a ruling, then the measures
   * it is said to have set off), gets no date question: its later wrong years would put it after its
   * own sequel, which a reader of the lesson rules out without knowing the year (reviewers: "a
   * ruling in 2022, after the 2019 measures it set off?"). Its year is left to blanks and orders.
   */
  const leadsIn = (event: TimelineEvent) =>
    (eventsBySection.get(event.section) ?? []).some(
      (other) => (!marked || other.keyDate) && certainlyBefore(event.date, other.date) && monthsOf(other.date) - monthsOf(event.date) <= PHASE_MONTHS,
    );
  for (const event of events) {
    const anchor = `event:${event.id}`;
    const key = [...keysOf(anchor, event.facts), ...stageKeys(event)];
    const dateId = `date:${event.id}`;
    const asked = !marked || event.keyDate === true;
    // With key dates, only another key date makes a year crowded: a minor event of the same year is
    // not what a learner is asked to tell it from (the 2018 ruling is asked by its year).
    const sameYear = (eventsInYear.get(event.date.slice(0, 4)) ?? []).filter((other) => !marked || other.keyDate);
    const precision: Precision = 'year';
    const wrong = once(() => (yearAsked(event, sameYear) && !leadsIn(event) ? wrongYears(event) : []));
    out.push({
      id: dateId,
      type: 'date',
      theme: event.theme,
      sectionId: event.section,
      facts: () => (asked && wrong().length >= MIN_DISTRACTORS ? key : undefined),
      anchor,
      ...profile('date'),
      build: (random) => {
        const right = truncateDate(event.date, precision);
        const distractors = evenYears(event, latestYear, random) ?? aroundKey(right, wrong(), MAX_OPTIONS - 1, random);
        const options = [right, ...distractors]
          .sort(compareDates)
          .map((date): Option => ({ id: date, text: formatPartialDate(date, language) }));
        return {
          id: dateId,
          type: 'date',
          theme: event.theme,
          sectionId: event.section,
          ...deeperOf(event),
          sourceIds: event.sources,
          prompt: event.question ?? t.date(event.title, precision),
          // A description that gives the year already says when: "1974: … in 1974" repeats it.
          explanation: event.description.includes(event.date.slice(0, 4))
            ? joinSentences([event.description], language)
            : t.dateExplanation(event.title, formatPartialDate(event.date, language), event.description),
          options,
          answer: right,
        };
      },
    });

    const id = `order:${event.id}`;
    out.push({
      id,
      type: 'order',
      theme: event.theme,
      sectionId: event.section,
      facts: once(() => uniqueOrUndefined(distinctPlan(event)?.flatMap((item) => [...keysOf(`event:${item.id}`, item.facts), ...stageKeys(item)]))),
      anchor,
      ...profile('order'),
      build: (random) => {
        const inOrder = planOf(event)!;
        const options = inOrder.map((item) => ({ id: item.id, text: item.title }));
        let shuffled = random.shuffle(options);
        // Never hand out the answer already in order.
        if (shuffled.every((option, index) => option.id === options[index]?.id)) shuffled = [...shuffled.slice(1), shuffled[0]!];
        return {
          id,
          type: 'order',
          theme: event.theme,
          sectionId: event.section,
          sourceIds: unique(inOrder.flatMap((item) => item.sources)),
          prompt: t.order(),
          explanation: t.orderExplanation(inOrder.map((item) => t.dated(item.title, formatPartialDate(item.date, language)))),
          options: shuffled,
          answer: inOrder.map((item) => item.id),
        };
      },
    });
  }
  return out;
}

interface Taught {
  id: string;
  theme: string;
  section: string;
  sources: string[];
  facts?: string[] | undefined;
}

/** What differs between the two kinds of match question: which facts, and which text stands on each side. */
interface MatchPlan<T extends Taught> {
  kind: 'term' | 'event';
  anchor: T;
  /**
   * The 3–4 facts to match, sorted by id, and one spare right-hand option (with the item it comes
   * from, whose facts it shows); undefined when there are too few.
   */
  plan: () => { chosen: T[]; spare: Option; spareOf?: T } | undefined;
  left: (item: T) => string;
  right: (item: T) => string;
  /** Prefix of the right-hand option ids. */
  optionPrefix: string;
  /** Worked out when the question is built (it may depend on the plan). */
  prompt: () => string;
  /** The pairs, in the order the explanation lists them. */
  explain: (chosen: T[]) => [string, string][];
  /** Fact keys the whole question uses besides its items' (a term match uses its kind). */
  sharedKeys?: string[];
  /** A fixed order for the right-hand options (dates in time order); shuffled without it. */
  sortOptions?: (options: Option[]) => Option[];
  keysOf: Context['keysOf'];
}

function matchCandidate<T extends Taught>(t: QuestionTemplates, m: MatchPlan<T>): Candidate {
  const id = `match:${m.kind}.${m.anchor.id}`;
  const base = { id, type: 'match' as const, theme: m.anchor.theme, sectionId: m.anchor.section };
  return {
    ...base,
    facts: once(() => {
      const plan = m.plan();
      if (!plan) return undefined;
      return uniqueOrUndefined([
        ...plan.chosen.flatMap((item) => m.keysOf(`${m.kind}:${item.id}`, item.facts)),
        ...(plan.spareOf ? shownKeys(plan.spareOf) : []),
        ...(m.sharedKeys ?? []),
      ]);
    }),
    anchor: `${m.kind}:${m.anchor.id}`,
    ...profile('match', m.kind === 'event'),
    build: (random) => {
      const { chosen, spare } = m.plan()!;
      return {
        ...base,
        sourceIds: unique(chosen.flatMap((item) => item.sources)),
        prompt: m.prompt(),
        explanation: t.matchExplanation(m.explain(chosen)),
        items: random.shuffle(chosen.map((item) => ({ id: item.id, text: m.left(item) }))),
        // One option more than items, so the last pair is never free. Dates read in time order.
        options: m.sortOptions
          ? m.sortOptions([...chosen.map((item) => ({ id: `${m.optionPrefix}${item.id}`, text: m.right(item) })), spare])
          : random.shuffle([...chosen.map((item) => ({ id: `${m.optionPrefix}${item.id}`, text: m.right(item) })), spare]),
        answer: Object.fromEntries(chosen.map((item) => [item.id, `${m.optionPrefix}${item.id}`])),
      };
    },
  };
}

/**
 * Keeps one match or order question per distinct set: a set made from `anchor`
 * is dropped when a member with a smaller id makes the same set.
 */
function distinctSets<T extends { id: string }>(plan: (item: T) => T[] | undefined, byId: Map<string, T>) {
  const signature = (set: readonly T[]) => set.map((item) => item.id).sort().join(',');
  return (anchor: T): T[] | undefined => {
    const own = plan(anchor);
    if (!own) return undefined;
    const mine = signature(own);
    const taken = own.some((member) => member.id < anchor.id && signature(plan(byId.get(member.id)!) ?? []) === mine);
    return taken ? undefined : own;
  };
}

function memo<T extends { id: string }, R>(compute: (item: T) => R): (item: T) => R {
  const cache = new Map<string, R>();
  return (item) => {
    if (!cache.has(item.id)) cache.set(item.id, compute(item));
    return cache.get(item.id)!;
  };
}

function matchCandidates({ content, seed, t, terms, events, termsByKind, eventsBySection, keysOf }: Context): Candidate[] {
  // Terms to definitions, like for like: terms of one kind and theme (a law among ministries and pacts
  // would be matched by its kind alone), with one more of the kind left over as the spare.
  // A match shows names beside definitions: names that tell what they are (`nameTells`) stay out.
  const sameKind = (term: Term) => (termsByKind.get(termKind(term)) ?? []).filter((other) => other.theme === term.theme && !other.nameTells);
  // The terms a match shows: the set to match and the spare. Two matches showing the same four
  // definitions are one question however the spare falls, so sets are told apart with their spare.
  const termPlan = memo((term: Term): { chosen: Term[]; spare: Term } | undefined => {
    const pool = sameKind(term).filter((other) => other.id !== term.id);
    // Two companions at least, and one term of the kind outside the set for the spare.
    if (pool.length < 3) return undefined;
    const companions = forkRandom(seed, `match:${term.id}`).sample(pool, Math.min(3, pool.length - 1));
    const spare = forkRandom(seed, `match-spare:${term.id}`).sample(pool.filter((other) => !companions.includes(other)), 1)[0];
    return spare ? { chosen: [term, ...companions].sort(byId), spare } : undefined;
  });
  const shownSet = (term: Term) => {
    const plan = termPlan(term);
    return plan && [...plan.chosen, plan.spare];
  };
  const distinctShown = distinctSets(shownSet, new Map(terms.map((term) => [term.id, term])));
  const termMatches = terms.filter((term) => !term.nameTells).map((term) =>
    matchCandidate(t, {
      kind: 'term',
      anchor: term,
      keysOf,
      sharedKeys: [`kind:${termKind(term)}`],
      plan: once(() => {
        if (!distinctShown(term)) return undefined;
        const { chosen, spare } = termPlan(term)!;
        return { chosen, spare: { id: `def-${spare.id}`, text: shownDefinition(t, spare.definition) }, spareOf: spare };
      }),
      left: (item) => item.term,
      right: (item) => shownDefinition(t, item.definition),
      optionPrefix: 'def-',
      prompt: () => t.matchTerms(),
      explain: (chosen) => chosen.map((item) => [item.term, item.definition]),
    }),
  );

  // Events to dates, within one section. Dates are shown at the coarsest precision
  // that tells them apart (the year when it does), so the question is not about days.
  // Matching events to years tests dates, so it keeps to the dates worth remembering when the file marks them.
  const keyDatesOnly = events.some((event) => event.keyDate);
  const eventSet = memo((event: TimelineEvent): TimelineEvent[] | undefined => {
    if (keyDatesOnly && !event.keyDate) return undefined;
    const random = forkRandom(seed, `match-dates:${event.id}`);
    const chosen = [event];
    // Years must differ: matching months of one year is trivia.
    const year = (item: TimelineEvent) => item.date.slice(0, 4);
    for (const other of random.shuffle((eventsBySection.get(event.section) ?? []).filter((e) => e.id !== event.id))) {
      if (chosen.length >= 4) break;
      if (keyDatesOnly && !other.keyDate) continue;
      if (chosen.every((item) => year(item) !== year(other) && !sameProcess(item, other))) {
        chosen.push(other);
      }
    }
    return chosen.length < 3 ? undefined : chosen.sort(byId);
  });
  const distinctEventSet = distinctSets(eventSet, new Map(events.map((event) => [event.id, event])));
  // The events have different years, so years tell them apart.
  const precision: Precision = 'year';
  const eventMatches = events.map((event) => {
    const plan = once(() => {
      const chosen = distinctEventSet(event);
      if (!chosen) return undefined;
      const taken = chosen.map((item) => truncateDate(item.date, precision));
      // Never next to a date in the question: the spare should not turn it into a test of one month or year.
      const nextTo = new Set(taken.flatMap((date) => nearbyDates(date, 1)));
      // Nor a date another event of the section has or admits (the NSG's 1975 beside its 1978 guidelines): a trap, not a test.
      const sectionDates = (eventsBySection.get(event.section) ?? []).map((item) => admittedDates(item, precision));
      const spareDates = chosen
        .flatMap((item) => wrongYears(item, taken))
        .filter((date) => !nextTo.has(date) && !sectionDates.some((admitted) => isAdmitted(date, admitted)));
      const spare = forkRandom(seed, `match-spare:${event.id}`).sample(unique(spareDates).slice(0, 6), 1)[0];
      if (!spare) return undefined;
      // Each right-hand option's date, so the options can be listed in time order.
      const dates = new Map([...chosen.map((item): [string, string] => [`date-${item.id}`, truncateDate(item.date, precision)]), ['date-spare', spare]]);
      return { chosen, spare: { id: 'date-spare', text: formatPartialDate(spare, content.language) }, precision, dates };
    });
    const shown = (item: TimelineEvent) => formatPartialDate(truncateDate(item.date, plan()?.precision ?? 'day'), content.language);
    return matchCandidate(t, {
      kind: 'event',
      anchor: event,
      keysOf,
      plan,
      left: (item) => item.title,
      right: shown,
      optionPrefix: 'date-',
      sortOptions: (options) => {
        const dates = plan()!.dates;
        return [...options].sort((a, b) => compareDates(dates.get(a.id)!, dates.get(b.id)!));
      },
      prompt: () => t.matchDates(plan()?.precision ?? 'month'),
      explain: (chosen) =>
        [...chosen].sort((a, b) => compareDates(a.date, b.date)).map((item) => [item.title, formatPartialDate(item.date, content.language)]),
    });
  });
  return [...termMatches, ...eventMatches];
}

/** An option without its note. */
const plain = ({ id, text }: { id: string; text: string }): Option => ({ id, text });
/** The notes of the items that have one, by id. */
const notesOf = (items: readonly { id: string; note?: string | undefined }[]) =>
  Object.fromEntries(items.flatMap((item) => (item.note ? [[item.id, item.note]] : [])));

function groupCandidates({ content, t, keysOf }: Context): Candidate[] {
  const out: Candidate[] = [];
  const nameTells = new Set(content.glossary.filter((term) => term.nameTells).map((term) => term.id));
  for (const group of [...content.groups].sort(byId)) {
    const anchor = `group:${group.id}`;
    const key = keysOf(anchor, group.facts);
    const base = {
      theme: group.theme,
      sectionId: group.section,
      ...deeperOf(group),
      sourceIds: group.sources,
      explanation: t.groupExplanation(group.name, group.members.map((member) => member.text)),
    };
    const members = [...group.members].sort(byId);
    const distractors = [...group.distractors].sort(byId);
    // Members whose names do not say what they are, when there are enough: the right options of a
    // select-all and the company of a NOT question's outsider ("Missile Technology Control Regime"
    // among "groups of countries that agree which goods need licences" would stand out).
    const plainNamed = members.filter((member) => !nameTells.has(member.id));
    const shownAsRight = plainNamed.length >= MIN_DISTRACTORS ? plainNamed : members;
    const item = { theme: group.theme, sectionId: group.section, facts: () => key, anchor };
    if (distractors.length >= MIN_DISTRACTORS) {
      for (const member of members) {
        // A member named by a term whose name says what it is ("Nuclear Suppliers Group" among "groups of
        // exporting countries") is not asked as the one right answer: its name would pick it out.
        if (nameTells.has(member.id)) continue;
        const id = `group-member:${group.id}.${member.id}`;
        out.push({
          id,
          type: 'group-member',
          ...item,
          ...profile('group-member'),
          build: (random) => {
            const wrong = random.sample(distractors, MAX_OPTIONS - 1);
            return singleChoice({ ...base, id, prompt: t.groupMember(group.name) }, 'group-member', plain(member), wrong.map(plain), random, notesOf(wrong));
          },
        });
      }
    }
    if (members.length >= MIN_DISTRACTORS) {
      for (const outsider of distractors) {
        const id = `group-member:${group.id}.not.${outsider.id}`;
        out.push({
          id,
          type: 'group-member',
          ...item,
          ...profile('group-member'),
          build: (random) =>
            singleChoice(
              // The explanation says what the outsider is, where the content knows it.
              { ...base, explanation: joinSentences([base.explanation, outsider.note ?? ''], content.language), id, prompt: t.groupNonMember(group.name), emphasis: t.nonMemberEmphasis },
              'group-member',
              plain(outsider),
              random.sample(shownAsRight, MAX_OPTIONS - 1).map(plain),
              random,
            ),
        });
      }
    }
    // With one wrong option, "select every one" is a matter of leaving that one out.
    if (distractors.length < MIN_DISTRACTORS) continue;
    const id = `select-all:${group.id}`;
    out.push({
      id,
      type: 'select-all',
      ...item,
      ...profile('select-all'),
      build: (random) => {
        // How many members are shown is drawn too (from two up to four): a group the lesson names by
        // its size ("the three materials", "the four regimes") would otherwise say how many to tick.
        const shownMembers = random.sample(shownAsRight, 2 + random.int(Math.min(4, shownAsRight.length) - 1));
        const options = random.shuffle([...shownMembers, ...random.sample(distractors, 3)]).map(plain);
        const correct = new Set(shownMembers.map((member) => member.id));
        const notes = notesOf(distractors.filter((item) => options.some((option) => option.id === item.id)));
        // When the options left members out, the explanation names the right options, then the whole
        // group: the group's name over the options alone ("the three materials: two of them") reads as
        // false, and the whole group alone, with one more than were ticked, as a wrong key.
        const shownIds = new Set(shownMembers.map((member) => member.id));
        const texts = (list: typeof group.members) => list.map((member) => member.text);
        const explanation =
          shownIds.size < group.members.length
            ? t.selectAllExplanation(group.name, texts(group.members.filter((member) => shownIds.has(member.id))), texts(group.members))
            : t.groupExplanation(group.name, texts(group.members));
        return {
          ...base,
          explanation,
          id,
          type: 'select-all',
          prompt: t.selectAll(group.name),
          options,
          answer: options.filter((option) => correct.has(option.id)).map((option) => option.id),
          ...(Object.keys(notes).length > 0 ? { optionNotes: notes } : {}),
        };
      },
    });
  }
  return out;
}

const termNameIndexes = new WeakMap<Content, Map<string, Term>>();
/** Glossary terms by lower-case name, built once per content object. */
function termsByName(content: Content): Map<string, Term> {
  let index = termNameIndexes.get(content);
  if (!index) termNameIndexes.set(content, (index = new Map(content.glossary.map((term) => [term.term.toLowerCase(), term]))));
  return index;
}

/** The answers a blank accepts: its own, its alternatives, and the synonyms of the term it names. */
export function acceptedAnswers(content: Content, blank: Content['blanks'][number]): string[] {
  const term = termsByName(content).get(blank.answer.toLowerCase());
  return unique([blank.answer, ...(blank.alternatives ?? []), ...(term?.synonyms ?? [])]);
}

/**
 * A blank is asked one way: typed, or — when the content gives it wrong words (`distractors`) —
 * chosen from the answer and up to three of them, shuffled. Option ids come from the content's
 * order ("answer", "distractor-0", …), so they are the same in every language.
 */
/** How a blank is asked: chosen when the content gives it wrong words, typed otherwise. */
export const blankQuestionType = (blank: Content['blanks'][number]): 'blank-choice' | 'fill-blank' =>
  (blank.distractors?.length ?? 0) >= MIN_DISTRACTORS ? 'blank-choice' : 'fill-blank';

function blankCandidates({ content, t, keysOf }: Context): Candidate[] {
  return [...content.blanks].sort(byId).map((blank) => {
    const type = blankQuestionType(blank);
    const choice = type === 'blank-choice';
    const id = `${type}:${blank.id}`;
    const key = keysOf(`blank:${blank.id}`, blank.facts);
    const base = {
      id,
      theme: blank.theme,
      sectionId: blank.section,
      ...deeperOf(blank),
      sourceIds: blank.sources,
      explanation: joinSentences([t.fillBlankExplanation(`${blank.before}${blank.answer}${blank.after}`), blank.explanation ?? ''], content.language),
    };
    return {
      id,
      type,
      theme: blank.theme,
      sectionId: blank.section,
      facts: () => key,
      anchor: `blank:${blank.id}`,
      ...profile(type),
      build: (random: Random): Question => {
        if (!choice) {
          return {
            ...base,
            type: 'fill-blank',
            prompt: t.fillBlank(blank.before, blank.after),
            before: blank.before,
            after: blank.after,
            answer: acceptedAnswers(content, blank),
            language: content.language,
          };
        }
        const wrong = random.sample(
          blank.distractors!.map((text, index) => ({ id: `distractor-${index}`, text })),
          Math.min(MAX_OPTIONS - 1, blank.distractors!.length),
        );
        return singleChoice({ ...base, prompt: t.blankChoice(blank.before, blank.after) }, 'blank-choice', { id: 'answer', text: blank.answer }, wrong, random);
      },
    };
  });
}

function scenarioCandidates({ content, t, keysOf }: Context): Candidate[] {
  const tree = content.decisionTree;
  if (!tree) return [];
  // Outcomes keep the tree's order in every question: a fixed scale reads more easily than a shuffle.
  const outcomes = tree.nodes.filter((node): node is DecisionOutcome => node.kind === 'outcome');
  if (outcomes.length < MIN_DISTRACTORS + 1) return [];
  return [...tree.scenarios].sort(byId).flatMap((scenario) => {
    const outcome = outcomes.find((node) => node.id === scenario.outcome);
    if (!outcome) return [];
    const id = `scenario:${scenario.id}`;
    const key = keysOf(`scenario:${scenario.id}`, scenario.facts);
    return [
      {
        id,
        type: 'scenario' as const,
        theme: tree.theme,
        sectionId: tree.section,
        facts: () => key,
        anchor: `scenario:${scenario.id}`,
        ...profile('scenario'),
        build: (random: Random): Question => {
          // Every outcome when there are few (a case may point at any of them), else the key and a sample.
          const others = new Set(random.sample(outcomes.filter((other) => other.id !== outcome.id), MAX_SCENARIO_OPTIONS - 1).map((other) => other.id));
          const options = outcomes.filter((node) => node === outcome || others.has(node.id)).map((node) => ({ id: node.id, text: node.title }));
          return {
            id,
            type: 'scenario',
            theme: tree.theme,
            sectionId: tree.section,
            sourceIds: unique([...tree.sources, ...outcome.sources]),
            prompt: t.scenario(scenario.description, tree.outcomeQuestion ?? t.defaultScenarioQuestion),
            explanation: scenario.explanation ?? outcome.explanation,
            options,
            answer: outcome.id,
          };
        },
      },
    ];
  });
}

/** `count` random items of `list` other than the one with id `exclude`, without copying a big list. */
function sampleExcept<T extends { id: string }>(list: readonly T[], exclude: string, count: number, random: Random): T[] {
  if (list.length <= count * 4) return random.sample(list.filter((item) => item.id !== exclude), count);
  const picked = new Set<number>();
  while (picked.size < count) {
    const index = random.int(list.length);
    if (list[index]!.id !== exclude) picked.add(index);
  }
  return [...picked].map((index) => list[index]!);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const uniqueOrUndefined = <T>(items: T[] | undefined): T[] | undefined => (items ? unique(items) : undefined);

/** At most three chronology items per ten (at least one allowed in any quiz). */
export const maxChronology = (count: number) => Math.max(1, Math.floor((count * 3) / 10));
/** At most ⌈N/4⌉ questions (at least two) of one type, so facts that only one type can ask do not crowd the others out. */
export const maxPerType = (count: number) => Math.max(2, Math.ceil(count / 4));
/**
 * Scenarios share one set of outcomes, and each one's explanation states the rule the next one
 * applies: at most one per eight questions (two in a quiz of ten, three in twenty) while others are available.
 */
export const maxScenarios = (count: number) => Math.max(2, Math.ceil(count / 8));
/**
 * Items only a "go deeper" block explains: at most one per five questions (two in a quiz of ten)
 * while main-text items are available. The optional detail is where names, acronyms and founding
 * years live, and a quiz about it tests the reader who opened every block (reviewers, round 13:
 * six of ten in one quiz).
 */
export const maxDeeper = (count: number) => Math.max(1, Math.ceil(count / 5));
/** Quizzes of ten or more include at least two application items when the content has them. */
export const minApplication = (count: number) => (count >= 10 ? 2 : 0);

/**
 * Splits `count` among themes in proportion to how many facts each teaches
 * (largest remainders), giving every theme with facts at least one when there is room.
 */
function themeQuotas(count: number, units: Map<string, number>): Map<string, number> {
  const themes = [...units.keys()].filter((theme) => units.get(theme)! > 0);
  const total = themes.reduce((sum, theme) => sum + units.get(theme)!, 0);
  const quotas = new Map<string, number>();
  if (total === 0) return quotas;
  const floorAtOne = count >= themes.length;
  const exact = themes.map((theme) => ({ theme, share: (count * units.get(theme)!) / total }));
  let given = 0;
  for (const { theme, share } of exact) {
    const quota = Math.max(floorAtOne ? 1 : 0, Math.floor(share));
    quotas.set(theme, quota);
    given += quota;
  }
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)));
  for (let i = 0; given < count && i < byRemainder.length * 2; i++) {
    const { theme } = byRemainder[i % byRemainder.length]!;
    quotas.set(theme, quotas.get(theme)! + 1);
    given++;
  }
  return quotas;
}

/**
 * Generates a quiz by a blueprint of facts, not of types: themes get questions in
 * proportion to the facts they teach, facts are drawn evenly within a theme, and a
 * fitting type is chosen for each — at least two application items in a quiz of
 * ten or more when the content has them, at most three chronology items per ten,
 * the least used type first. Never the same fact twice; easier items first. All
 * from the seed.
 */
export function generateQuiz(content: Content, options: QuizOptions): Quiz {
  const { picked, repeated } = pickCandidates(content, options);
  return {
    contentId: content.id,
    contentVersion: content.version,
    seed: options.seed,
    questions: picked.map((candidate) => buildCandidate(candidate, options.seed)),
    ...(options.avoidFacts?.length ? { repeatedFacts: repeated } : {}),
  };
}

/** The items (`kind:id`) a question's feedback gives away (`givesAway` of the items it asks). */
export function givenAwayItems(content: Content, facts: readonly string[]): string[] {
  const items = itemsByRef(content);
  return [...new Set(facts.flatMap((key) => items.get(key)?.givesAway ?? []))].filter((ref) => !facts.includes(ref));
}

/** Fact keys of every item that a question's feedback gives away (`givesAway`), with the facts those items share. */
export function givenAway(content: Content, facts: readonly string[]): string[] {
  const items = itemsByRef(content);
  const given = givenAwayItems(content, facts).flatMap((ref) => factKeysOf(ref, items.get(ref)?.facts));
  return [...new Set(given)].filter((key) => !facts.includes(key));
}

/**
 * What a quiz is drawn from: the candidates `generateQuiz` builds, in quiz order, and how many use avoided
 * facts. `listed` is `listCandidates(content, options.seed)` when the caller has it already (the checks
 * draw many times from one list).
 */
export function pickCandidates(content: Content, options: QuizOptions, listed?: Candidate[]): { picked: Candidate[]; repeated: number } {
  const { seed, count = 10 } = options;
  const types = options.types?.length ? new Set(options.types) : undefined;
  const themes = options.themes?.length ? new Set(options.themes) : undefined;
  const sections = options.sections?.length ? new Set(options.sections) : undefined;
  const deeperOnes = deeperAnchors(content);
  const deeper = options.scope === 'core' ? deeperOnes : undefined;
  const avoided = new Set(options.avoidFacts ?? []);
  let avoiding = avoided.size > 0;
  const candidates = (listed ?? listCandidates(content, seed)).filter(
    (candidate) =>
      (!types || types.has(candidate.type)) &&
      (!themes || themes.has(candidate.theme)) &&
      (!sections || sections.has(candidate.sectionId)) &&
      !deeper?.has(candidate.anchor),
  );
  const selection = forkRandom(seed, 'selection');

  // Facts (anchors) per theme, each with its candidates, in a seeded order.
  const themeOrder = content.themes.map((theme) => theme.id).filter((id) => !themes || themes.has(id));
  const units = new Map<string, Map<string, Candidate[]>>(themeOrder.map((theme) => [theme, new Map()]));
  for (const candidate of candidates) {
    const byAnchor = units.get(candidate.theme);
    if (!byAnchor) continue;
    const list = byAnchor.get(candidate.anchor);
    if (list) list.push(candidate);
    else byAnchor.set(candidate.anchor, [candidate]);
  }
  // Each theme's facts in a seeded order, read from the front (a read index, not shifting arrays).
  const shuffledAnchors = new Map(themeOrder.map((theme) => [theme, selection.shuffle([...units.get(theme)!.keys()])]));
  const queues = new Map(themeOrder.map((theme) => [theme, { anchors: shuffledAnchors.get(theme)!, next: 0 }]));
  const quotas = themeQuotas(count, new Map(themeOrder.map((theme) => [theme, units.get(theme)!.size])));

  const usedFacts = new Set<string>();
  /**
   * Items whose answers the feedback of a picked question states (`givesAway`): never asked beside it.
   * The items themselves, not the facts they share with others (pair keys): those would bar half the
   * decision walk's scenarios, which pair with most catch-all items.
   */
  const givenItems = new Set<string>();
  /** Neither may a question give away what the quiz asks, nor be given away by it, in either order. */
  const clashes = (facts: readonly string[]) =>
    facts.some((key) => usedFacts.has(key) || givenItems.has(key)) || givenAwayItems(content, facts).some((ref) => usedFacts.has(ref));
  const picked: Candidate[] = [];
  const perTheme = new Map<string, number>(themeOrder.map((theme) => [theme, 0]));
  const perType = new Map<QuestionType, number>(QUESTION_TYPES.map((type) => [type, 0]));
  const typeTieOrder = selection.shuffle(QUESTION_TYPES);
  const themeTieOrder = selection.shuffle(themeOrder);
  const chronologyCap = maxChronology(count);
  const typeCap = maxPerType(count);
  const scenarioCap = maxScenarios(count);
  const trueFalseCap = Math.max(typeCap, Math.ceil(count / 3));
  const deeperCap = maxDeeper(count);
  let chronology = 0;
  let fromDeeper = 0;

  const truths = { true: 0, false: 0 };
  /**
   * How strictly a question is held to the mix: 2, every type cap; 1, only the cap of a third on
   * true/false (when the caps leave the quiz short); 0, none (when even that leaves it short), and the
   * true/false balance loosened from within one to within two.
   */
  type Strictness = 0 | 1 | 2;
  const usable = (candidate: Candidate, strict: Strictness) => {
    if (candidate.chronology && chronology >= chronologyCap) return false;
    if (strict >= 2 && perType.get(candidate.type)! >= (candidate.type === 'scenario' ? scenarioCap : typeCap)) return false;
    if (strict >= 1 && fromDeeper >= deeperCap && deeperOnes.has(candidate.anchor)) return false;
    // A quiz whose true/false keys are mostly one value rewards guessing that value: keep them within
    // one, and within two when nothing else can fill the quiz.
    if (candidate.truth !== undefined && truths[`${candidate.truth}`] - truths[`${!candidate.truth}`] >= (strict >= 1 ? 1 : 2)) return false;
    // When the type caps give way, true/false (a coin toss for whoever guesses) still stays within a third of the quiz.
    if (strict >= 1 && candidate.type === 'true-false' && perType.get('true-false')! >= trueFalseCap) return false;
    const facts = candidate.facts();
    return !!facts && !clashes(facts) && facts.every((key) => !(avoiding && avoided.has(key)));
  };
  const take = (candidate: Candidate) => {
    picked.push(candidate);
    candidate.facts()!.forEach((key) => usedFacts.add(key));
    givenAwayItems(content, candidate.facts()!).forEach((ref) => givenItems.add(ref));
    perTheme.set(candidate.theme, perTheme.get(candidate.theme)! + 1);
    perType.set(candidate.type, perType.get(candidate.type)! + 1);
    if (candidate.chronology) chronology++;
    if (deeperOnes.has(candidate.anchor)) fromDeeper++;
    if (candidate.truth !== undefined) truths[`${candidate.truth}`]++;
  };
  /** The fitting question for a fact: the least used type so far, then a seeded choice within it. */
  const chooseFor = (anchorCandidates: Candidate[], strict: Strictness, only?: CognitiveLevel): Candidate | undefined => {
    const fitting = anchorCandidates.filter((candidate) => (!only || candidate.level === only) && usable(candidate, strict));
    if (fitting.length === 0) return undefined;
    const rank = (type: QuestionType) => perType.get(type)! * QUESTION_TYPES.length + typeTieOrder.indexOf(type);
    const bestType = fitting.map((candidate) => candidate.type).sort((a, b) => rank(a) - rank(b))[0]!;
    const ofType = fitting.filter((candidate) => candidate.type === bestType);
    return ofType[selection.int(ofType.length)];
  };

  // Phase 1, application items, before anything can use up their short pool. They may go past
  // their theme's quota; the largest other quota gives way for each one that does.
  const applications = selection.shuffle(
    themeOrder.flatMap((theme) => [...units.get(theme)!.values()].filter((list) => list.some((candidate) => candidate.level === 'apply'))),
  );
  for (const list of applications) {
    if (picked.length >= Math.min(count, minApplication(count))) break;
    const candidate = chooseFor(list, 2, 'apply');
    if (!candidate) continue;
    take(candidate);
    const theme = candidate.theme;
    // The theme keeps room for one fact that is not an application item, when it has one.
    const others = [...units.get(theme)!.values()].some((items) => items.every((item) => item.level !== 'apply'));
    const wanted = perTheme.get(theme)! + (others ? 1 : 0);
    while (quotas.get(theme)! < wanted) {
      const donor = [...quotas.keys()].filter((other) => other !== theme && quotas.get(other)! > 1).sort((a, b) => quotas.get(b)! - quotas.get(a)!)[0];
      if (donor === undefined) break;
      quotas.set(donor, quotas.get(donor)! - 1);
      quotas.set(theme, quotas.get(theme)! + 1);
    }
  }

  /** The next fact of a theme that has a usable question; facts turned away by the mix alone wait in `deferred`. */
  const deferred = [0, 1].map(() => new Map<string, string[]>(themeOrder.map((theme) => [theme, []])));
  const nextFrom = (theme: string, strict: Strictness): Candidate | undefined => {
    const queue = queues.get(theme)!;
    while (queue.next < queue.anchors.length) {
      const anchor = queue.anchors[queue.next++]!;
      const list = units.get(theme)!.get(anchor)!;
      const candidate = chooseFor(list, strict);
      if (candidate) return candidate;
      // Turned away by the mix only (its facts are free): worth another look if the quiz runs short.
      const looser = strict - 1;
      if (looser >= 0 && list.some((item) => usable(item, 0))) deferred[looser]!.get(theme)!.push(anchor);
    }
    return undefined;
  };
  const hasFacts = (theme: string) => queues.get(theme)!.next < queues.get(theme)!.anchors.length;
  /** The theme furthest below its quota (only themes below it when `withinQuota`). */
  const neediest = (withinQuota: boolean) =>
    themeTieOrder
      .filter((theme) => hasFacts(theme) && (!withinQuota || perTheme.get(theme)! < quotas.get(theme)!))
      .sort((a, b) => perTheme.get(a)! / Math.max(1, quotas.get(a)!) - perTheme.get(b)! / Math.max(1, quotas.get(b)!))[0];
  const fill = (withinQuota: boolean, strict: Strictness) => {
    while (picked.length < count) {
      const theme = neediest(withinQuota);
      if (theme === undefined) return;
      const candidate = nextFrom(theme, strict);
      if (candidate) take(candidate);
    }
  };

  // Phase 2, every theme up to its quota, no type over its cap.
  fill(true, 2);
  // Phase 3, past the quotas (a theme whose facts ran out leaves room to the others).
  fill(false, 2);
  // Phase 4, the facts the type caps turned away, still with balanced true/false keys, so a short pool fills the quiz.
  for (const theme of themeOrder) queues.set(theme, { anchors: deferred[1]!.get(theme)!, next: 0 });
  fill(false, 1);
  // Phase 5, whatever is left, only when the quiz is still short.
  for (const theme of themeOrder) queues.set(theme, { anchors: deferred[0]!.get(theme)!, next: 0 });
  fill(false, 0);
  // Phase 6, only when avoiding facts left the quiz short: the avoided facts after all, in the same order.
  if (avoiding && picked.length < count) {
    avoiding = false;
    for (const strict of [2, 1, 0] as const) {
      for (const theme of themeOrder) queues.set(theme, { anchors: shuffledAnchors.get(theme)!, next: 0 });
      fill(false, strict);
    }
  }

  // Avoiding facts changes which facts are drawn first, and the quiz can come out shorter than it
  // would without. Then it is topped up from the quiz drawn without avoiding (its picks that clash
  // with none of this quiz's facts), and only if it is still shorter is that quiz used instead.
  if (avoided.size > 0 && picked.length < count) {
    const plain = pickCandidates(content, { ...options, avoidFacts: [] }).picked;
    for (const candidate of plain) {
      if (picked.length >= count) break;
      if (!picked.includes(candidate) && !clashes(candidate.facts()!)) take(candidate);
    }
    if (plain.length > picked.length) return { picked: plain, repeated: plain.filter((candidate) => candidate.facts()!.some((key) => avoided.has(key))).length };
  }
  // Easier items first; the drawing order breaks ties.
  const ordered = picked.map((candidate, index) => ({ candidate, index })).sort((a, b) => a.candidate.difficulty - b.candidate.difficulty || a.index - b.index);
  return {
    picked: ordered.map(({ candidate }) => candidate),
    repeated: picked.filter((candidate) => candidate.facts()!.some((key) => avoided.has(key))).length,
  };
}

/** The teaching items explained in a "go deeper" block (`term:x`, `claim:y`…): a core-only quiz leaves them out. */
function deeperAnchors(content: Content): Set<string> {
  const lists: [string, readonly { id: string; deeper?: string | undefined }[]][] = [
    ['term', content.glossary],
    ['claim', content.claims],
    ['event', content.events],
    ['group', content.groups],
    ['blank', content.blanks],
  ];
  return new Set(lists.flatMap(([kind, items]) => items.filter((item) => item.deeper).map((item) => `${kind}:${item.id}`)));
}

/** Each question id the content can build for `seed`, with the teaching item it asks about (its anchor). */
export function anchorsOf(content: Content, seed: string): Map<string, string> {
  return new Map(listCandidates(content, seed).map((candidate) => [candidate.id, candidate.anchor]));
}

/** Builds a candidate's question as every quiz does: its options drawn from the seed and its own id. */
export const buildCandidate = (candidate: Candidate, seed: string): Question => candidate.build(forkRandom(seed, candidate.id));

/** Rebuilds specific questions by id (e.g. "retry the ones I missed"), in the given order. */
export function buildQuestions(content: Content, seed: string, ids: readonly string[]): Question[] {
  const byQuestionId = new Map(listCandidates(content, seed).map((candidate) => [candidate.id, candidate]));
  return ids.flatMap((id) => {
    const candidate = byQuestionId.get(id);
    return candidate?.facts() ? [buildCandidate(candidate, seed)] : [];
  });
}

