/**
 * What a pack update changes, shown to the trainee before they accept it: modules, lessons and
 * exercises added, removed or changed, matched by id (after the update's `migrations` renames,
 * so a renamed item reads as changed, not as removed plus added).
 */
import type { CourseManifest } from './manifest-schema.ts';

export type ItemKind = 'module' | 'lesson' | 'exercise';

export interface ItemChange {
  kind: ItemKind;
  id: string;
  /** Title in both languages, from the new pack (or the old one for removals). */
  title: { en: string; id: string };
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /** For a rename, the id progress was recorded under. */
  from?: string;
}

interface Item {
  kind: ItemKind;
  id: string;
  title: { en: string; id: string };
  /** Everything that makes the item look different to a trainee. */
  fingerprint: string;
}

function items(m: CourseManifest): Item[] {
  const sha = new Map(m.files.map((f) => [f.path, f.sha256]));
  const out: Item[] = [];
  for (const mod of m.modules) {
    out.push({ kind: 'module', id: mod.id, title: mod.title, fingerprint: JSON.stringify([mod.title, mod.lessons.map((l) => l.id), mod.exercises.map((e) => e.id)]) });
    for (const l of mod.lessons) {
      const files = [l.file.en, l.file.id].map((p) => (p ? sha.get(p) : null));
      out.push({ kind: 'lesson', id: l.id, title: l.title, fingerprint: JSON.stringify([l.title, files]) });
    }
    for (const e of mod.exercises) {
      out.push({ kind: 'exercise', id: e.id, title: e.title, fingerprint: JSON.stringify([e, e.starter ? sha.get(e.starter) : null]) });
    }
  }
  return out;
}

export function diffManifests(before: CourseManifest, after: CourseManifest): ItemChange[] {
  const renames = after.migrations ?? {};
  const renamedFrom = new Map(Object.entries(renames).map(([from, to]) => [to, from]));
  const old = new Map(items(before).map((i) => [`${i.kind}:${i.id}`, i]));
  const changes: ItemChange[] = [];
  const matched = new Set<string>();
  for (const item of items(after)) {
    const from = renamedFrom.get(item.id);
    const previous = old.get(`${item.kind}:${item.id}`) ?? (from !== undefined ? old.get(`${item.kind}:${from}`) : undefined);
    if (!previous) {
      changes.push({ kind: item.kind, id: item.id, title: item.title, change: 'added' });
      continue;
    }
    matched.add(`${previous.kind}:${previous.id}`);
    if (previous.id !== item.id) changes.push({ kind: item.kind, id: item.id, title: item.title, change: 'renamed', from: previous.id });
    else if (previous.fingerprint !== item.fingerprint) changes.push({ kind: item.kind, id: item.id, title: item.title, change: 'changed' });
  }
  for (const [key, item] of old) if (!matched.has(key)) changes.push({ kind: item.kind, id: item.id, title: item.title, change: 'removed' });
  return changes;
}
