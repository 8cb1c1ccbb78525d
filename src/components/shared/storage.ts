/**
 * localStorage that never throws: private modes, full quotas and disabled
 * storage all fall back to memory, silently, so a quiz always carries on.
 */
const memory = new Map<string, string>();
/** Keys whose last write failed: memory holds their newest value. */
const memoryFirst = new Set<string>();

function store(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readStored(key: string): string | null {
  if (memoryFirst.has(key)) return memory.get(key) ?? null;
  try {
    const storage = store();
    if (storage) return storage.getItem(key);
  } catch {
    // Unavailable storage: use what this page remembered.
  }
  return memory.get(key) ?? null;
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    const storage = store();
    if (!storage) throw new Error('no storage');
    storage.setItem(key, value);
    memoryFirst.delete(key);
  } catch {
    // Full or unavailable: the in-memory copy keeps the session going.
    memoryFirst.add(key);
  }
}

export function removeStored(key: string): void {
  memory.delete(key);
  memoryFirst.delete(key);
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: memory is already cleared.
  }
}
