/**
 * Reading time, kept apart from the full readability check so that the explainer's teacher
 * box can show it without loading sentence splitting and grade formulas.
 */
import type { Content, Section } from './schema.js';
import { plainText } from './text.js';

/** Reading speeds for secondary-school readers: words per minute, or characters for Japanese and Korean. */
export const WORDS_PER_MINUTE = 200;
export const CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = { ja: 450, ko: 500 };

/** Whole minutes to read the texts once, rounded up. */
export function minutesToRead(texts: readonly string[], language: string): number {
  const perMinute = CHARACTERS_PER_MINUTE[language.split('-')[0]!.toLowerCase()];
  if (perMinute) return Math.ceil(texts.join('').replace(/\s/g, '').length / perMinute);
  const words = texts.reduce((total, text) => total + text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length, 0);
  return Math.ceil(words / WORDS_PER_MINUTE);
}

/** The sections in the order the explainer shows them: by theme, then as listed. */
export function sectionsInReadingOrder(content: Content): Section[] {
  return content.themes.flatMap((theme) => content.sections.filter((section) => section.theme === theme.id));
}

/** The texts of a section's core layer: its key point, then its main paragraphs. */
export function coreTexts(section: Section): string[] {
  return [...(section.keyPoint ? [section.keyPoint] : []), ...section.paragraphs.map((paragraph) => plainText(paragraph.text))];
}

/** The texts of a section's "go deeper" blocks. */
export function deeperTexts(section: Section): string[] {
  return (section.deeper ?? []).flatMap((block) => block.paragraphs.map((paragraph) => plainText(paragraph.text)));
}

/** Minutes to read the core layer and everything, for the teacher box. */
export function readingMinutes(content: Content): { core: number; all: number } {
  const sections = sectionsInReadingOrder(content);
  const core = sections.flatMap(coreTexts);
  return { core: minutesToRead(core, content.language), all: minutesToRead([...core, ...sections.flatMap(deeperTexts)], content.language) };
}
