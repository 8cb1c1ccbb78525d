/**
 * `npm run bench`: every benchmark of the project (not part of the tests).
 * Prints a table; numbers are medians, so one slow run does not skew them.
 */
import { runGeneratorBench } from './generator.js';

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
console.log('Quiz generation (20 questions):');
for (const row of runGeneratorBench()) {
  console.log(`  ${row.name.padEnd(34)} ${row.medianMs.toFixed(3).padStart(10)} ms   (median of ${row.runs})`);
}
