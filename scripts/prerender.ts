/**
 * `tsx scripts/prerender.ts '<export-controls-explainer …>'`: writes the element with its first screen
 * prerendered (src/prerender.ts, the package's `/prerender` entry) to stdout. Exits with 2 when
 * `prerender()` refuses the tag (it says what to do instead), 1 on any other failure. The demo build
 * and the browser tests' prerendered page run it through scripts/prerender-process.mjs.
 */
import { prerender } from '../src/prerender.js';

const startTag = process.argv[2];
if (!startTag) {
  console.error("Usage: tsx scripts/prerender.ts '<export-controls-explainer …>'");
  process.exit(1);
}
try {
  process.stdout.write(await prerender(startTag));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit((error as { code?: unknown }).code === 'ERR_ECE_PRERENDER_REFUSED' ? 2 : 1);
}
