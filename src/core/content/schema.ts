/**
 * The content file format: the single source of truth.
 *
 * The TypeScript types (`Content`, `Term`, …) are inferred from these schemas,
 * the runtime validator runs them (see `validate.ts`), and the JSON Schema in
 * `content/schema.json` is generated from them (`npm run schema`).
 * Valibot is used because it is small, tree-shakes, and never uses `eval`,
 * so it stays safe under a strict Content-Security-Policy.
 */
import * as v from 'valibot';
import { isHttpUrl, isRealDate } from './checks.js';
import { SOURCE_KINDS, type SourceKind } from './source-kinds.js';

export { isHttpUrl, isRealDate, SOURCE_KINDS, type SourceKind };

/** Describes a value the way an author would recognise it in their file. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') {
    const shown = input.length > 60 ? `${input.slice(0, 57)}...` : input;
    return JSON.stringify(shown);
  }
  return String(input);
}

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const text = (what = 'text') =>
  v.pipe(
    v.string(expected(what)),
    v.regex(/\S/, expected(`non-empty ${what}`)),
  );

/** Text that may be empty (e.g. the part of a fill-in sentence before the blank). */
const optionalText = v.string(expected('text (may be empty)'));

const id = (what = 'an id') =>
  v.pipe(
    v.string(expected(`${what} (lower-case letters, digits and dashes)`)),
    v.regex(ID_PATTERN, expected(`${what} (lower-case letters, digits and dashes, like "wassenaar-arrangement")`)),
  );

/** The kinds of teaching item a ref can name, as question ids and fact keys name them. */
export const ITEM_REF_KINDS = ['term', 'claim', 'event', 'group', 'blank', 'scenario'] as const;

/** A teaching item named by its kind and id, e.g. "claim:group-a-july". */
const itemRef = v.pipe(
  v.string(expected('an item ref like "claim:group-a-july"')),
  v.regex(new RegExp(`^(?:${ITEM_REF_KINDS.join('|')}):${ID_PATTERN.source.slice(1)}`), expected(`an item ref: ${ITEM_REF_KINDS.join(', ')}, a colon and the item's id, like "claim:group-a-july"`)),
);

const partialDate = v.pipe(
  v.string(expected('a date like 2019-07-04, 2019-07 or 2019')),
  v.regex(PARTIAL_DATE_PATTERN, expected('a date like 2019-07-04, 2019-07 or 2019')),
  v.check(isRealDate, expected('a real calendar date')),
);

const fullDate = v.pipe(
  v.string(expected('a date like 2023-04-24')),
  v.regex(FULL_DATE_PATTERN, expected('a date like 2023-04-24')),
  v.check(isRealDate, expected('a real calendar date')),
);

