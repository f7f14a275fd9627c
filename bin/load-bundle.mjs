// Loads the CommonJS bundle in dist-cli/ (scripts/build-cli.ts) with a V8 code cache per chunk,
// kept in the user's cache folder: the second and later runs skip compiling the bundle's functions.
// Node's own compile cache (module.enableCompileCache) saves a chunk's code as it is right after
// compiling, before it has run, when V8 has compiled little more than its top level; this one is
// saved when the process ends, after the command ran, so it also holds every function the command
// called (pdfkit's, fontkit's, the layout's). A cache is used only for the very file it was made
// from (its size and modification time are in its name); V8 itself rejects a cache from another
// Node or V8 version, and a rejected or missing cache is made again. NASKAH_CODE_CACHE=0 loads the
// chunks through Node's require() as usual; NASKAH_CODE_CACHE=/a/folder keeps the caches there.
// A cache folder that cannot be written costs nothing but the time saved.
// Plain JavaScript on purpose: this runs before anything is compiled.
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The folder for this bundle's caches: one per bundle folder (two checkouts never share files),
 * Node version and architecture, under the platform's user cache folder (or NASKAH_CODE_CACHE).
 * @param {string} dist the bundle folder
 * @param {NodeJS.ProcessEnv} env
 */
export function codeCacheDir(dist, env = process.env) {
  const home = os.homedir();
  const base = path.isAbsolute(env.NASKAH_CODE_CACHE ?? '')
    ? /** @type {string} */ (env.NASKAH_CODE_CACHE)
    : process.platform === 'win32'
      ? path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'naskah', 'Cache')
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches', 'naskah')
        : path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'naskah');
  const id = fnv1a(path.resolve(dist));
  return path.join(base, 'code-cache', `${process.version}-${process.arch}-${id}`);
}

/**
 * A short, stable name for a path (64-bit FNV-1a, hex). Not node:crypto: loading it would cost
 * the CLI more start-up time than the cache saves on small commands.
 * @param {string} text
 */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/**
 * Runs `file` (a chunk of the bundle) and returns its exports, as require(file) would.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} [env]
 */
export function loadBundle(file, env = process.env) {
  const dist = path.dirname(file);
  const nodeRequire = module.createRequire(file);
  if (env.NASKAH_CODE_CACHE === '0') return nodeRequire(file);
  let cacheDir;
  try {
    cacheDir = codeCacheDir(dist, env);
  } catch {
    // No home folder to be found (os.homedir() throws): no cache, as with NASKAH_CODE_CACHE=0.
    return nodeRequire(file);
  }
  /** @type {Map<string, { exports: unknown }>} */
  const loaded = new Map();
  /** @type {{ script: vm.Script, cacheFile: string, chunk: string }[]} */
  const toSave = [];

  /** @param {string} chunk a file in dist */
  const load = (chunk) => {
    const known = loaded.get(chunk);
    if (known) return known.exports;
    const stat = fs.statSync(chunk);
    const name = path.basename(chunk);
    const cacheFile = path.join(cacheDir, `${name}.${stat.size}.${Math.trunc(stat.mtimeMs)}.v8`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(module.wrap(fs.readFileSync(chunk, 'utf8')), {
      filename: chunk,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected) toSave.push({ script, cacheFile, chunk: name });
    const mod = { exports: {}, id: chunk, filename: chunk, loaded: false };
    loaded.set(chunk, mod);
    // The chunks require each other by relative path ("./export-….cjs"), and node: modules and
    // the packages left outside the bundle by name.
    /** @param {string} id */
    const require = (id) => (id.startsWith('./') ? load(path.join(dist, id)) : nodeRequire(id));
    require.resolve = nodeRequire.resolve;
    // As Node runs a CommonJS module: `this` is its exports.
    script.runInThisContext().call(mod.exports, mod.exports, require, mod, chunk, dist);
    mod.loaded = true;
    return mod.exports;
  };

  // Saved at the end, when the code V8 compiled for the command is all there.
  process.once('exit', () => saveCaches(dist, cacheDir, toSave));
  return load(file);
}

/**
 * Writes the caches made in this run, each whole or not at all (written beside, then renamed), and
 * removes those of older files: of a chunk written now under another stamp, and of chunks no
 * longer in the bundle (a rebuild renames the chunks it changed). Never fails the command: a
 * cache only saves time.
 * @param {string} dist
 * @param {string} cacheDir
 * @param {{ script: vm.Script, cacheFile: string, chunk: string }[]} toSave
 */
function saveCaches(dist, cacheDir, toSave) {
  if (toSave.length === 0) return;
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const written = new Set();
    for (const { script, cacheFile } of toSave) {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
      written.add(path.basename(cacheFile));
    }
    for (const entry of fs.readdirSync(cacheDir)) {
      const chunk = /^(.+)\.\d+\.\d+\.v8$/.exec(entry)?.[1];
      if (!chunk || written.has(entry)) continue;
      if (toSave.some((s) => s.chunk === chunk) || !fs.existsSync(path.join(dist, chunk))) fs.rmSync(path.join(cacheDir, entry), { force: true });
    }
  } catch {
    // A read-only or full disk: the next run compiles again.
  }
}
