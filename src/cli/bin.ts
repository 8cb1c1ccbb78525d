#!/usr/bin/env node
/**
 * The package's command, for an installed package (compiled, plain Node):
 *   export-controls-explainer validate <content file.json> [--readability]
 *   export-controls-explainer questions --content <file.json> [--seed s] [--count n] [--json] [--lint] [--stats]
 * The same tools as `npm run validate` and `npm run questions` in a clone of the repository.
 */
import { main as questions } from './questions.js';
import { main as validate } from './validate.js';

const COMMANDS: Record<string, (args: string[], program: string) => Promise<number>> = { validate, questions };
const USAGE = `Usage: export-controls-explainer <command> [options]

Commands:
  validate <content file.json> [--readability]   check a content file; every problem with its JSON path
  questions --content <file.json> [options]       generate questions (--seed, --count, --types, --themes, --json, --lint, --stats)`;

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (run) {
  process.exitCode = await run(rest, `export-controls-explainer ${command}`);
} else if (command === '--help' || command === '-h') {
  console.log(USAGE);
} else {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  process.exitCode = 2;
}
