/**
 * The web-platform globals that shared/ may use: the ones Node 22 and Chromium both provide with the
 * same behaviour. tsconfig.shared.json compiles shared/ with ES2023 only — no DOM, no Node types —
 * plus this file, so `document`, `window`, `process` or `Buffer` in shared/ fail the type-check
 * (the same rule as VS Code's `common/` layer).
 *
 * This file lives outside shared/ on purpose: the renderer and Electron programs get these names
 * from the DOM and Node libraries, and a second declaration there would clash with theirs.
 * Add a global here only when both runtimes have it and it does no I/O; declare only the members
 * shared/ uses.
 */

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

/** Web Crypto's random source (not `subtle`: keys and signatures are the back end's job). */
interface Crypto {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}
declare var crypto: Crypto;
