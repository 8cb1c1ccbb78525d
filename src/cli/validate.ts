/**
 * `npm run validate -- <file>`: checks a content file for content authors.
 * Exit 0 with a one-line summary, or exit 1 with every problem, one per line.
 * A valid file's question-quality findings (the item lint) follow as warnings:
 * they do not make the file invalid, but `npm run questions -- --lint` fails on them.
 */
import { readFileSync } from 'node:fs';
import { formatError, parseContent } from '../core/content/validate.js';
import { summarizeContent } from '../core/content/summary.js';
import { LONG_SENTENCE, readability, type ReadabilityReport, type TextMeasure } from '../core/content/readability.js';
import { formatFinding, lintContent } from '../core/questions/lint.js';
import { loadTemplates } from '../core/questions/templates/index.js';
import { runsAsScript } from './script.js';

export async function main(args: string[], program = 'npm run validate --'): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('-'));
  if (!file) {
    console.error(`Usage: ${program} <content file.json> [--readability]`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    console.error(`${file}: cannot read the file (${reason}).`);
    return 1;
  }
  const result = parseContent(source);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${file}: ${formatError(error)}`);
    console.error(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found.`);
    return 1;
  }
  console.log(`${file}: valid. ${summarizeContent(result.content)}`);
  if (args.includes('--readability')) printReadability(readability(result.content));
  await loadTemplates(result.content.language);
  const findings = lintContent(result.content);
  for (const finding of findings) console.warn(`${file}: warning: ${formatFinding(finding)}`);
  if (findings.length > 0) {
    console.warn(`${file}: ${findings.length} question-quality warning${findings.length === 1 ? '' : 's'} (see "Writing good items" in docs/authoring.md).`);
  }
  return 0;
}

/** A table per section and for the core layer; then long sentences and unexplained acronyms. */
function printReadability(report: ReadabilityReport) {
  const english = report.language.startsWith('en');
  const japanese = report.language.startsWith('ja');
  const describe = (m: TextMeasure) =>
    [
      japanese ? `${m.characters} characters` : `${m.words} words`,
      `${m.sentences} sentences`,
      `${m.meanSentence} ${japanese ? 'characters' : 'words'}/sentence`,
      `${m.minutes} min`,
      ...(m.grade !== undefined ? [`grade ${m.grade}`] : []),
    ].join(', ');
  console.log('\nReadability (core = key points and main paragraphs; all = with "go deeper" blocks):');
  for (const section of report.sections) {
    console.log(`  ${section.section.padEnd(28)} core: ${describe(section.core)}`);
    console.log(`  ${''.padEnd(28)} all:  ${describe(section)}`);
  }
  console.log(`  ${'CORE LAYER'.padEnd(28)} ${describe(report.core)}`);
  console.log(`  ${'EVERYTHING'.padEnd(28)} ${describe(report.all)}`);
  if (!japanese) {
    console.log(`\nSentences over ${LONG_SENTENCE} words: ${report.longSentences.length}`);
    for (const long of report.longSentences) console.log(`  [${long.section}] (${long.words}) ${long.text}`);
  }
  if (english) {
    console.log(`\nAcronyms used before they are explained: ${report.unexplainedAcronyms.length}`);
    for (const found of report.unexplainedAcronyms) console.log(`  [${found.section}] ${found.acronym}: ${found.text}`);
  }
}

// Run when started as a script (tsx, node); the package's command imports `main` instead.
if (runsAsScript(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