const httpUrl = v.pipe(
  v.string(expected('an http(s) URL')),
  v.regex(/^https?:\/\//i, expected('an http(s) URL (other schemes such as javascript: are refused)')),
  v.check(isHttpUrl, expected('a complete http(s) URL')),
);

const list = <T extends v.GenericSchema>(item: T, what: string, min = 0) =>
  v.pipe(
    v.array(item, expected(`a list of ${what}`)),
    v.minLength(min, (issue) => `expected at least ${min} ${what}, got ${issue.received}`),
  );

/** A non-empty list of ids of other items, e.g. `references('source')`. */
const references = (noun: string) =>
  v.pipe(
    v.array(id(`a ${noun} id`), expected(`a list of ${noun} ids`)),
    v.minLength(1, (issue) => `expected at least one ${noun} id, got ${issue.received === '0' ? 'none' : issue.received}`),
  );

const object = <T extends v.ObjectEntries>(entries: T, what: string) =>
  v.strictObject(entries, expected(what));

/** A run of paragraph text: plain text, or text marked as a glossary term. */
export const RunSchema = v.union(
  [
    text(),
    object(
      {
        /** The id of the glossary term these words name; readers can open its definition from them. */
        term: id('a glossary term'),
        /** The words shown in the paragraph: any form that names the term, such as a plural. */
        text: text(),
      },
      'a term reference',
    ),
  ],
  expected('text or a term reference like {"term": "dual-use-item", "text": "dual-use goods"}'),
);

export const ParagraphSchema = object(
  {
    /** The paragraph's text as runs; term references become inline definitions. */
    text: list(RunSchema, 'runs of text', 1),
    /** Sources that back every statement of the paragraph. */
    sources: references('source'),
    /** Set when the paragraph reports the stated position of one actor (a government), so it is shown attributed. */
    position: v.optional(id('an actor')),
  },
  'a paragraph object with "text" and "sources"',
);

export const ThemeSchema = object(
  {
    /** Unique among the themes: sections and items name their theme by it. */
    id: id(),
    /** The theme's heading. */
    title: text(),
    /** One sentence on what the theme covers. */
    summary: v.optional(text()),
    /** A question for class discussion, shown at the end of the theme (e.g. "What evidence would show…?"). */
    discussion: v.optional(text()),
  },
  'a theme object',
);

export const ActorSchema = object(
  {
    /** Unique among the actors: events and position paragraphs name the actor by it. */
    id: id(),
    /** The government, organisation, country or person as readers know them. */
    name: text(),
  },
  'an actor object',
);


/** A language tag like "en", "ko", "ja" or "en-GB". */
const languageTag = (what: string) =>
  v.pipe(
    v.string(expected(`${what} like "en", "ko" or "ja"`)),
    v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, expected(`${what} like "en", "ko" or "ja"`)),
  );

export const SourceSchema = object(
  {
    /** Unique among the sources: paragraphs and items cite the source by it. */
    id: id(),
    /** The page or document title, as the publisher gives it. */
    title: text(),
    /** Who published it: the ministry, court, regime or news organisation, as a reader would name it. */
    publisher: text(),
    /**
     * What kind of body stands behind it: "government", "court", "regime"
     * (an international organisation or export-control regime), "news",
     * "research" or "reference". The sources list is grouped by kind.
     */
    kind: v.optional(
      v.picklist(SOURCE_KINDS, expected(`one of ${SOURCE_KINDS.map((kind) => `"${kind}"`).join(', ')}`)),
    ),
    /** The language of the title when it differs from the content file's, so screen readers pronounce it right. */
    lang: v.optional(languageTag('the language of the title')),
    /** Publication date, only as precise as the source shows: "2019-07-04", "2019-07" or "2019". */
    date: v.optional(partialDate),
    /** A complete http:// or https:// address of the page that states the facts. */
    url: httpUrl,
    /** A remark for readers about the source (a reprint, a disputed date…), shown with the source, not in the text. */
    note: v.optional(text()),
  },
  'a source object',
);

/**
 * A "go deeper" block of a section: detail a reader may skip (legal references, licence
 * varieties, where sources disagree). Collapsed by default; open in print and when a link
 * or a question points to it.
 */
export const DeeperSchema = object(
  {
    /** Unique in the file: deep links and quiz review links use it. */
    id: id(),
    /** The block's heading, shown while it is collapsed. */
    title: text(),
    /** The block's text, at least one paragraph. */
    paragraphs: list(ParagraphSchema, 'paragraphs', 1),
  },
  'a "go deeper" block with "id", "title" and "paragraphs"',
);

export const SectionSchema = object(
  {
    /** Unique among the sections: teaching items name the section that explains them by it. */
    id: id(),
    /** The id of the theme the section belongs to. */
    theme: id('a theme'),
    /** The section heading. */
    title: text(),
    /** The section's point in one sentence, shown first. */
    keyPoint: v.optional(text()),
    /**
     * Teaching items whose answers the section prints outside its paragraphs, always open — the key
     * point, a figure, the comparison, the decision walk's model — as refs like "claim:group-a-july".
     * A "Check yourself" right after the part does not ask them: the answer would be in sight. The
     * section's key dates count without being listed.
     */
    inSight: v.optional(list(itemRef, 'item refs')),
    /** The core story: what every reader reads. */
    paragraphs: list(ParagraphSchema, 'paragraphs', 1),
    /** Optional detail, collapsed by default. */
    deeper: v.optional(list(DeeperSchema, '"go deeper" blocks', 1)),
  },
  'a section object',
);

