/**
 * Every UI string the components show (the teaching text comes from content).
 * One typed dictionary per language; English is bundled, others load lazily.
 */
import type { SourceKind } from '../core/content/source-kinds.js';

export interface UiStrings {
  /** The language these strings are in (a content file in another language shows them marked as such). */
  language: string;
  contents: string;
  glossary: string;
  sources: string;
  /** The summary of the collapsed source list. */
  allSources(count: number): string;
  /** Headings of the source list's groups, by the kind of body behind a source ("other": no kind given). */
  sourceKinds: Record<SourceKind | 'other', string>;
  timeline: string;
  /** The way back after following a link within the page (a citation, a quiz's review link). */
  backToText: string;
  backToQuestion(n: number): string;
  /** A bar chart's table of numbers: the button that shows or hides it (its state is `aria-expanded`), its first column, and the value axis's end. */
  figureData: string;
  figureItem: string;
  axisEnd(max: string): string;
  /** The way back from a check's "Review …" link. */
  backToCheck: string;
  /** "Check yourself" blocks inside the explainer: heading, what they are (by how many questions), and the quiz's note when it repeats their facts. */
  checkYourself: string;
  checksIntro(questions: number): string;
  checksRepeated(questions: number): string;
  /** The label before a section's one-sentence key point. */
  keyPoint: string;
  /** The summary of a collapsed "go deeper" block. */
  goDeeper(title: string): string;
  /** The heading of a theme's discussion question. */
  discuss: string;
  /** The summary of the collapsed box for teachers. */
  forTeachers: string;
  /** Reading time of the main text and of everything, in whole minutes. */
  readingTime(core: number, all: number): string;
  learningObjectives: string;
  /** The heading over the lesson's handouts (evidence cards, grids, answer keys). */
  lessonMaterials: string;
  /** After the materials when the content has answer keys: they are on the teacher page only. */
  answerKeysOnTeacherPage: string;
  /** The heading of the lesson outline, with its total length. */
  lessonPlan(minutes: number): string;
  minutes(count: number): string;
  /** The skip link from the top of the explainer to the quiz. */
  skipToQuiz: string;
  keyDates: string;
  inBrief: string;
  lastReviewed(date: string): string;
  citation(number: number): string;
  citationsLabel: string;
  positionOf(actor: string): string;
  sourcePublished(publisher: string, date?: string): string;
  opensInNewTab: string;
  definitionOf(term: string): string;
  closeDefinition: string;
  explainedIn(section: string): string;
  filterByActor: string;
  filterByTheme: string;
  all: string;
  eventsShown(count: number): string;
  /** The toggle between the key events (the default) and all of them. */
  showAllEvents(count: number): string;
  noEvents: string;
  showDetails: string;
  timelineHelp: string;
  simplifiedModel: string;
  back: string;
  startOver: string;
  workedExamples: string;
  loadExample: string;
  chooseExample: string;
  yourAnswers: string;
  outcome: string;
  step(current: number): string;
  loading: string;
  loadFailed(detail: string): string;
  retry: string;
  /** The quiz's code did not arrive (the connection dropped after the lesson loaded). Browsers keep a failed module load, so only a reload tries again. */
  quizLoadFailed: string;
  reloadPage: string;
  invalidContent(count: number): string;
  quiz: string;
  quizIntro(count: number): string;
  questionOf(current: number, total: number): string;
  /** Said before a question's prompt (screen readers only), with its own punctuation. */
  promptPrefix(current: number, total: number): string;
  progressLabel: string;
  check: string;
  next: string;
  previous: string;
  finish: string;
  seeResults: string;
  correct: string;
  incorrect: string;
  /** Verdict for an answer with partial credit (match, order, select-all). */
  partlyRight: string;
  /** Match: `right` of `total` items paired rightly. */
  pairsRight(right: number, total: number): string;
  /** Order: `right` of `total` events already in the right order relative to each other. */
  inRightOrder(right: number, total: number): string;
  /** Select-all: `right` of `total` right options chosen, and `wrong` wrong ones. */
  rightChoices(right: number, total: number, wrong: number): string;
  /** The credit an answer earns, already formatted (e.g. "0.67"), of one point. */
  creditLine(credit: string): string;
  yourAnswer: string;
  noAnswer: string;
  correctAnswer: string;
  explanation: string;
  /** Label before what a chosen wrong option actually is. */
  aboutYourChoice: string;
  reviewSection(section: string): string;
  explainedInSection(section: string): string;
  answerRequired: string;
  results: string;
  /** `score` is formatted; `partial`: it has decimals (partial credit), so it is worded as points. */
  scoreLine(score: string, total: number, percent: string, partial: boolean): string;
  /** After the score: how many answers were partly right. */
  partlyRightLine(count: number): string;
  byTheme: string;
  theme: string;
  score: string;
  review: string;
  retryMissed: string;
  /** Spaced practice: how many earlier-missed items are due, the button, the schedule and forgetting. */
  practiceDue(due: number): string;
  practiseNow(questions: number): string;
  practiceSchedule: string;
  forgetProgress: string;
  progressForgotten: string;
  newQuiz: string;
  /** Asked before "New quiz" erases a finished quiz's result. */
  newQuizWarning: string;
  startNewQuiz: string;
  cancel: string;
  seedLine(seed: string): string;
  roundLine(round: number): string;
  practiceMode: string;
  testMode: string;
  testModeHelp: string;
  unansweredWarning(count: number): string;
  moveUp(item: string): string;
  moveDown(item: string): string;
  movedTo(item: string, position: number, total: number): string;
  orderHelp: string;
  matchChoose: string;
  selectAllHelp: string;
  fillBlankLabel: string;
  blank: string;
  noQuestions: string;
  allCorrect: string;
  resultCode: string;
  resultCodeHelp: string;
  nameLabel: string;
  copyCode: string;
  copied: string;
  copyFailed: string;
  downloadJson: string;
  downloadCsv: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: UiStrings = {
  language: 'en',
  contents: 'Contents',
  glossary: 'Glossary',
  sources: 'Sources',
  allSources: (count) => `All ${plural(count, 'source', 'sources')}, by who published them`,
  sourceKinds: {
    government: 'Governments and official bodies',
    court: 'Courts',
    regime: 'International organisations and export-control regimes',
    news: 'News organisations',
    research: 'Research institutes and law firms',
    reference: 'Reference works',
    other: 'Other sources',
  },
  timeline: 'Timeline',
  backToText: 'Back to the text',
  backToQuestion: (n) => `Back to question ${n}`,
  backToCheck: 'Back to the check',
  figureData: 'The numbers as a table',
  figureItem: 'Item',
  axisEnd: (max) => `bars measured from 0 to ${max}`,
  checkYourself: 'Check yourself',
  checksIntro: (n) => (n === 1 ? 'A quick question on what you just read. Nothing is scored.' : 'Quick questions on what you just read. Nothing is scored.'),
  checksRepeated: (n) =>
    n === 1
      ? 'One question here asks about something a check in the text already asked: the lesson has too few other facts for a quiz this long.'
      : `${n} questions here ask about things the checks in the text already asked: the lesson has too few other facts for a quiz this long.`,
  keyPoint: 'Key point',
  goDeeper: (title) => `Go deeper: ${title}`,
  discuss: 'Discuss',
  forTeachers: 'For teachers: objectives, lesson plan and reading time',
  readingTime: (core, all) => `Reading time: about ${core} min for the main text, ${all} min with every “Go deeper” part.`,
  learningObjectives: 'Learning objectives',
  lessonMaterials: 'Materials to hand out',
  answerKeysOnTeacherPage: 'The answer keys to these materials are on the teacher page, not here, where students can open them.',
  lessonPlan: (minutes) => `A ${minutes}-minute lesson`,
  minutes: (count) => `${count} min`,
  skipToQuiz: 'Skip to the quiz',
  keyDates: 'Key dates',
  inBrief: 'In brief',
  lastReviewed: (date) => `Last reviewed ${date}`,
  citation: (n) => `Source ${n}`,
  citationsLabel: 'Sources for this paragraph',
  positionOf: (actor) => `Position of ${actor}`,
  sourcePublished: (publisher, date) => (date ? `${publisher}, ${date}` : publisher),
  opensInNewTab: '(opens in a new tab)',
  definitionOf: (term) => `Definition of ${term}`,
  closeDefinition: 'Close definition',
  explainedIn: (section) => `Explained in “${section}”`,
  filterByActor: 'Who took part',
  filterByTheme: 'Theme',
  all: 'All',
  eventsShown: (count) => `${plural(count, 'event', 'events')} shown`,
  showAllEvents: (count) => `Show all ${count} events`,
  noEvents: 'No events match these filters.',
  showDetails: 'Show details',
  timelineHelp: 'Use the arrow keys to move between events; Enter shows details.',
  simplifiedModel: 'Simplified model',
  back: 'Back',
  startOver: 'Start over',
  workedExamples: 'Worked examples',
  loadExample: 'Load example',
  chooseExample: 'Choose an example',
  yourAnswers: 'Your answers so far',
  outcome: 'Outcome',
  step: (n) => `Step ${n}`,
  loading: 'Loading the explainer…',
  loadFailed: (detail) => `The content could not be loaded (${detail}).`,
  quizLoadFailed: 'The quiz could not be loaded. Check your internet connection, then reload the page to load the quiz.',
  reloadPage: 'Reload the page',
  retry: 'Try again',
  invalidContent: (count) =>
    `The content file has ${plural(count, 'problem', 'problems')}. Nothing is shown until ${count === 1 ? 'it is' : 'they are'} fixed:`,
  quiz: 'Check what you learned',
  quizIntro: (count) => `${plural(count, 'question', 'questions')}, generated from the explainer above.`,
  questionOf: (current, total) => `Question ${current} of ${total}`,
  promptPrefix: (current, total) => `Question ${current} of ${total}: `,
  progressLabel: 'Quiz progress',
  check: 'Check',
  next: 'Next question',
  previous: 'Previous question',
  finish: 'Finish',
  seeResults: 'See results',
  correct: 'Correct',
  incorrect: 'Not quite',
  partlyRight: 'Partly right',
  pairsRight: (right, total) => `${right} of ${total} pairs right`,
  inRightOrder: (right, total) => `${right} of ${total} in the right order`,
  rightChoices: (right, total, wrong) => `${right} of ${total} right ${total === 1 ? 'choice' : 'choices'}${wrong ? `, ${wrong} wrong` : ''}`,
  creditLine: (credit) => `Counts as ${credit} of 1 point.`,
  yourAnswer: 'Your answer',
  noAnswer: 'No answer',
  correctAnswer: 'Correct answer',
  explanation: 'Why',
  aboutYourChoice: 'Your choice',
  reviewSection: (section) => `Review “${section}”`,
  explainedInSection: (section) => `Explained in the section “${section}”`,
  answerRequired: 'Choose or enter an answer first.',
  results: 'Your results',
  scoreLine: (score, total, percent, partial) =>
    partial ? `You scored ${score} of ${total} ${total === 1 ? 'point' : 'points'} (${percent}).` : `You got ${score} of ${total} right (${percent}).`,
  partlyRightLine: (count) =>
    `${plural(count, 'answer was', 'answers were')} partly right and ${count === 1 ? 'counts' : 'count'} for part of a point.`,
  byTheme: 'By theme',
  theme: 'Theme',
  score: 'Score',
  review: 'Review your answers',
  retryMissed: 'Retry the ones I missed',
  practiceDue: (due) => (due === 1 ? 'One question you missed earlier is due for practice.' : `${due} questions you missed earlier are due for practice.`),
  practiseNow: (questions) => (questions === 1 ? 'Practise it now' : `Practise ${questions} now`),
  practiceSchedule: 'Questions you miss come back for practice the next day, then after 3 and 7 more days while you keep getting them right. This browser alone keeps the record.',
  forgetProgress: 'Forget my progress',
  progressForgotten: 'Your practice record is cleared.',
  newQuiz: 'New quiz',
  newQuizWarning: 'A new quiz clears this result and its code. If your teacher needs the code, copy or download it first.',
  startNewQuiz: 'Start a new quiz',
  cancel: 'Cancel',
  seedLine: (seed) => `Quiz code (seed): ${seed}. The same code rebuilds the same quiz.`,
  roundLine: (round) => `Retry round ${round - 1}`,
  practiceMode: 'Practice: check each answer as you go.',
  testMode: 'Test: answers are marked when you finish.',
  testModeHelp: 'You can go back and change any answer until you finish.',
  unansweredWarning: (count) => `${plural(count, 'question is', 'questions are')} still unanswered.`,
  moveUp: (item) => `Move “${item}” up`,
  moveDown: (item) => `Move “${item}” down`,
  movedTo: (item, position, total) => `“${item}” is now ${position} of ${total}.`,
  orderHelp: 'Use the move buttons to change the order.',
  matchChoose: 'Choose…',
  selectAllHelp: 'Select all that apply.',
  fillBlankLabel: 'Your answer for the blank',
  blank: 'blank',
  noQuestions: 'This content and these settings yield no questions.',
  allCorrect: 'Everything right: nothing to retry.',
  resultCode: 'Your result code',
  resultCodeHelp: 'Hand this code to your teacher: it holds your answers and score, and nothing else.',
  nameLabel: 'Name or nickname (optional, added to the code)',
  copyCode: 'Copy code',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the code and copy it yourself.',
  downloadJson: 'Download results (JSON)',
  downloadCsv: 'Download results (CSV)',
};

/** Other languages load on demand, as chunks beside the main bundle. */
const loaders: Record<string, () => Promise<UiStrings>> = {
  ko: () => import('./ko.js').then((module) => module.ko),
  ja: () => import('./ja.js').then((module) => module.ja),
};

/** The UI languages available. */
export const UI_LANGUAGES = ['en', 'ko', 'ja'] as const;

/** The strings for a language tag: exact, then primary subtag, else English. */
export async function loadStrings(language: string): Promise<UiStrings> {
  const load = loaders[language] ?? loaders[language.split('-')[0] ?? ''];
  if (!load) return en;
  try {
    return await load();
  } catch {
    return en;
  }
}
