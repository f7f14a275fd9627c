/**
 * `npm run build:cli` (also the `prepare` script, so `npm ci` and `npm install` run it): the CLI
 * (electron/cli.ts and every command it loads) bundled into dist-cli/ as plain JavaScript, one
 * chunk per lazily loaded command, so that `naskah` starts without Node stripping the types of a
 * hundred TypeScript files and resolving each of them. The chunks are CommonJS (`*.cjs`): Node
 * loads a CommonJS file without the ES-module linker's resolve, link and evaluate passes, and
 * bin/load-bundle.mjs keeps each chunk's compiled code between runs (a V8 code cache). A few
 * packages stay outside the bundle, loaded from node_modules as before (see EXTERNAL).
 *
 * dist-cli/manifest.json lists the source files that went into the bundle and when the build
 * started; bin/naskah.mjs uses the bundle only while none of them is newer (bin/cli-entry.mjs) and
 * runs the TypeScript sources otherwise, so an edited source is never hidden by an old bundle.
 *   node scripts/build-cli.ts [OUT_DIR]     (default dist-cli/ in the repository)
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const MANIFEST = 'manifest.json';

export interface CliManifest {
  /** When the build began (ms since the epoch): a source modified after it makes the bundle stale. */
  builtAt: number;
  /** The bundled sources, relative to the repository root, with '/' separators. */
  inputs: string[];
}

/** What the bundle is made of: the CLI, and the PDF reader's worker thread (a file of its own, found next to its caller). */
const ENTRIES = { cli: 'electron/cli.ts', 'pdf-worker': 'electron/pdf-import/pdf-worker.ts' };

/**
 * Packages that stay outside the bundle, loaded from node_modules at run time: native code
 * (better-sqlite3), packages that load files or workers of their own by path (unpdf's pdf.js),
 * and the Electron shell. Everything else (pdfkit, fontkit and their dependencies, zod, …) is
 * bundled: resolving and linking some forty package modules cost more than running them.
 */
const EXTERNAL = ['better-sqlite3', 'unpdf', 'electron'];
export const isExternal = (id: string) => id.startsWith('node:') || EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`));

/**
 * A bundled package file that finds its data next to itself (pdfkit: `createRequire(import.meta.url)`
 * for its standard-font metrics, `new URL('./data/…', import.meta.url)` for its ICC profile) keeps
 * finding it: its `import.meta.url` becomes its own file's URL, relative to the bundle.
 */
function packageMetaUrl(outDir: string) {
  return {
    name: 'package-import-meta-url',
    transform(code: string, id: string) {
      if (!id.includes(`${path.sep}node_modules${path.sep}`) || !code.includes('import.meta.url')) return null;
      const rel = path.relative(outDir, id).split(path.sep).join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`) };
    },
  };
}

/**
 * fontkit, unicode-properties and linebreak each build Unicode lookup tables when they load
 * (`const trie = new UnicodeTrie(…compressed data…)`): six inflations, about 10 ms of every start,
 * for tables most conversions never read — Courier text never reaches fontkit's Arabic, Indic or
 * Universal shapers, nor pdfkit's line breaker. In the bundle each becomes an object with the same
 * `get()` (the only method their code calls) that builds the table on first use.
 */
const TRIE = /^const ([\w$]+) = (new [^\n]*unicodetrie[^\n]*);$/gim;
const DATA = /^const ([\w$]+) = ([\w$]+\.toByteArray\("[^"\n]*"\));$/gm;

function lazyTries() {
  return {
    name: 'lazy-unicode-tries',
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/](fontkit|unicode-properties|linebreak)[\\/]/.test(id) || !TRIE.test(code)) return null;
      TRIE.lastIndex = 0;
      // A table whose compressed data is decoded into a constant of its own (linebreak's) takes
      // the decoding along into the lazy part, when nothing else reads that constant.
      const inlined = code.replace(DATA, (line: string, name: string, data: string) => (code.split(name).length === 3 ? `const ${name} = () => ${data};` : line));
      return {
        code: inlined.replace(TRIE, (_, name: string, make: string) => {
          const build = make.replace(/\(([\w$]+)\)$/, (call: string, arg: string) => (inlined.includes(`const ${arg} = () => `) ? `(${arg}())` : call));
          return `const ${name} = (() => { let table; return { get: (c) => (table ??= ${build}).get(c) }; })();`;
        }),
      };
    },
  };
}