export const LessonSchema = object(
  {
    /** What a student can do after the lesson ("Explain why…"). */
    objectives: list(text('a learning objective'), 'learning objectives', 1),
    /** A plan for one class period, step by step. */
    outline: list(
      object(
        {
          /** How long the step takes, in whole minutes. */
          minutes: v.pipe(v.number(expected('a number of minutes')), v.integer(expected('whole minutes')), v.minValue(1, expected('at least 1 minute'))),
          /** What the class does in this step. */
          activity: text('an activity'),
        },
        'an outline step with "minutes" and "activity"',
      ),
      'outline steps',
      1,
    ),
    /** What the plan hands out, each with its text: evidence cards, a grid to fill, an answer key. */
    materials: v.optional(
      list(
        object(
          {
            /** The handout's heading, e.g. "Card sort (one set per group)". */
            title: text('a title'),
            /** The handout's text, one entry per card, row or answer. */
            items: list(text('an item'), 'items', 1),
            /**
             * `true` for an answer key: shown on the teacher page only, never on the student's page,
             * where any student could open the teacher box and copy it.
             */
            answerKey: v.optional(v.boolean(expected('true or false'))),
          },
          'a material with "title" and "items"',
        ),
        'materials',
        1,
      ),
    ),
  },
  'a lesson object with "objectives" and "outline"',
);

/**
 * Keys of the facts an item states. Items that share a key state the same fact
 * (a claim, an event, a blank and a term about one law) or give each other away,
 * so a quiz never asks two of them; the blueprint draws them as one fact.
 */
const factKeys = v.optional(list(id('a fact key'), 'fact keys'));

/** Fields every teaching item carries: where it is explained and what backs it. */
const taught = {
  /** The id of the item's theme: the theme of its section. */
  theme: id('a theme'),
  /** The id of the section that explains the item; review links after a question point to it. */
  section: id('a section'),
  /** Set when the item is explained in one of its section's "go deeper" blocks: review links open that block. */
  deeper: v.optional(id('a "go deeper" block of the section')),
  /** One to three source ids, the best ones, that together back every statement of the item. */
  sources: references('source'),
  /** Keys (ids you choose) shared by items that state the same fact or give each other away: a quiz never asks two of them. */
  facts: factKeys,
  /**
   * Other items whose answers this item's explanation or wrong-option notes state, as refs like
   * "claim:korea-first": when a "Check yourself" asks this item, the quiz after it avoids them too.
   */
  givesAway: v.optional(list(itemRef, 'item refs')),
};

export const TermSchema = object(
  {
    /** Unique among the glossary terms: term runs and other items name the term by it. */
    id: id(),
    /** The word or phrase, as it should appear in a question. */
    term: text(),
    /** One or two sentences that make sense without the term next to them and never contain it. */
    definition: text(),
    /** The topic the term belongs to (e.g. "regime", "dispute"). */
    category: id('a category'),
    /**
     * What sort of thing the term names: material, agreement, law, institution,
     * licence, destination-group, concept… Term questions take their wrong options
     * only from terms of the same kind. Without it, terms of the same category are used.
     */
    kind: v.optional(id('a kind')),
    /**
     * `true` when the name itself says what the term is ("Group A" to "Group D" ranked by letter,
     * "Ga-1" and "Ga-2" by number, 가 and 나 read as A and B in Korean, "Missile Technology Control Regime", "individual licence"): a question asking for its meaning,
     * or offering its name among others, is answered by the name. Such a term is never asked in a
     * term or match question, and neither its name nor its definition is an option there; a select-all
     * shows it as a right option only when fewer than two other members can be. Ask it through claims,
     * blanks and scenarios instead.
     */
    nameTells: v.optional(v.boolean(expected('true or false'))),
    /**
     * Terms of the same kind a learner most easily takes this one for ("Ga-1 region" and "Ga-2 region"):
     * a term question always shows them among its wrong options, so the key is never the only option
     * of its form (the only numbered region beside two unnumbered ones).
     */
    confusedWith: v.optional(list(id('a glossary term'), 'terms')),
    /** Other names or spellings a reader may meet. Not accepted as answers: list those in `synonyms`. */
    aliases: list(text(), 'aliases'),
    /** Other names for exactly this term, accepted as answers wherever the term is the answer of a blank. */
    synonyms: v.optional(list(text(), 'synonyms')),
    ...taught,
  },
  'a glossary term object',
);

