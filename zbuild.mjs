import * as esbuild from 'esbuild';
import path from 'node:path';
const stub = { name: 'stub', setup(b) { b.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: "export { default as en } from './en.js';", loader: 'js', resolveDir: path.resolve('../zod/v4/locales') })); } };
for (const [name, plugins] of [['zfull', []], ['zstub', [stub]]]) {
  const r = await esbuild.build({ entryPoints: ['zent.js'], bundle: true, format: 'esm', platform: 'node', outfile: name + '.mjs', plugins, metafile: true, logLevel: 'error' });
  console.log(name, Object.values(r.metafile.outputs)[0].bytes);
}
