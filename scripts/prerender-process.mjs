// Runs scripts/prerender.ts in a process of its own, with a time limit: Lit's server renderer installs
// a DOM shim in the global scope, which the demo build and the test server must not have in theirs.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const script = fileURLToPath(new URL('./prerender.ts', import.meta.url));

/** What scripts/prerender.ts exits with when `prerender()` refused the start tag (src, another lang, …). */
const REFUSED = 2;

/**
 * The element for `startTag` with its first screen prerendered. Rejects with the script's own message;
 * the error's `refused` is true when the tag asks for what cannot be prerendered.
 */
export function prerenderInProcess(startTag) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, script, startTag], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const why = error.killed ? 'timed out after 60 s' : stderr.trim().split('\n').at(-1) || error.message;
      reject(Object.assign(new Error(`prerendering ${startTag}: ${why}`), { refused: error.code === REFUSED }));
    });
  });
}
