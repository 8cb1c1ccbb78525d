/**
 * `npm run questions -- --content content/en.json --seed S --count N [--types a,b] [--themes x,y] [--json]`
 * prints a quiz as an answer key a teacher can check, or as JSON.
 * `--stats` prints how many distinct questions each type yields, how long a quiz can be and stay well
 * mixed, and what no question tests.
 * `--lint` checks every question the content can produce against the item rules and
 * exits 1 when it finds anything (see `lint.ts`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatError, parseContent } from '../core/content/validate.js';
import { generateQuiz } from '../core/questions/generate.js';
import { loadTemplates } from '../core/questions/templates/index.js';
import { contentStats, wellMixedLength } from '../core/questions/stats.js';
import { formatFinding, lintContent } from '../core/questions/lint.js';
import { isQuestionType, QUESTION_TYPES, type Question, type QuestionType } from '../core/questions/types.js';
import { runsAsScript } from './script.js';

/** How to call it, under the name it was started by (`npm run questions --` in a clone, the package's command when installed). */
const usage = (program: string) => `Usage: ${program} --content <file.json> --seed <seed> [--count 10] [--types a,b] [--themes x,y] [--json]
       ${program} --content <file.json> --stats
       ${program} --content <file.json> --lint
Types: ${QUESTION_TYPES.join(', ')}`;

const list = (value: string | undefined) =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

function fail(message: string): number {
  console.error(message);
  return 1;
}

export async function main(argv: string[], program = 'npm run questions --'): Promise<number> {
  const USAGE = usage(program);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string' },
        seed: { type: 'string' },
        count: { type: 'string' },
        types: { type: 'string' },
        themes: { type: 'string' },
        json: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        lint: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.content) return fail(`--content is required.\n${USAGE}`);

  let source: string;
  try {
    source = readFileSync(values.content, 'utf8');
  } catch {
    return fail(`${values.content}: cannot read the file.`);
  }
  const parsed = parseContent(source);
  if (!parsed.ok) {
    parsed.errors.forEach((error) => console.error(`${values.content}: ${formatError(error)}`));
    return 1;
  }
  const content = parsed.content;
  await loadTemplates(content.language);

  if (values.lint) {
    const findings = lintContent(content);
    findings.forEach((finding) => console.log(`${values.content}: ${formatFinding(finding)}`));
    if (findings.length === 0) {
      console.log(`${values.content}: every question the content can produce passes the item rules.`);
      return 0;
    }
    console.log(`${values.content}: ${findings.length} finding${findings.length === 1 ? '' : 's'}.`);
    return 1;
  }

  if (values.stats) {
    const stats = contentStats(content);
    console.log(`${content.title} (${content.id} ${content.version})`);
    console.log('Distinct questions per type (the same facts asked the same way count once):');
    for (const type of QUESTION_TYPES) console.log(`  ${type.padEnd(16)} ${stats.perType[type]}`);
    console.log(`  ${'total'.padEnd(16)} ${stats.total}`);
    // A quiz never asks a fact twice: past this length, true/false fills it or it ends short.
    console.log(`Well-mixed quizzes: up to ${wellMixedLength(content)} questions (${wellMixedLength(content, { scope: 'core' })} from the core lesson only).`);
    if (stats.untested.length === 0) console.log('Every teaching item can be tested.');
    else {
      console.log(`Items no question can test (${stats.untested.length}):`);
      stats.untested.forEach((key) => console.log(`  ${key}`));
    }
    return 0;
  }

  if (!values.seed) return fail(`--seed is required (any text; the same seed gives the same quiz).\n${USAGE}`);
  const count = values.count === undefined ? 10 : Number(values.count);
  if (!Number.isInteger(count) || count < 1) return fail(`--count must be a whole number of at least 1, got "${values.count}".`);
  const types = list(values.types);
  const badType = types?.find((type) => !isQuestionType(type));
  if (badType) return fail(`Unknown question type "${badType}". Types: ${QUESTION_TYPES.join(', ')}`);
  const themes = list(values.themes);
  const badTheme = themes?.find((theme) => !content.themes.some((known) => known.id === theme));
  if (badTheme) return fail(`Unknown theme "${badTheme}". Themes: ${content.themes.map((theme) => theme.id).join(', ')}`);

  const quiz = generateQuiz(content, { seed: values.seed, count, types: types as QuestionType[] | undefined, themes });
  if (values.json) {
    console.log(JSON.stringify(quiz, null, 2));
    return 0;
  }
  console.log(`${content.title} — seed "${quiz.seed}", ${quiz.questions.length} questions (content ${content.id} ${content.version})\n`);
  quiz.questions.forEach((question, index) => console.log(renderAnswerKey(question, index + 1), '\n'));
  if (quiz.questions.length < count) {
    console.log(`Only ${quiz.questions.length} of ${count} questions: the content or the filters allow no more without repeating a fact.`);
  }
  return 0;
}

function renderAnswerKey(question: Question, number: number): string {
  const lines = [`${number}. [${question.type}, ${question.theme}] ${question.prompt}`];
  const letter = (index: number) => String.fromCharCode(65 + index);
  if (question.type === 'fill-blank') {
    lines.push(`   Answer: ${question.answer.join(' / ')}`);
  } else if (question.type === 'match') {
    question.items.forEach((item, index) => lines.push(`   ${index + 1}. ${item.text}`));
    question.options.forEach((option, index) => lines.push(`   ${letter(index)}. ${option.text}`));
    const pairs = question.items.map((item, index) => {
      const optionIndex = question.options.findIndex((option) => option.id === question.answer[item.id]);
      return `${index + 1}–${letter(optionIndex)}`;
    });
    lines.push(`   Answer: ${pairs.join(', ')}`);
  } else {
    question.options.forEach((option, index) => lines.push(`   ${letter(index)}. ${option.text}`));
    const ids = Array.isArray(question.answer) ? question.answer : [question.answer];
    const letters = ids.map((id) => letter(question.options.findIndex((option) => option.id === id)));
    lines.push(`   Answer: ${letters.join(question.type === 'order' ? ' → ' : ', ')}`);
  }
  lines.push(`   Why: ${question.explanation}`);
  lines.push(`   Section: ${question.sectionId} · Sources: ${question.sourceIds.join(', ')}`);
  return lines.join('\n');
}

// Run when started as a script (tsx, node); the package's command imports `main` instead.
if (runsAsScript(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
