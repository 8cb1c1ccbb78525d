/** Plain-text views of content, for checks and for question generation (never markup). */
import type { Content, Paragraph, Run, Section } from './schema.js';

/** The text of a run, whether plain or a marked glossary term. */
export const runText = (run: Run): string => (typeof run === 'string' ? run : run.text);

/** The plain text of a paragraph's runs, joined as written. */
export const plainText = (runs: readonly Run[]): string => runs.map(runText).join('');

export function findSection(content: Content, sectionId: string): Section | undefined {
  return content.sections.find((section) => section.id === sectionId);
}

/** Every paragraph of a section, the core story first, then its "go deeper" blocks. */
export function allParagraphs(section: Section): Paragraph[] {
  return [...section.paragraphs, ...(section.deeper ?? []).flatMap((block) => block.paragraphs)];
}

/** All text of a section (key point, paragraphs and "go deeper" blocks), as one string. */
export function sectionText(content: Content, sectionId: string): string {
  const section = findSection(content, sectionId);
  if (!section) return '';
  return [...(section.keyPoint ? [section.keyPoint] : []), ...allParagraphs(section).map((paragraph) => plainText(paragraph.text))].join('\n');
}

/** Ids of the glossary terms a section marks inline, in any layer. */
export function termsMarkedIn(section: Section): Set<string> {
  const ids = new Set<string>();
  for (const paragraph of allParagraphs(section)) {
    for (const run of paragraph.text) if (typeof run !== 'string') ids.add(run.term);
  }
  return ids;
}
