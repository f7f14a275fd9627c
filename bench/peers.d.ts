// aw-parser (afterwriting's Fountain parser) ships no types; the benchmark uses this much of it.
declare module 'aw-parser' {
  const aw: { parser: { parse(script: string, config: Record<string, boolean>): { title_page: unknown[]; tokens: unknown[] } } };
  export default aw;
}