export const EventSchema = object(
  {
    /** Unique among the events. */
    id: id(),
    /** When it happened, only as precise as the sources: "2019-07-04", "2019-07" or "2019". */
    date: partialDate,
    /**
     * Events that are stages of one process (announced, approved, took effect) share an id here:
     * their order follows from their words, so they are never ordered or matched against each other.
     */
    stageOf: v.optional(id('a process id')),
    /** Other dates that good sources give for the event: never offered as a wrong option. */
    otherDates: v.optional(list(partialDate, 'dates')),
    /** A short headline without the date or year, which a date question would give away. */
    title: text(),
    /** The question a date question asks, e.g. "When was KOSTI launched?"; otherwise a template frames the title. */
    question: v.optional(text()),
    /**
     * A date worth remembering. When any event of the file is marked, only marked
     * events get date questions (the others still appear in order and match questions);
     * when none is, every event does.
     */
    keyDate: v.optional(v.boolean(expected('true or false'))),
    /** One or two sentences, shown on the timeline and after answering. */
    description: text(),
    /**
     * The ids of the actors who did it: governments, organisations or people. Leave it out for an
     * event nobody did (a comet's impact, an earthquake); the timeline then names no one.
     */
    actors: v.optional(references('actor')),
    ...taught,
  },
  'an event object',
);

export const ClaimSchema = object(
  {
    /** Unique among the claims. */
    id: id(),
    /** One clear sentence that is either true or false and makes sense on its own. */
    statement: text(),
    /** `true` or `false` (no quotes): whether the statement is true. */
    truth: v.boolean(expected('true or false')),
    /** Shown after answering; for a false claim, say what is true. */
    explanation: text(),
    ...taught,
  },
  'a claim object',
);

export const GroupItemSchema = object(
  {
    /** Unique within the group. */
    id: id(),
    /** The option as the learner sees it. */
    text: text(),
    /** What this option actually is, shown when a learner picks it wrongly (e.g. "South Korea's law, not Japan's"). */
    note: v.optional(text()),
  },
  'an item object with "id" and "text"',
);

export const GroupSchema = object(
  {
    /** Unique among the groups. */
    id: id(),
    /** A noun phrase naming the group, without its count (that would give a select-all question away), e.g. "the multilateral export-control regimes". */
    name: text(),
    /** What belongs to the group, at least two. */
    members: list(GroupItemSchema, 'members', 2),
    /** Plausible non-members, used as distractors. */
    distractors: list(GroupItemSchema, 'distractors', 1),
    ...taught,
  },
  'a group object',
);

export const BlankSchema = object(
  {
    /** Unique among the blanks. */
    id: id(),
    /** The sentence before the gap, spaces included; may be "" (but not together with `after`). */
    before: optionalText,
    /** What goes in the gap. It must appear word for word in the text of its section. */
    answer: text(),
    /** The sentence after the gap, spaces included; may be "". */
    after: optionalText,
    /**
     * Every other answer that correctly completes the sentence (other spellings,
     * synonyms). A date is accepted in any common written form without listing them.
     */
    alternatives: v.optional(list(text(), 'alternatives')),
    /**
     * Wrong words for the gap, at least two: with them the blank is asked as a choice ("blank-choice")
     * instead of a typed answer. Give them when the point is the rule rather than the word and the
     * natural answers are too many to list, or too easy to give half right. None may be an accepted answer.
     */
    distractors: v.optional(list(text(), 'distractors', 2)),
    /** What the learner should take from the sentence, beyond the completed sentence itself (shown after answering). */
    explanation: v.optional(text()),
    ...taught,
  },
  'a fill-in-the-blank object',
);

