/**
 * Caps on what a PDF's compressed streams may unpack to, installed in the PDF worker before pdf.js
 * runs (pdf-worker.ts). pdf.js has no such limit of its own: a 4 MB PDF can hold a FlateDecode
 * stream that inflates to 4 GB, and pdf.js keeps each decoded stream whole in memory.
 *
 * pdf.js decodes a stream in one of two ways, and both are capped here from the outside, without
 * touching pdf.js's code:
 *  - FlateDecode and BrotliDecode go through the platform's DecompressionStream: the worker's
 *    global is replaced by one that counts the bytes it inflates, per stream and for the whole
 *    document, and stops at the cap;
 *  - every other path (filters pdf.js decodes itself — LZW, run-length, ASCII85/hex, a Flate stream
 *    inside another filter, object and cross-reference streams) grows a buffer with
 *    `new Uint8Array(size)`: the worker's Uint8Array and ArrayBuffer constructors refuse any single
 *    buffer over the cap.
 * Hitting a cap reports the bomb at once (the caller ends the worker); the process's memory never
 * gets near what the stream claims.
 */

export interface DecodeCaps {
  /** Largest decoded stream, and largest single buffer, in bytes. */
  maxStream: number;
  /** Most bytes all of a document's inflated streams may add up to. */
  maxTotal: number;
}

/**
 * A screenplay page's content stream is a few KB, an embedded CJK font about 20 MB, a 1,000-page
 * script's streams some 20 MB in all; the file itself is at most 50 MB (read-pdf.ts). pdf.js holds
 * an inflated stream twice for a moment (its chunks, then one buffer), so the total cap keeps the
 * worst case near 2 × 160 MB.
 */
export const DECODE_CAPS: DecodeCaps = { maxStream: 64 * 1024 * 1024, maxTotal: 160 * 1024 * 1024 };

export interface CapHit {
  code: 'pdf_bomb' | 'pdf_bomb_total';
  /** The cap that was passed, in MB, for the message. */
  limitMb: number;
  detail: string;
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Bytes a typed-array or ArrayBuffer constructor call would allocate (a view over an existing buffer allocates none). */
function bytesAllocated(args: unknown[], bytesPerElement: number): number {
  const first = args[0];
  if (typeof first === 'number') return first * bytesPerElement;
  if (first instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && first instanceof SharedArrayBuffer)) return 0;
  if (first !== null && typeof first === 'object' && typeof (first as { length?: unknown }).length === 'number') return (first as { length: number }).length * bytesPerElement;
  return 0;
}

/** A constructor that refuses allocations over the cap, otherwise the real one in every way (instanceof, statics, prototype). */
function capped<T extends abstract new (...args: never[]) => object>(Real: T, bytesPerElement: number, maxBytes: number, refuse: (bytes: number) => never): T {
  const proxy: T = new Proxy(Real, {
    construct(target, args, newTarget) {
      const bytes = bytesAllocated(args, bytesPerElement);
      if (bytes > maxBytes) refuse(bytes);
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
  });
  return proxy;
}

/**
 * Installs the caps on this thread's globals. `onHit` runs once, at the first cap passed; the
 * allocation that passed it throws, and a capped DecompressionStream simply stops (never errors,
 * so pdf.js does not retry the stream with its own decoder).
 */
export function installDecodeCaps(caps: DecodeCaps, onHit: (hit: CapHit) => void): void {
  let reported = false;
  const report = (hit: CapHit) => {
    if (reported) return;
    reported = true;
    onHit(hit);
  };
  const refuse = (bytes: number): never => {
    report({ code: 'pdf_bomb', limitMb: mb(caps.maxStream), detail: `a buffer of ${bytes} bytes` });
    throw new RangeError(`PDF stream over ${mb(caps.maxStream)} MB refused`);
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Uint8Array = capped(Uint8Array, 1, caps.maxStream, refuse);
  g.ArrayBuffer = capped(ArrayBuffer, 1, caps.maxStream, refuse);

  const NativeDecompressionStream = globalThis.DecompressionStream;
  type Native = InstanceType<typeof NativeDecompressionStream>;
  let total = 0;
  class CappedDecompressionStream {
    readonly readable: ReadableStream<Uint8Array>;
    readonly writable: Native['writable'];
    constructor(format: ConstructorParameters<typeof NativeDecompressionStream>[0]) {
      const inner = new NativeDecompressionStream(format);
      this.writable = inner.writable;
      const reader = inner.readable.getReader();
      let own = 0;
      this.readable = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          own += value.byteLength;
          total += value.byteLength;
          if (own > caps.maxStream || total > caps.maxTotal) {
            void reader.cancel().catch(() => {});
            const whole = own <= caps.maxStream;
            report(
              whole
                ? { code: 'pdf_bomb_total', limitMb: mb(caps.maxTotal), detail: `streams inflated past ${total} bytes` }
                : { code: 'pdf_bomb', limitMb: mb(caps.maxStream), detail: `a ${format} stream inflated past ${own} bytes` },
            );
            // Never settles: pdf.js waits here until the worker is ended, and does not fall back.
            return new Promise<void>(() => {});
          }
          controller.enqueue(value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
    }
  }
  g.DecompressionStream = CappedDecompressionStream;
}
