// How the checks and the quiz a content file gives are mixed, over many class seeds: the figures the
// item reviews and the issue notes quote. Usage: npx tsx scripts/quiz-mix.ts [content/en.json] [seeds]
import { readFileSync } from 'node:fs';
import type { Content } from '../src/core/content/schema.js';
import { checkFacts, planChecks } from '../src/core/questions/checks.js';
import { generateQuiz } from '../src/core/questions/generate.js';

const file = process.argv[2] ?? 'content/en.json';
const seeds = Number(process.argv[3] ?? 200);
const content = JSON.parse(readFileSync(file, 'utf8')) as Content;
const percent = (part: number, whole: number) => `${Math.round((part / Math.max(1, whole)) * 100)} %`;

console.log(`${content.title} (${content.id} ${content.version}), ${seeds} seeds (mix-0 …)`);
for (const per of ['theme', 'section'] as const) {
  let blocks = 0;
  let checks = 0;
  let checkTrueFalse = 0;
  const plans = new Set<string>();
  let quizQuestions = 0;
  let quizTrueFalse = 0;
  let quizDeeper = 0;
  let quizTyped = 0;
  for (let i = 0; i < seeds; i++) {
    const seed = `mix-${i}`;
    const plan = planChecks(content, { per, seed });
    blocks += plan.length;
    plans.add(plan.map((block) => block.questions.map((q) => q.id).join('+')).join('|'));
    for (const q of plan.flatMap((block) => block.questions)) {
      checks++;
      if (q.type === 'true-false') checkTrueFalse++;
    }
    const quiz = generateQuiz(content, { seed, count: 10, avoidFacts: checkFacts(plan) }).questions;
    quizQuestions += quiz.length;
    quizTrueFalse += quiz.filter((q) => q.type === 'true-false').length;
    quizDeeper += quiz.filter((q) => q.deeperId).length;
    quizTyped += quiz.filter((q) => q.type === 'fill-blank').length;
  }
  const parts = per === 'theme' ? content.themes.length : content.sections.length;
  console.log(`\nChecks after each ${per}:`);
  console.log(`  parts with a check     ${(blocks / seeds).toFixed(2)} of ${parts}`);
  console.log(`  true/false             ${percent(checkTrueFalse, checks)} of ${checks} check questions`);
  console.log(`  distinct plans         ${plans.size} of ${seeds}`);
  console.log(`Quiz of 10 after those checks:`);
  console.log(`  true/false             ${percent(quizTrueFalse, quizQuestions)}`);
  console.log(`  only in "go deeper"    ${percent(quizDeeper, quizQuestions)}`);
  console.log(`  typed blanks           ${percent(quizTyped, quizQuestions)}`);
}