export const ComparisonSchema = object(
  {
    /** The table's id. */
    id: id(),
    /** The table's caption. */
    title: text(),
    /** What is compared, at least two. */
    columns: list(
      object(
        {
          /** Unique among the columns. */
          id: id(),
          /** The column heading. */
          title: text(),
        },
        'a column object',
      ),
      'columns',
      2,
    ),
    /** The points of comparison, at least one. */
    rows: list(
      object(
        {
          /** Unique among the rows. */
          id: id(),
          /** What the row compares, shown as its heading. */
          criterion: text(),
          /** Exactly one cell per column, in column order. */
          cells: list(text(), 'cells', 2),
          /** The ids of the sources that back the row, one to three. */
          sources: references('source'),
        },
        'a comparison row object',
      ),
      'rows',
      1,
    ),
    ...taught,
  },
  'a comparison object',
);

/**
 * A figure drawn from data, shown in its section after the core text: a `flow` of steps read in
 * order (two gates, a supply chain), or `states` over time (a country's place on a list, period by
 * period). Rendered as real lists and tables, so screen readers, print and forced colours get the
 * same content as the picture.
 */
export const FigureSchema = v.variant(
  'kind',
  [
    object(
      {
        /** "flow": steps read in order. */
        kind: v.literal('flow'),
        /** Unique among the figures. */
        id: id(),
        /** The id of the section the figure is shown in. */
        section: id('a section'),
        /** The figure's heading. */
        title: text(),
        /** One or two sentences that say what the figure shows. */
        caption: text(),
        /** The steps in order, at least two. */
        steps: list(
          object(
            {
              /** The step's name. */
              label: text(),
              /** A short explanation shown after the step's name. */
              detail: v.optional(text()),
            },
            'a step with "label" and optional "detail"',
          ),
          'steps',
          2,
        ),
        /** The ids of the sources that back the figure, one to three. */
        sources: references('source'),
      },
      'a flow figure',
    ),
    object(
      {
        /** "states": each subject's state over time. */
        kind: v.literal('states'),
        /** Unique among the figures. */
        id: id(),
        /** The id of the section the figure is shown in. */
        section: id('a section'),
        /** The figure's heading. */
        title: text(),
        /** One or two sentences that say what the figure shows. */
        caption: text(),
        /** One row per subject (e.g. "South Korea in Japan's system"), each a run of states from a date. */
        rows: list(
          object(
            {
              /** The subject of the row. */
              label: text(),
              /** The subject's states in date order, each lasting until the next. */
              states: list(
                object(
                  {
                    /** When the state began: "2019-08-28", "2019-08" or "2019". */
                    from: partialDate,
                    /** The state, e.g. "Group B". */
                    label: text(),
                  },
                  'a state with "from" and "label"',
                ),
                'states',
                1,
              ),
              /** The row's own sources, when its dates need more than the figure's three. */
              sources: v.optional(references('source')),
            },
            'a row with "label", "states" and optional "sources"',
          ),
          'rows',
          1,
        ),
        /** The ids of the sources that back the figure, one to three. */
        sources: references('source'),
      },
      'a states figure',
    ),
    object(
      {
        /** "bars": a bar chart of values in one unit, such as shares of world supply. */
        kind: v.literal('bars'),
        /** Unique among the figures. */
        id: id(),
        /** The id of the section the figure is shown in. */
        section: id('a section'),
        /** The figure's heading. */
        title: text(),
        /** One or two sentences that say what the figure shows, and how sure its numbers are. */
        caption: text(),
        /** What the values count, e.g. "percent of world supply" or "days". */
        unit: text(),
        /** The end of the value axis (default: the largest value), e.g. 100 for percentages. */
        max: v.optional(v.pipe(v.number(expected('a number')), v.finite(expected('a finite number')), v.minValue(0, expected('a number of at least 0')))),
        /** The bars in the order shown, at least two. */
        bars: list(
          object(
            {
              /** What the bar measures. */
              label: text(),
              /** The value the bar's length shows. */
              value: v.pipe(v.number(expected('a number')), v.finite(expected('a finite number')), v.minValue(0, expected('a number of at least 0'))),
              /** The value as the text says it, when a bare number would claim too much precision ("about 90"). */
              display: v.optional(text()),
              /** The bar's own sources, when the figure's do not cover it. */
              sources: v.optional(references('source')),
            },
            'a bar with "label", "value" and optional "display" and "sources"',
          ),
          'bars',
          2,
        ),
        /** The ids of the sources that back the figure, one to three. */
        sources: references('source'),
      },
      'a bars figure',
    ),
  ],
  expected('a figure whose "kind" is "flow", "states" or "bars"'),
);

