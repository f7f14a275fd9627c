/**
 * The title rule: what a script is called in the library, in the PDF's document properties and
 * on sides — the title page's Title field, read the way a title page prints it. Everything that
 * names a script reads it from here.
 *
 * Decisions: the key is matched case-blind ("Title", "TITLE", FDX's title field); a title over
 * several lines is one title ("BRICK & STEEL" / "FULL RETIRED" → "BRICK & STEEL FULL RETIRED");
 * Fountain emphasis markers are the title page's styling, not its words (`_**BRICK**_` →
 * "BRICK"); white space collapses; at most 200 characters, the library's limit.
 */
import type { TitleField } from '../model.ts';
import { parseInline } from '../fountain/inline.ts';

export const MAX_TITLE_CHARS = 200;

/** The title of a script (or of its title page's fields), or undefined when it has none. */
export function titleOf(script: { readonly titlePage: readonly TitleField[] } | readonly TitleField[]): string | undefined {
  const fields = 'titlePage' in script ? script.titlePage : script;
  const field = fields.find((f) => f.key.trim().toLowerCase() === 'title');
  if (!field) return undefined;
  const words = field.value
    .split('\n')
    .map((line) => parseInline(line).text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.slice(0, MAX_TITLE_CHARS).trimEnd() : undefined;
}

/** A script's name in the library: its title, else the imported file's name without folder or extension. */
export function libraryTitle(script: { readonly titlePage: readonly TitleField[] }, fileName: string, untitled = 'Untitled'): string {
  const fromFile = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim();
  return (titleOf(script) ?? (fromFile || untitled)).slice(0, MAX_TITLE_CHARS);
}
