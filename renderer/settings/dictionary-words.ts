/** The personal dictionary's words as typed in its field. */
const MAX_WORD = 64;

/** One per line or space, each once (any case), none longer than the settings accept. */
export function dictionaryWords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const lower = word.toLowerCase();
    if (!word || word.length > MAX_WORD || seen.has(lower)) continue;
    seen.add(lower);
    out.push(word);
  }
  return out;
}