export const DecisionAnswerSchema = object(
  {
    /** Unique within its question: scenarios' `choices` name the answer by it. */
    id: id(),
    /** The answer as the reader sees it. */
    label: text(),
    /** The id of the node this answer leads to. */
    next: id('a node'),
  },
  'an answer object with "id", "label" and "next"',
);

export const DecisionNodeSchema = v.variant(
  'kind',
  [
    object(
      {
        /** "question": a step that asks the reader to choose. */
        kind: v.literal('question'),
        /** Unique among the nodes. */
        id: id(),
        /** The question asked at this step. */
        text: text(),
        /** A hint shown with the question. */
        help: v.optional(text()),
        /** The possible answers, at least two. */
        answers: list(DecisionAnswerSchema, 'answers', 2),
      },
      'a question node',
    ),
    object(
      {
        /** "outcome": where a walk ends. */
        kind: v.literal('outcome'),
        /** Unique among the nodes. */
        id: id(),
        /** The outcome in a few words; outcome titles must exclude each other. */
        title: text(),
        /** Why this outcome applies, shown at the end of a walk. */
        explanation: text(),
        /** The ids of the sources that back the outcome, one to three. */
        sources: references('source'),
      },
      'an outcome node',
    ),
  ],
  expected('a node whose "kind" is "question" or "outcome"'),
);

export const ScenarioSchema = object(
  {
    /** Unique among the scenarios. */
    id: id(),
    /** The case's name. */
    title: text(),
    /** The facts of the case that the path uses, and nothing that gives the outcome away. */
    description: text(),
    /** The answer chosen at each question on the way, keyed by question node id. */
    choices: v.record(id('a question node'), id('an answer'), expected('an object of question id to answer id')),
    /** The id of the outcome node the choices lead to. */
    outcome: id('an outcome node'),
    /** Why this case has its outcome: the deciding rule, named. Without it, the outcome's general explanation is shown. */
    explanation: v.optional(text()),
    /** Keys (ids you choose) shared by items that state the same fact or give each other away: a quiz never asks two of them. */
    facts: factKeys,
  },
  'a scenario object',
);

export const DecisionTreeSchema = object(
  {
    /** The tree's id. */
    id: id(),
    /** The tree's heading. */
    title: text(),
    /** Whose rules the simplified model follows, shown with the walk. */
    model: text(),
    /** The question a worked scenario asks, e.g. "What does the exporter need?". */
    outcomeQuestion: v.optional(text()),
    /** The id of the first question node. */
    start: id('a node'),
    /** The question and outcome nodes, at least three. */
    nodes: list(DecisionNodeSchema, 'nodes', 3),
    /** Worked cases, each walked from `start`; may be []. */
    scenarios: list(ScenarioSchema, 'scenarios'),
    ...taught,
  },
  'a decision tree object',
);

