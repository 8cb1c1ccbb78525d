/**
 * The question generator: content in, a reproducible quiz out.
 *
 * Selection and option order depend only on ids, dates, groups and the seed —
 * never on text — so one seed gives the same quiz in every language. Nothing
 * here knows the topic: any valid content file yields valid quizzes.
 */
import type { Content, DecisionOutcome, Term, TimelineEvent } from '../content/schema.js';
import { certainlyBefore, compareDates, formatPartialDate, nearbyDates } from '../dates.js';
import { forkRandom, type Random } from '../random.js';
import { templatesFor, type QuestionTemplates } from './templates/index.js';
import { QUESTION_TYPES, type Option, type Question, type QuestionType, type Quiz, type QuizOptions } from './types.js';

/** A question the content can yield, before its options are drawn. */
export interface Candidate {
  id: string;
  type: QuestionType;
  theme: string;
  sectionId: string;
  /**
   * The facts the question uses (a quiz never uses one twice), or undefined when
   * the content cannot supply this question. Worked out on first call only, so a
   * big content file costs little until a question is actually considered.
   */
  facts(): string[] | undefined;
  /** The one fact the question is about, for coverage statistics. */
  anchor: string;
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
  termsByCategory: Map<string, Term[]>;
  termsBySection: Map<string, Term[]>;
  eventsBySection: Map<string, TimelineEvent[]>;
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

const MAX_OPTIONS = 4;
const MIN_DISTRACTORS = 2;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every candidate question the content yields, in a text-independent order. */
export function listCandidates(content: Content, seed: string): Candidate[] {
  const terms = [...content.glossary].sort(byId);
  const events = [...content.events].sort(byId);
  const context: Context = {
    content,
    seed,
    t: templatesFor(content.language),
    terms,
    events,
    termsByCategory: groupBy(terms, (term) => term.category),
    termsBySection: groupBy(terms, (term) => term.section),
    eventsBySection: groupBy(events, (event) => event.section),
  };
  return [
    ...termCandidates(context),
    ...claimCandidates(context),
    ...eventCandidates(context),
    ...matchCandidates(context),
    ...groupCandidates(context),
    ...blankCandidates(context),
    ...scenarioCandidates(context),
  ];
}

function singleChoice(
  base: Omit<Question, 'type' | 'options' | 'answer'>,
  type: 'term-definition' | 'definition-term' | 'true-false' | 'date' | 'group-member' | 'scenario',
  correct: Option,
  distractors: Option[],
  random: Random,
): Question {
  return { ...base, type, options: random.shuffle([correct, ...distractors]), answer: correct.id };
}

function termCandidates({ terms, t, termsByCategory }: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const term of terms) {
    const category = termsByCategory.get(term.category) ?? [];
    if (category.length - 1 < MIN_DISTRACTORS) continue;
    // Drawn only when the question is built: a big category costs nothing until then.
    const others = (random: Random) => sampleExcept(category, term.id, MAX_OPTIONS - 1, random);
    const base = {
      theme: term.theme,
      sectionId: term.section,
      sourceIds: term.sources,
      explanation: t.definitionExplanation(term.term, term.definition),
    };
    const key = `term:${term.id}`;
    // The two directions: show the term and pick its definition, or the reverse.
    const directions = [
      { type: 'term-definition', prompt: t.termDefinition(term.term), shown: (item: Term) => item.definition },
      { type: 'definition-term', prompt: t.definitionTerm(term.definition), shown: (item: Term) => item.term },
    ] as const;
    for (const { type, prompt, shown } of directions) {
      const id = `${type}:${term.id}`;
      out.push({
        id,
        type,
        theme: term.theme,
        sectionId: term.section,
        facts: () => [key],
        anchor: key,
        build: (random) =>
          singleChoice(
            { ...base, id, prompt },
            type,
            { id: term.id, text: shown(term) },
            others(random).map((other) => ({ id: other.id, text: shown(other) })),
            random,
          ),
      });
    }
  }
  return out;
}

