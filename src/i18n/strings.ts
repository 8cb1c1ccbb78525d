/**
 * Every UI string the components show (the teaching text comes from content).
 * One typed dictionary per language; English is bundled, others load lazily.
 */
export interface UiStrings {
  contents: string;
  glossary: string;
  sources: string;
  timeline: string;
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
  invalidContent(count: number): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: UiStrings = {
  contents: 'Contents',
  glossary: 'Glossary',
  sources: 'Sources',
  timeline: 'Timeline',
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
  filterByActor: 'Country or body',
  filterByTheme: 'Theme',
  all: 'All',
  eventsShown: (count) => `${plural(count, 'event', 'events')} shown`,
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
  step: (n) => `Question ${n}`,
  loading: 'Loading the explainer…',
  loadFailed: (detail) => `The content could not be loaded (${detail}).`,
  retry: 'Try again',
  invalidContent: (count) =>
    `The content file has ${plural(count, 'problem', 'problems')}. Nothing is shown until ${count === 1 ? 'it is' : 'they are'} fixed:`,
};

const loaders: Record<string, () => Promise<UiStrings>> = {};

/** Registers a lazily loaded language (Korean and Japanese add themselves here). */
export function registerStrings(language: string, load: () => Promise<UiStrings>): void {
  loaders[language] = load;
}

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
