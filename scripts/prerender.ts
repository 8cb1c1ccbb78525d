/**
 * `tsx scripts/prerender.ts`: reads `<export-controls-explainer …>`'s start tag from stdin and writes the
 * element with its first screen prerendered (src/prerender.ts, the package's `/prerender` entry) to
 * stdout. The demo build (scripts/prerender-plugin.ts) and the browser tests' prerendered page call it
 * in a process of their own, since Lit's server renderer installs a DOM shim in the global scope.
 */
import { readFileSync } from 'node:fs';
import { prerender } from '../src/prerender.js';

process.stdout.write(await prerender(readFileSync(0, 'utf8')));
