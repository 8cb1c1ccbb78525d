/**
 * Synthetic but valid content of any size, for benchmarks and large-content
 * tests: the same shape as real content, with sections of about 20 facts.
 */
import type { Content, Run } from '../src/core/content/schema.js';

export function makeSyntheticContent(facts: number): Content {
  const perSection = 20;
  const sectionCount = Math.max(3, Math.ceil(facts / perSection));
  const themes = ['alpha', 'beta', 'gamma'].map((id) => ({ id, title: `Theme ${id}` }));
  const sections = Array.from({ length: sectionCount }, (_, i) => ({
    id: `section-${i}`,
    theme: themes[i % 3]!.id,
    title: `Section ${i}`,
    paragraphs: [] as { text: Run[]; sources: string[] }[],
  }));
  const sources = sections.map((section, i) => ({
    id: `source-${i}`,
    title: `Source for ${section.title}`,
    publisher: 'Synthetic Press',
    url: `https://example.org/source/${i}`,
  }));
  const content: Content = {
    id: `synthetic-${facts}`,
    title: `Synthetic content with ${facts} facts`,
    language: 'en',
    version: '1.0.0',
    lastReviewed: '2026-11-28',
    themes,
    actors: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    sources,
    sections,
    glossary: [],
    events: [],
    claims: [],
    groups: [],
    blanks: [],
  };
  for (let i = 0; i < facts; i++) {
    const s = Math.floor(i / perSection) % sectionCount;
    const section = sections[s]!;
    const taught = { theme: section.theme, section: section.id, sources: [`source-${s}`] };
    switch (i % 10) {
      case 0:
      case 1:
      case 2: {
        const id = `term-${i}`;
        content.glossary.push({ id, term: `Term ${i}`, definition: `The meaning of entry number ${i * 7 + 3}.`, category: `category-${Math.floor(i / 30)}`, aliases: [], ...taught });
        section.paragraphs.push({ text: ['This paragraph explains ', { term: id, text: `term ${i}` }, '.'], sources: taught.sources });
        break;
      }
      case 3:
      case 4:
      case 5: {
        const year = 1900 + ((i * 37) % 120);
        const month = ((i * 5) % 12) + 1;
        content.events.push({ id: `event-${i}`, date: `${year}-${String(month).padStart(2, '0')}`, title: `Event number ${i}`, description: `What happened in event ${i}.`, actors: [i % 2 ? 'north' : 'south'], ...taught });
        break;
      }
      case 6:
      case 7:
        content.claims.push({ id: `claim-${i}`, statement: `Statement ${i} holds.`, truth: i % 3 !== 0, explanation: `Explanation of statement ${i}.`, ...taught });
        break;
      case 8:
        content.blanks.push({ id: `blank-${i}`, before: 'The key phrase is ', answer: `phrase${i}`, after: '.', ...taught });
        section.paragraphs.push({ text: [`The key phrase is phrase${i}.`], sources: taught.sources });
        break;
      default:
        content.groups.push({
          id: `group-${i}`,
          name: `the members of set ${i}`,
          members: [1, 2, 3, 4].map((m) => ({ id: `m${m}`, text: `member ${m} of set ${i}` })),
          distractors: [1, 2, 3].map((d) => ({ id: `d${d}`, text: `outsider ${d} of set ${i}` })),
          ...taught,
        });
    }
  }
  for (const section of sections) {
    if (section.paragraphs.length === 0) section.paragraphs.push({ text: ['An introduction.'], sources: [sources[0]!.id] });
  }
  return content;
}
