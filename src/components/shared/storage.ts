/**
 * localStorage that never throws: private modes, full quotas and disabled
 * storage all fall back to memory, silently, so a quiz always carries on.
 */
const memory = new Map<string, string>();

function store(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readStored(key: string): string | null {
  try {
    const value = store()?.getItem(key);
    if (value !== null && value !== undefined) return value;
  } catch {
    // Unavailable storage: use what this page remembered.
  }
  return memory.get(key) ?? null;
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    store()?.setItem(key, value);
  } catch {
    // Full or unavailable: the in-memory copy keeps the session going.
  }
}

export function removeStored(key: string): void {
  memory.delete(key);
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: memory is already cleared.
  }
}