/**
 * Modules that pdfkit and fontkit import for work Naskah's PDFs never need, and that are costly to
 * load: AES for encrypted PDFs (@noble/ciphers computes its tables when it loads) and Brotli for
 * WOFF2 fonts (brotli's 750 KB dictionary, half the bundle). In the bundle each import is a
 * stand-in with the same exports that loads the real module from node_modules on first call.
 */
const LAZY: Record<string, { importer: RegExp; exports: string[] }> = {
  '@noble/ciphers/aes': { importer: /[\\/]node_modules[\\/]pdfkit[\\/]/, exports: ['cbc', 'ecb'] },
  'brotli/decompress.js': { importer: /[\\/]node_modules[\\/]fontkit[\\/]/, exports: ['default'] },
};
const LAZY_PREFIX = '\0lazy:';

function lazyModules() {
  return {
    name: 'lazy-modules',
    resolveId(source: string, importer?: string) {
      const lazy = Object.hasOwn(LAZY, source) ? LAZY[source] : undefined;
      return lazy && importer && lazy.importer.test(importer) ? LAZY_PREFIX + source : null;
    },
    load(id: string) {
      if (!id.startsWith(LAZY_PREFIX)) return null;
      const source = id.slice(LAZY_PREFIX.length);
      const real = `require(${JSON.stringify(source)})`;
      return [
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        ...LAZY[source].exports.map((name) =>
          name === 'default' ? `export default (...args) => ${real}(...args);` : `export const ${name} = (...args) => ${real}.${name}(...args);`,
        ),
      ].join('\n');
    },
  };
}

/** What the bundle does to packages it takes in (exported for the tests, which bundle with them too). */
export function packagePlugins(outDir: string) {
  return [packageMetaUrl(outDir), lazyTries(), lazyModules()];
}

export async function buildCli(outDir = path.join(ROOT, 'dist-cli')): Promise<CliManifest> {
  const builtAt = Date.now();
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    cwd: ROOT,
    input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
    platform: 'node',
    external: isExternal,
    plugins: packagePlugins(outDir),
    logLevel: 'warn',
  });
  // Written beside the old bundle, then swapped in: a CLI started meanwhile sees one or the other, whole.
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    // Every chunk in one folder: read-pdf finds ./pdf-worker.cjs next to itself. Strict, as the ES
    // modules it is made from are.
    const { output } = await bundle.write({ dir: tmp, format: 'cjs', strict: true, entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', charset: 'ascii', comments: false });
    await bundle.close();
    const inputs = new Set<string>([path.relative(ROOT, import.meta.filename)]);
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      // Our own files: packages change only through npm, which runs this build again (prepare).
      for (const id of chunk.moduleIds) if (path.isAbsolute(id) && !id.includes(`${path.sep}node_modules${path.sep}`) && fs.existsSync(id)) inputs.add(path.relative(ROOT, id));
    }
    const manifest: CliManifest = { builtAt, inputs: [...inputs].map((f) => f.split(path.sep).join('/')).sort() };
    fs.writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(tmp, outDir);
    return manifest;
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  try {
    await import('rolldown');
  } catch {
    // An install without devDependencies has no bundler; the CLI then runs from the sources.
    console.log('build-cli: rolldown is not installed; naskah will run from the TypeScript sources');
    process.exit(0);
  }
  const out = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const started = performance.now();
  const manifest = await buildCli(out);
  console.log(`build-cli: ${manifest.inputs.length} sources → ${path.relative(process.cwd(), out ?? path.join(ROOT, 'dist-cli')) || '.'} in ${Math.round(performance.now() - started)} ms`);
}