function claimCandidates({ content, t }: Context): Candidate[] {
  return [...content.claims].sort(byId).map((claim) => {
    const id = `true-false:${claim.id}`;
    const key = `claim:${claim.id}`;
    return {
      id,
      type: 'true-false' as const,
      theme: claim.theme,
      sectionId: claim.section,
      facts: () => [key],
      anchor: key,
      // True before False, always: a fixed order is easier to answer by habit.
      build: (): Question => ({
        id,
        type: 'true-false',
        theme: claim.theme,
        sectionId: claim.section,
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

/** Events of the same section that can be strictly ordered with `anchor` and each other. */
function orderableCompanions(anchor: TimelineEvent, pool: TimelineEvent[], random: Random, want: number): TimelineEvent[] {
  const chosen = [anchor];
  for (const event of random.shuffle(pool)) {
    if (chosen.length >= want) break;
    if (chosen.every((other) => certainlyBefore(event.date, other.date) || certainlyBefore(other.date, event.date))) {
      chosen.push(event);
    }
  }
  return chosen;
}

function eventCandidates({ content, seed, t, events, eventsBySection }: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const event of events) {
    const key = `event:${event.id}`;
    const dateId = `date:${event.id}`;
    // Nearby dates at the same precision (every real date has at least two): other events' dates are fine as distractors.
    out.push({
      id: dateId,
      type: 'date',
      theme: event.theme,
      sectionId: event.section,
      facts: () => [key],
      anchor: key,
      build: (random) => {
        // Pick among the nearest few so distractors stay plausible.
        const distractors = random.sample(nearbyDates(event.date).slice(0, 6), MAX_OPTIONS - 1);
        const option = (date: string): Option => ({ id: date, text: formatPartialDate(date, content.language) });
        return singleChoice(
          {
            id: dateId,
            theme: event.theme,
            sectionId: event.section,
            sourceIds: event.sources,
            prompt: t.date(event.title),
            explanation: t.dateExplanation(event.title, formatPartialDate(event.date, content.language), event.description),
          },
          'date',
          option(event.date),
          distractors.map(option),
          random,
        );
      },
    });

    // The other events are drawn from the same section, by the seed, when first needed.
    const plan = once(() => {
      const sameSection = (eventsBySection.get(event.section) ?? []).filter((other) => other.id !== event.id);
      const chosen = orderableCompanions(event, sameSection, forkRandom(seed, `order:${event.id}`), 4);
      return chosen.length >= 3 ? [...chosen].sort((a, b) => compareDates(a.date, b.date)) : undefined;
    });
    const id = `order:${event.id}`;
    out.push({
      id,
      type: 'order',
      theme: event.theme,
      sectionId: event.section,
      facts: () => plan()?.map((item) => `event:${item.id}`),
      anchor: key,
      build: (random) => {
        const inOrder = plan()!;
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
          explanation: t.orderExplanation(inOrder.map((item) => `${item.title} (${formatPartialDate(item.date, content.language)})`)),
          options: shuffled,
          answer: inOrder.map((item) => item.id),
        };
      },
    });
  }
  return out;
}

/** What differs between the two kinds of match question: which facts, and which text stands on each side. */
interface MatchPlan<T extends { id: string; theme: string; section: string; sources: string[] }> {
  kind: 'term' | 'event';
  anchor: T;
  /** The 3–4 facts to match, sorted by id, or undefined when the section has too few. */
  plan: () => T[] | undefined;
  left: (item: T) => string;
  right: (item: T) => string;
  /** Prefix of the right-hand option ids. */
  optionPrefix: string;
  prompt: string;
  /** The pairs, in the order the explanation lists them. */
  explain: (chosen: T[]) => [string, string][];
}

function matchCandidate<T extends { id: string; theme: string; section: string; sources: string[] }>(
  t: QuestionTemplates,
  m: MatchPlan<T>,
): Candidate {
  const id = `match:${m.kind}.${m.anchor.id}`;
  const base = { id, type: 'match' as const, theme: m.anchor.theme, sectionId: m.anchor.section };
  return {
    ...base,
    facts: () => m.plan()?.map((item) => `${m.kind}:${item.id}`),
    anchor: `${m.kind}:${m.anchor.id}`,
    build: (random) => {
      const chosen = m.plan()!;
      return {
        ...base,
        sourceIds: unique(chosen.flatMap((item) => item.sources)),
        prompt: m.prompt,
        explanation: t.matchExplanation(m.explain(chosen)),
        items: random.shuffle(chosen.map((item) => ({ id: item.id, text: m.left(item) }))),
        options: random.shuffle(chosen.map((item) => ({ id: `${m.optionPrefix}${item.id}`, text: m.right(item) }))),
        answer: Object.fromEntries(chosen.map((item) => [item.id, `${m.optionPrefix}${item.id}`])),
      };
    },
  };
}

function matchCandidates({ content, seed, t, terms, events, termsBySection, eventsBySection }: Context): Candidate[] {
  // Terms to definitions, within one section.
  const termMatches = terms.map((term) =>
    matchCandidate(t, {
      kind: 'term',
      anchor: term,
      plan: once(() => {
        const pool = (termsBySection.get(term.section) ?? []).filter((other) => other.id !== term.id);
        return pool.length < 2 ? undefined : [term, ...forkRandom(seed, `match:${term.id}`).sample(pool, 3)].sort(byId);
      }),
      left: (item) => item.term,
      right: (item) => item.definition,
      optionPrefix: 'def-',
      prompt: t.matchTerms(),
      explain: (chosen) => chosen.map((item) => [item.term, item.definition]),
    }),
  );
  // Events to dates, within one section, with dates that read differently.
  const date = (item: TimelineEvent) => formatPartialDate(item.date, content.language);
  const eventMatches = events.map((event) =>
    matchCandidate(t, {
      kind: 'event',
      anchor: event,
      plan: once(() => {
        const random = forkRandom(seed, `match-dates:${event.id}`);
        const chosen = [event];
        for (const other of random.shuffle((eventsBySection.get(event.section) ?? []).filter((e) => e.id !== event.id))) {
          if (chosen.length >= 4) break;
          if (chosen.every((item) => item.date !== other.date)) chosen.push(other);
        }
        return chosen.length < 3 ? undefined : chosen.sort(byId);
      }),
      left: (item) => item.title,
      right: date,
      optionPrefix: 'date-',
      prompt: t.matchDates(),
      explain: (chosen) => [...chosen].sort((a, b) => compareDates(a.date, b.date)).map((item) => [item.title, date(item)]),
    }),
  );
  return [...termMatches, ...eventMatches];
}

function groupCandidates({ content, t }: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const group of [...content.groups].sort(byId)) {
    const key = `group:${group.id}`;
    const base = {
      theme: group.theme,
      sectionId: group.section,
      sourceIds: group.sources,
      explanation: t.groupExplanation(group.name, group.members.map((member) => member.text)),
    };
    const members = [...group.members].sort(byId);
    const distractors = [...group.distractors].sort(byId);
    if (distractors.length >= MIN_DISTRACTORS) {
      for (const member of members) {
        const id = `group-member:${group.id}.${member.id}`;
        out.push({
          id,
          type: 'group-member',
          theme: group.theme,
          sectionId: group.section,
          facts: () => [key],
          anchor: key,
          build: (random) =>
            singleChoice(
              { ...base, id, prompt: t.groupMember(group.name) },
              'group-member',
              member,
              random.sample(distractors, MAX_OPTIONS - 1),
              random,
            ),
        });
      }
    }
    if (members.length >= MIN_DISTRACTORS) {
      for (const outsider of distractors) {
        const id = `group-member:${group.id}.not.${outsider.id}`;
        out.push({
          id,
          type: 'group-member',
          theme: group.theme,
          sectionId: group.section,
          facts: () => [key],
          anchor: key,
          build: (random) =>
            singleChoice(
              { ...base, id, prompt: t.groupNonMember(group.name) },
              'group-member',
              outsider,
              random.sample(members, MAX_OPTIONS - 1),
              random,
            ),
        });
      }
    }
    const id = `select-all:${group.id}`;
    out.push({
      id,
      type: 'select-all',
      theme: group.theme,
      sectionId: group.section,
      facts: () => [key],
      anchor: key,
      build: (random) => {
        const shownMembers = random.sample(members, 4);
        const options = random.shuffle([...shownMembers, ...random.sample(distractors, 3)]);
        const correct = new Set(shownMembers.map((member) => member.id));
        return {
          ...base,
          id,
          type: 'select-all',
          prompt: t.selectAll(group.name),
          options,
          answer: options.filter((option) => correct.has(option.id)).map((option) => option.id),
        };
      },
    });
  }
  return out;
}

function blankCandidates({ content, t }: Context): Candidate[] {
  const termsByName = new Map(content.glossary.map((term) => [term.term.toLowerCase(), term]));
  return [...content.blanks].sort(byId).map((blank) => {
    const id = `fill-blank:${blank.id}`;
    const key = `blank:${blank.id}`;
    // A blank whose answer is a glossary term also accepts the term's aliases.
    const term = termsByName.get(blank.answer.toLowerCase());
    return {
      id,
      type: 'fill-blank' as const,
      theme: blank.theme,
      sectionId: blank.section,
      facts: () => [key],
      anchor: key,
      build: (): Question => ({
        id,
        type: 'fill-blank',
        theme: blank.theme,
        sectionId: blank.section,
        sourceIds: blank.sources,
        prompt: t.fillBlank(blank.before, blank.after),
        explanation: t.fillBlankExplanation(`${blank.before}${blank.answer}${blank.after}`),
        before: blank.before,
        after: blank.after,
        language: content.language,
        answer: unique([blank.answer, ...(blank.alternatives ?? []), ...(term?.aliases ?? [])]),
      }),
    };
  });
}

function scenarioCandidates({ content, t }: Context): Candidate[] {
  const tree = content.decisionTree;
  if (!tree) return [];
  const outcomes = tree.nodes.filter((node): node is DecisionOutcome => node.kind === 'outcome').sort(byId);
  if (outcomes.length < MIN_DISTRACTORS + 1) return [];
  return [...tree.scenarios].sort(byId).flatMap((scenario) => {
    const outcome = outcomes.find((node) => node.id === scenario.outcome);
    if (!outcome) return [];
    const id = `scenario:${scenario.id}`;
    const key = `scenario:${scenario.id}`;
    return [
      {
        id,
        type: 'scenario' as const,
        theme: tree.theme,
        sectionId: tree.section,
        facts: () => [key],
        anchor: key,
        build: (random: Random) =>
          singleChoice(
            {
              id,
              theme: tree.theme,
              sectionId: tree.section,
              sourceIds: unique([...tree.sources, ...outcome.sources]),
              prompt: t.scenario(scenario.description, tree.outcomeQuestion ?? t.defaultScenarioQuestion),
              explanation: outcome.explanation,
            },
            'scenario',
            { id: outcome.id, text: outcome.title },
            random
              .sample(
                outcomes.filter((other) => other.id !== outcome.id),
                MAX_OPTIONS - 1,
              )
              .map((other) => ({ id: other.id, text: other.title })),
            random,
          ),
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

/**
 * Generates a quiz: balanced across themes and types, never the same fact twice,
 * options shuffled, all from the seed.
 */
export function generateQuiz(content: Content, options: QuizOptions): Quiz {
  const { seed, count = 10 } = options;
  const types = options.types?.length ? new Set(options.types) : undefined;
  const themes = options.themes?.length ? new Set(options.themes) : undefined;
  const candidates = listCandidates(content, seed).filter(
    (candidate) => (!types || types.has(candidate.type)) && (!themes || themes.has(candidate.theme)),
  );

  // Buckets per theme and type, each in a seeded order of ids.
  const selection = forkRandom(seed, 'selection');
  const themeOrder = content.themes.map((theme) => theme.id).filter((id) => !themes || themes.has(id));
  const buckets = new Map<string, Map<QuestionType, Candidate[]>>();
  for (const theme of themeOrder) buckets.set(theme, new Map());
  for (const candidate of candidates) {
    const byType = buckets.get(candidate.theme);
    if (!byType) continue;
    const list = byType.get(candidate.type);
    if (list) list.push(candidate);
    else byType.set(candidate.type, [candidate]);
  }
  for (const byType of buckets.values()) {
    for (const [type, list] of byType) byType.set(type, selection.shuffle(list));
  }

  const usedFacts = new Set<string>();
  const picked: Candidate[] = [];
  const perTheme = new Map<string, number>(themeOrder.map((theme) => [theme, 0]));
  const perType = new Map<QuestionType, number>(QUESTION_TYPES.map((type) => [type, 0]));
  // Ties are broken by a seeded order, so different seeds lead with different types.
  const typeOrder = selection.shuffle(QUESTION_TYPES);
  const themeTieOrder = selection.shuffle(themeOrder);

  const takeFrom = (theme: string): Candidate | undefined => {
    const byType = buckets.get(theme)!;
    const typesByNeed = [...typeOrder].sort((a, b) => perType.get(a)! - perType.get(b)!);
    for (const type of typesByNeed) {
      const list = byType.get(type);
      if (!list) continue;
      // Taken from the end of the shuffled list: popping is cheap, shifting is not.
      while (list.length > 0) {
        const candidate = list.pop()!;
        const facts = candidate.facts();
        if (facts && facts.every((key) => !usedFacts.has(key))) return candidate;
      }
    }
    return undefined;
  };

  const exhausted = new Set<string>();
  while (picked.length < count && exhausted.size < themeOrder.length) {
    const theme = themeTieOrder
      .filter((id) => !exhausted.has(id))
      .sort((a, b) => perTheme.get(a)! - perTheme.get(b)!)[0]!;
    const candidate = takeFrom(theme);
    if (!candidate) {
      exhausted.add(theme);
      continue;
    }
    picked.push(candidate);
    candidate.facts()!.forEach((key) => usedFacts.add(key));
    perTheme.set(theme, perTheme.get(theme)! + 1);
    perType.set(candidate.type, perType.get(candidate.type)! + 1);
  }

  return {
    contentId: content.id,
    contentVersion: content.version,
    seed,
    questions: picked.map((candidate) => candidate.build(forkRandom(seed, candidate.id))),
  };
}

/** Rebuilds specific questions by id (e.g. "retry the ones I missed"), in the given order. */
export function buildQuestions(content: Content, seed: string, ids: readonly string[]): Question[] {
  const byQuestionId = new Map(listCandidates(content, seed).map((candidate) => [candidate.id, candidate]));
  return ids.flatMap((id) => {
    const candidate = byQuestionId.get(id);
    return candidate?.facts() ? [candidate.build(forkRandom(seed, id))] : [];
  });
}
