/**
 * Recent scripts as a pure list of ids: opening one moves it to the front, the list keeps at most
 * RECENT_MAX, and what is shown keeps only scripts that still exist outside the Trash (a script
 * moved to the Trash drops out; restored, it comes back in its old place).
 */
import { RECENT_MAX, type RecentEntry } from './app-state.ts';

export function pushRecent(ids: readonly string[], id: string, max = RECENT_MAX): string[] {
  return [id, ...ids.filter((x) => x !== id)].slice(0, max);
}

/** `live`: the library's scripts not in the Trash, by id → current title. */
export function visibleRecent(ids: readonly string[], live: ReadonlyMap<string, string>): RecentEntry[] {
  return ids.filter((id) => live.has(id)).map((id) => ({ id, title: live.get(id)!.slice(0, 200) }));
}

/** The stored list read defensively: anything but an array of id strings is no list. */
export function storedIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v)).slice(0, RECENT_MAX * 2);
}