/**
 * The whole file. Lists of items are required but may be empty, and no field
 * has a default: the parsed file is exactly the file, so content bundled at
 * build time needs no parsing at run time.
 */
export const ContentSchema = object(
  {
    /** The path of content/schema.json from this file, e.g. "./schema.json", for your editor. Ignored by the components. */
    $schema: v.optional(v.string(expected('the URL or path of the JSON Schema'))),
    /** The file's id, e.g. "solar-system"; shown with the version in quiz output. */
    id: id(),
    /** The title of the explainer. */
    title: text(),
    /** A language tag ("en", "ko", "ja", "en-GB"): it chooses the wording of questions and how dates are written. */
    language: languageTag('a language tag'),
    /** "1.0" or "1.0.0". Raise it whenever you change facts, so a quiz can be traced to its content. */
    version: v.pipe(
      v.string(expected('a version like "1.0.0"')),
      v.regex(/^\d+\.\d+(?:\.\d+)?$/, expected('a version like "1.0.0"')),
    ),
    /** The full date you last checked the facts against the sources, e.g. "2026-11-28". */
    lastReviewed: fullDate,
    /** One sentence telling readers what they will learn. */
    summary: v.optional(text()),
    /** The big strands of the topic, at least one; the quiz spreads its questions across them. */
    themes: list(ThemeSchema, 'themes', 1),
    /** Organisations, governments and countries that act in events or state positions; may be []. */
    actors: list(ActorSchema, 'actors'),
    /** Everything the file cites, at least one. */
    sources: list(SourceSchema, 'sources', 1),
    /** The explainer's text, at least one section. */
    sections: list(SectionSchema, 'sections', 1),
    /** Glossary terms: inline definitions and term questions; may be []. */
    glossary: list(TermSchema, 'glossary terms'),
    /** Dated events: the timeline and date, order and match questions; may be []. */
    events: list(EventSchema, 'events'),
    /** True/false statements for the quiz; may be []. */
    claims: list(ClaimSchema, 'claims'),
    /** Named sets with members and non-members, for group questions; may be []. */
    groups: list(GroupSchema, 'groups'),
    /** Fill-in-the-blank sentences; may be []. */
    blanks: list(BlankSchema, 'fill-in sentences'),
    /** One comparison table, shown in the explainer only. */
    comparison: v.optional(ComparisonSchema),
    /** One decision tree the reader walks, with worked scenarios for the quiz. */
    decisionTree: v.optional(DecisionTreeSchema),
    /** Figures drawn from data, each shown in its section. */
    figures: v.optional(list(FigureSchema, 'figures')),
    /** For teachers: what students learn and a plan for one class period. Reading times are computed. */
    lesson: v.optional(LessonSchema),
  },
  'a content object',
);

export type Content = v.InferOutput<typeof ContentSchema>;
export type Theme = Content['themes'][number];
export type Actor = Content['actors'][number];
export type Source = Content['sources'][number];
export type Section = Content['sections'][number];
export type DeeperBlock = NonNullable<Section['deeper']>[number];
export type Lesson = NonNullable<Content['lesson']>;
export type Figure = NonNullable<Content['figures']>[number];
export type Paragraph = Section['paragraphs'][number];
export type Run = Paragraph['text'][number];
export type Term = Content['glossary'][number];
export type TimelineEvent = Content['events'][number];
export type Claim = Content['claims'][number];
export type Group = Content['groups'][number];
export type GroupItem = Group['members'][number];
export type Blank = Content['blanks'][number];
export type Comparison = NonNullable<Content['comparison']>;
export type DecisionTree = NonNullable<Content['decisionTree']>;
export type DecisionNode = DecisionTree['nodes'][number];
export type DecisionQuestion = Extract<DecisionNode, { kind: 'question' }>;
export type DecisionAnswer = DecisionQuestion['answers'][number];
export type DecisionOutcome = Extract<DecisionNode, { kind: 'outcome' }>;
export type Scenario = DecisionTree['scenarios'][number];
