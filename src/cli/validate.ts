/**
 * `npm run validate -- <file>`: checks a content file for content authors.
 * Exit 0 with a one-line summary, or exit 1 with every problem, one per line.
 * A valid file's question-quality findings (the item lint) follow as warnings:
 * they do not make the file invalid, but `npm run questions -- --lint` fails on them.
 */
import { readFileSync } from 'node:fs';
import { formatError, parseContent } from '../core/content/validate.js';
import { summarizeContent } from '../core/content/summary.js';
import { formatFinding, lintContent } from '../core/questions/lint.js';
import { loadTemplates } from '../core/questions/templates/index.js';

async function main(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('-'));
  if (!file) {
    console.error('Usage: npm run validate -- <content file.json>');
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
  await loadTemplates(result.content.language);
  const findings = lintContent(result.content);
  for (const finding of findings) console.warn(`${file}: warning: ${formatFinding(finding)}`);
  if (findings.length > 0) {
    console.warn(`${file}: ${findings.length} question-quality warning${findings.length === 1 ? '' : 's'} (see "Writing good items" in docs/authoring.md).`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
