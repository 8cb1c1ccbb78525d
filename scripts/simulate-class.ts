/**
 * A simulated class for the item analysis: seeded learners of varied ability answer a quiz, and their
 * result codes come out one per line, ready to paste on the teacher page.
 *
 *   npx tsx scripts/simulate-class.ts --content content/en.json --seed class-7b --count 10 \
 *     [--students 28] [--mode test] [--types a,b] [--themes x,y] [--scope core] [--checks theme|section|off] [--miskey 4]
 *
 * The quiz is the one the student page gives with those settings: by default after checks in the text
 * after each theme, drawn from the same seed, as on the teacher page.
 *
 * Each learner has an ability θ (standard normal) and each question a difficulty b (normal, sd 0.8), both
 * from the seed; a learner gets a question right with probability 1 / (1 + e^(−1.7·(θ − b))), the
 * two-parameter logistic model item analysis assumes for a sound item. `--miskey N` makes question N
 * (1-based) behave like an item with a wrong key: the probability is reversed, so the strongest learners
 * "miss" it, all choosing the same wrong option — the item the analysis must flag.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Content } from '../src/core/content/schema.js';
import { formatError, parseContent } from '../src/core/content/validate.js';
import { loadTemplates } from '../src/core/questions/templates/index.js';
import type { Answer, Question, QuizScope } from '../src/core/questions/types.js';
import { createRandom, type Random } from '../src/core/random.js';
import { encodeResultCode } from '../src/core/quiz/result-code.js';
import { parseThemes, parseTypes, startSession, type SessionOptions } from '../src/core/quiz/session.js';
import { runsAsScript } from '../src/cli/script.js';
import { checksOption } from '../src/core/questions/checks.js';

export interface SimulatedClass {
  options: SessionOptions;
  questions: Question[];
  /** One result code per learner, named `Learner 1`, `Learner 2`, … */
  codes: string[];
  /** Each learner's ability, in code order (for tests that check the analysis against the truth). */
  abilities: number[];
}

/** A standard normal draw (Box–Muller) from the seeded generator. */
function normal(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** A wholly wrong answer of the right shape; the same for every learner, as a shared misconception is. */
function wrongAnswer(question: Question): Answer {
  switch (question.type) {
    case 'fill-blank':
      return 'no idea';
    case 'select-all': {
      // The first wrong option instead of the first right one: a plausible half-understanding.
      const wrong = question.options.find((o) => !question.answer.includes(o.id));
      return wrong ? [...question.answer.slice(1), wrong.id] : question.answer.slice(1);
    }
    case 'order':
      return [...question.answer].reverse();
    case 'match': {
      const items = Object.keys(question.answer);
      const values = items.map((item) => question.answer[item]!);
      return Object.fromEntries(items.map((item, i) => [item, values[(i + 1) % values.length]!]));
    }
    default:
      return question.options.find((o) => o.id !== question.answer)!.id;
  }
}

export function simulateClass(
  content: Content,
  options: SessionOptions,
  students: number,
  miskeyed?: number,
): SimulatedClass {
  const { questions } = startSession(content, options, 0);
  const random = createRandom(`simulated-class:${options.seed}`);
  const difficulty = questions.map(() => 0.8 * normal(random));
  const abilities: number[] = [];
  const codes: string[] = [];
  for (let learner = 1; learner <= students; learner++) {
    const ability = normal(random);
    abilities.push(ability);
    const answers: Record<string, Answer> = {};
    questions.forEach((question, index) => {
      let p = 1 / (1 + Math.exp(-1.7 * (ability - difficulty[index]!)));
      if (miskeyed === index + 1) p = 1 - p;
      const right = random.next() < p;
      answers[question.id] = right ? (question.type === 'fill-blank' ? question.answer[0]! : (question.answer as Answer)) : wrongAnswer(question);
    });
    codes.push(encodeResultCode(content, options, questions, answers, `Learner ${learner}`));
  }
  return { options, questions, codes, abilities };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string', default: 'content/en.json' },
      seed: { type: 'string', default: 'simulated' },
      count: { type: 'string', default: '10' },
      students: { type: 'string', default: '28' },
      mode: { type: 'string', default: 'test' },
      types: { type: 'string' },
      themes: { type: 'string' },
      scope: { type: 'string' },
      miskey: { type: 'string' },
      checks: { type: 'string', default: 'theme' },
    },
  });
  const parsed = parseContent(readFileSync(values.content!, 'utf8'));
  if (!parsed.ok) {
    console.error(parsed.errors.map(formatError).join('\n'));
    return 1;
  }
  await loadTemplates(parsed.content.language);
  const options: SessionOptions = {
    seed: values.seed!,
    count: Number(values.count),
    mode: values.mode === 'practice' ? 'practice' : 'test',
    types: parseTypes(values.types),
    themes: parseThemes(values.themes, parsed.content),
    ...(values.scope ? { scope: values.scope as QuizScope } : {}),
    ...checksOption(values.checks, values.seed),
  };
  const miskey = values.miskey === undefined ? undefined : Number(values.miskey);
  const simulated = simulateClass(parsed.content, options, Number(values.students), miskey);
  console.log(simulated.codes.join('\n'));
  return 0;
}

if (runsAsScript(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
