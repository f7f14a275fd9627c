/**
 * Final Draft's revision marks ↔ the model's. Final Draft marks revised text per run: a
 * `<Text RevisionID="N">` names the set (0 or no attribute: unrevised; older files also say
 * `Revisioned="Yes"`, which then means the active set). The sets are listed after the script in
 * `<Revisions ActiveSet="N">` as `<Revision ID Name Color Mark …>`, colours as Final Draft writes
 * them (`#RRRRGGGGBBBB`, 16 bits a channel) or as `#RRGGBB`. A set's number in the model is its
 * Final Draft ID; the active set is listed last (the model's current set, revisions/sets.ts); a
 * set's date, which Final Draft does not keep, is written as Naskah's own `NaskahDate`.
 * `RevisionMode="Yes"` (Final Draft's revision-mode switch, saved with its script) is the model's
 * `revisionMode`, kept only when there is a set to mark with.
 */
import type { RevisionMark, RevisionSet, Screenplay } from '../model.ts';
import { englishRevisionName, revisionColour } from '../revisions/colours.ts';
import { normaliseRevision } from '../revisions/runs.ts';
import { escapeXml } from './styled-text.ts';

type Attrs = Record<string, unknown>;

/** Stands for "the active set" on runs that say only Revisioned="Yes", until <Revisions> is read. */
export const ACTIVE_SET = -1;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function setNumber(v: unknown): number | undefined {
  const n = Number(str(v));
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : undefined;
}

/** The set a run (or paragraph) is revised in, from its attributes; undefined when unrevised. */
export function runRevision(attrs: Attrs): number | undefined {
  const id = setNumber(attrs.RevisionID);
  if (id !== undefined) return id;
  return str(attrs.Revisioned) === 'Yes' ? ACTIVE_SET : undefined;
}

/** `#RRGGBB` or Final Draft's `#RRRRGGGGBBBB` → `#rrggbb`; undefined when it is neither. */
export function readColour(v: unknown): string | undefined {
  const s = str(v)?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toLowerCase();
  const wide = /^#([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})$/i.exec(s);
  return wide ? `#${wide.slice(1).map((c) => c.slice(0, 2)).join('').toLowerCase()}` : undefined;
}

/** `#rrggbb` → `#RRRRGGGGBBBB`, each byte repeated as Final Draft writes full-intensity channels. */
export function writeColour(c: string): string {
  const [r, g, b] = [c.slice(1, 3), c.slice(3, 5), c.slice(5, 7)].map((x) => x.toUpperCase());
  return `#${r}${r}${g}${g}${b}${b}`;
}

/** Collects `<Revisions>` while the reader streams (opentag gets every tag and its parent's name). */
export function fdxRevisionReader() {
  const listed: RevisionSet[] = [];
  let active: number | undefined;
  let modeOn = false;
  return {
    opentag(name: string, attrs: Attrs, parent: string | undefined): void {
      if (name === 'Revisions' && parent === 'FinalDraft') {
        active = setNumber(attrs.ActiveSet);
        modeOn = str(attrs.RevisionMode) === 'Yes';
      }
      if (name !== 'Revision' || parent !== 'Revisions') return;
      const set = setNumber(attrs.ID);
      if (set === undefined || listed.some((r) => r.set === set)) return;
      const entry: RevisionSet = { set, name: str(attrs.Name)?.trim().slice(0, 100) || englishRevisionName(set), color: readColour(attrs.Color) ?? revisionColour(set).color };
      const date = str(attrs.NaskahDate);
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) entry.date = date;
      listed.push(entry);
    },
    /**
     * The script with its runs' sets resolved and listed: a run on a set the file never lists gets
     * that set by the industry order; the active set goes last. Elements keep the canonical form.
     */
    finish(script: Screenplay): Screenplay {
      const activeSet = active ?? listed[listed.length - 1]?.set ?? 1;
      const used = new Set<number>();
      let revised = false;
      const elements = script.elements.map((el) => {
        if (el.revision === undefined && !el.revisionMarks) return el;
        revised = true;
        const resolve = (n: number) => (n === ACTIVE_SET ? activeSet : n);
        const out = { ...el };
        if (out.revision !== undefined) used.add((out.revision = resolve(out.revision)));
        if (out.revisionMarks) out.revisionMarks = out.revisionMarks.map((m): RevisionMark => ({ ...m, set: resolve(m.set) }));
        for (const m of out.revisionMarks ?? []) used.add(m.set);
        return normaliseRevision(out);
      });
      if (!revised && listed.length === 0) return script;
      const sets = [...listed];
      for (const n of [...used].sort((a, b) => a - b)) {
        if (!sets.some((r) => r.set === n)) sets.push({ set: n, name: englishRevisionName(n), color: revisionColour(n).color });
      }
      sets.sort((a, b) => a.set - b.set);
      const i = sets.findIndex((r) => r.set === activeSet);
      if (i >= 0) sets.push(...sets.splice(i, 1));
      return modeOn ? { ...script, elements, revisions: sets, revisionMode: true } : { ...script, elements, revisions: sets };
    },
  };
}

/** `<Revisions>` for the script's sets (none: nothing); the current set, listed last, is the active one; `modeOn`: revision mode is on. */
export function writeFdxRevisions(sets: readonly RevisionSet[] | undefined, modeOn = false): string[] {
  if (!sets?.length) return [];
  const active = sets[sets.length - 1].set;
  const ordered = [...sets].sort((a, b) => a.set - b.set);
  return [
    `  <Revisions ActiveSet="${active}" RevisionMode="${modeOn ? 'Yes' : 'No'}" RevisionsShown="All" ShowAllMarks="Yes" ShowAllSets="Yes">`,
    ...ordered.map(
      (r) => `    <Revision Color="${writeColour(r.color)}" FullRevision="No" ID="${r.set}" Mark="*" Name="${escapeXml(r.name)}"${r.date ? ` NaskahDate="${r.date}"` : ''} Style=""/>`,
    ),
    '  </Revisions>',
  ];
}
