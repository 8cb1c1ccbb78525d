/**
 * How readable the explainer's text is, per section and for the core layer (key points and
 * the main paragraphs, without the "go deeper" blocks): words, sentences, reading time, the
 * Flesch–Kincaid grade for English, sentences over 30 words, and acronyms used before they
 * are explained. Korean and Japanese get reading time and sentence length only: grade
 * formulas are built on English syllables and do not carry over.
 */
import type { Content, Paragraph, Section } from './schema.js';
import { coreTexts, deeperTexts, minutesToRead, readingMinutes, sectionsInReadingOrder } from './reading-time.js';

export { coreTexts, readingMinutes, sectionsInReadingOrder };

/** Every paragraph of a section's "go deeper" blocks. */
function deeperParagraphs(section: Section): Paragraph[] {
  return (section.deeper ?? []).flatMap((block) => block.paragraphs);
}

export interface TextMeasure {
  /** Words (English, Korean: spaced words; Japanese: not counted, see `characters`). */
  words: number;
  sentences: number;
  /** Characters without spaces: the unit of reading speed for Korean and Japanese. */
  characters: number;
  /** Estimated minutes to read once, rounded up. */
  minutes: number;
  /** Mean sentence length in words (Korean: spaced words; Japanese: characters). */
  meanSentence: number;
  /** Flesch–Kincaid grade (English only). */
  grade?: number;
}

export interface SectionReadability extends TextMeasure {
  section: string;
  title: string;
  /** The same measures for the core layer alone. */
  core: TextMeasure;
}

export interface LongSentence {
  section: string;
  words: number;
  text: string;
}

export interface UnexplainedAcronym {
  section: string;
  acronym: string;
  /** The sentence where it first appears. */
  text: string;
}

export interface ReadabilityReport {
  language: string;
  sections: SectionReadability[];
  core: TextMeasure;
  all: TextMeasure;
  /** Sentences of more than `LONG_SENTENCE` words (English and Korean), in reading order. */
  longSentences: LongSentence[];
  /** Acronyms whose first use neither spells them out nor is a marked glossary term (English). */
  unexplainedAcronyms: UnexplainedAcronym[];
}

export const LONG_SENTENCE = 30;


const baseLanguage = (language: string) => language.split('-')[0]!.toLowerCase();

/** Splits text into sentences: at . ! ? followed by a capital or a quote in English; at 。！？ and . in Korean and Japanese. */
export function sentencesOf(text: string, language: string): string[] {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  if (!cleaned) return [];
  const pattern =
    baseLanguage(language) === 'en'
      ? /(?<=[.!?][”’")]?)\s+(?=[A-Z0-9“‘"(])/u
      : /(?<=[。！？]|[.!?](?=\s))\s*/u;
  return cleaned
    .split(pattern)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** English syllables by vowel groups, with the usual silent-e and -le corrections; numbers count one per digit group. */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length >= 4 ? 2 : 1) : 0;
  if (letters.length <= 3) return 1;
  let stem = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0]!);
  stem = stem.replace(/^y/, '');
  // A final consonant + "le" keeps its "e" above, so it counts as the syllable it is ("ta-ble").
  return Math.max(1, stem.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

function measure(texts: readonly string[], language: string): TextMeasure {
  const lang = baseLanguage(language);
  const sentences = texts.flatMap((text) => sentencesOf(text, language));
  const words = sentences.flatMap(wordsOf);
  const characters = texts.join('').replace(/\s/g, '').length;
  const minutes = minutesToRead(texts, language);
  const sentenceLength = lang === 'ja' ? characters : words.length;
  const result: TextMeasure = {
    words: lang === 'ja' ? 0 : words.length,
    sentences: sentences.length,
    characters,
    minutes,
    meanSentence: sentences.length ? round(sentenceLength / sentences.length) : 0,
  };
  if (lang === 'en' && words.length && sentences.length) {
    const syllableCount = words.reduce((total, word) => total + syllables(word), 0);
    result.grade = round(0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59);
  }
  return result;
}

const round = (value: number) => Math.round(value * 10) / 10;

const ACRONYM = /(?<![\p{L}\p{N}])(?:[A-Z][A-Z0-9&]*[A-Z0-9]|G\d+)(?![\p{L}\p{N}])/gu;

/**
 * Acronyms (two or more capitals, or G7 and the like) whose first use in reading order is not
 * explained: explained means written right after its long form in brackets ("weapons of mass
 * destruction (WMD)"), followed by its meaning in brackets ("METI (Japan's trade ministry)"),
 * or marked as a glossary term, whose definition the reader can open where it stands.
 */
function unexplainedAcronyms(content: Content): UnexplainedAcronym[] {
  const seen = new Set<string>();
  const found: UnexplainedAcronym[] = [];
  for (const section of sectionsInReadingOrder(content)) {
    const paragraphs = [
      ...(section.keyPoint ? [{ text: [section.keyPoint] } as Pick<Paragraph, 'text'>] : []),
      ...section.paragraphs,
      ...deeperParagraphs(section),
    ];
    for (const paragraph of paragraphs) {
      for (const run of paragraph.text) {
        const text = typeof run === 'string' ? run : run.text;
        for (const match of text.matchAll(ACRONYM)) {
          const acronym = match[0];
          if (seen.has(acronym)) continue;
          seen.add(acronym);
          if (typeof run !== 'string') continue; // a marked term explains itself
          const before = text.slice(0, match.index);
          const after = text.slice(match.index + acronym.length);
          const spelledOutBefore = /\($/.test(before) && /^\)/.test(after);
          const explainedAfter = /^\s*\(/.test(after);
          if (spelledOutBefore || explainedAfter) continue;
          const sentence = sentencesOf(text, content.language).find((candidate) => candidate.includes(acronym)) ?? text;
          found.push({ section: section.id, acronym, text: sentence });
        }
      }
    }
  }
  return found;
}

export function readability(content: Content): ReadabilityReport {
  const language = content.language;
  const ordered = sectionsInReadingOrder(content);
  const sections = ordered.map((section): SectionReadability => {
    const core = coreTexts(section);
    const deeper = deeperTexts(section);
    return { section: section.id, title: section.title, ...measure([...core, ...deeper], language), core: measure(core, language) };
  });
  const longSentences: LongSentence[] = [];
  if (baseLanguage(language) !== 'ja') {
    for (const section of ordered) {
      const texts = [...coreTexts(section), ...deeperTexts(section)];
      for (const sentence of texts.flatMap((text) => sentencesOf(text, language))) {
        const words = wordsOf(sentence).length;
        if (words > LONG_SENTENCE) longSentences.push({ section: section.id, words, text: sentence });
      }
    }
  }
  return {
    language,
    sections,
    core: measure(ordered.flatMap(coreTexts), language),
    all: measure(ordered.flatMap((section) => [...coreTexts(section), ...deeperTexts(section)]), language),
    longSentences,
    unexplainedAcronyms: baseLanguage(language) === 'en' ? unexplainedAcronyms(content) : [],
  };
}
