/** Whether a module is the script Node was started with (not imported by another one). */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function runsAsScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // npm links a package's command into node_modules/.bin: compare the files, not the paths.
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
