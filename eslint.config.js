/**
 * ESLint for Naskah (flat config; `npm run lint`, also run by .ci/run). What it is for:
 *  1. The layers of ARCHITECTURE.md, which `npm run typecheck` also enforces with types:
 *     shared/ imports only shared/ and a few pure libraries; renderer/ imports neither electron/ nor
 *     Node; electron/ imports nothing of renderer/ (translations are in shared/i18n/); only the Electron shell
 *     (main.ts, preload.cts) imports the `electron` package ("services never import Electron").
 *  2. The Rules of Hooks and complete hook dependencies in renderer/ (eslint-plugin-react-hooks).
 *  3. Promises that are never awaited (type-aware): a save, a flush or an `expect(…).rejects` that
 *     nobody awaits loses its error, or asserts nothing.
 *  4. ESLint's and typescript-eslint's recommended sets, with the changes below, each explained.
 * Every rule is an error — there are no warnings to learn to ignore. A rule is silenced in one
 * place only with `// eslint-disable-next-line <rule> -- <why>`; an unused disable is an error.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.{ts,tsx,cts,mts}'];

/** Libraries shared/ may import: pure (no I/O, no DOM, no Node). Add one only if it is. */
const SHARED_PACKAGES = ['zod', 'saxes', '@sanity/diff-match-patch', 'nspell'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (names) => `(${names.map(escape).join('|')})(/.*)?$`;
const NODE_BUILTINS = `^(node:|${oneOf(builtinModules.filter((m) => !m.startsWith('_')))})`;
/** A relative path that climbs out of the layer into one of these top-level folders. */
const into = (...dirs) => `^(\\.\\./)+(${dirs.join('|')})/`;

/** Each layer's forbidden import specifiers: regex → why. Checked for `import`, `export … from` and `import()`. */
const LAYERS = {
  shared: [
    [into('electron', 'renderer', 'tests', 'bench', 'scripts', 'bin'), 'shared/ imports nothing from electron/, renderer/ or the tooling: both sides import shared/, never the other way round.'],
    [`^(?!\\.|${oneOf(SHARED_PACKAGES)})`, `shared/ is pure: it imports only shared/ modules and the pure libraries ${SHARED_PACKAGES.join(', ')} (SHARED_PACKAGES in eslint.config.js) — never node:*, electron, React or the DOM.`],
  ],
  renderer: [
    [into('electron', 'tests', 'bench', 'scripts', 'bin'), 'renderer/ never imports electron/: it reaches the back end only through renderer/api.ts and the contract in shared/api.ts.'],
    [NODE_BUILTINS, 'renderer/ runs sandboxed in Chromium: no Node built-ins.'],
    ['^electron(/.*)?$', 'renderer/ is sandboxed: it reaches Electron only through the preload bridge (renderer/api.ts).'],
  ],
  electron: [
    // The back end prints the same messages as the UI from the same translations, which live in
    // shared/i18n/ so that neither side reaches into the other for them.
    [into('renderer'), 'electron/ imports nothing of renderer/: the translations both sides use are in shared/i18n/, read through electron/i18n.ts.'],
    [into('tests', 'bench', 'scripts', 'bin'), 'electron/ never imports the tooling (tests, bench, scripts, bin).'],
  ],
};
const ELECTRON_PACKAGE = 'Only the Electron shell (electron/main.ts, electron/preload.cts) imports Electron: services, store, CLI and hosts take plain values, so tests and the CLI run them in plain Node.';
const ELECTRON_SHELL = ['electron/main.ts', 'electron/preload.cts'];

/** no-restricted-imports and no-restricted-syntax (for `import()`, which the former does not see) for one layer. */
function boundaries(rules, { electronPackage = false } = {}) {
  // esquery's regex literals cannot hold a "/", so the dynamic-import selectors spell it \x2F.
  const dynamic = rules.map(([regex, message]) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message }));
  const paths = electronPackage ? [{ name: 'electron', message: ELECTRON_PACKAGE }] : [];
  if (electronPackage) dynamic.push({ selector: "ImportExpression[source.value='electron']", message: ELECTRON_PACKAGE });
  return {
    'no-restricted-imports': ['error', { paths, patterns: rules.map(([regex, message]) => ({ regex, message })) }],
    'no-restricted-syntax': ['error', ...dynamic],
  };
}

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'dist-cli/', 'dist-electron/', 'release/', 'bench/out/', 'test-results/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Plain JavaScript (the bin launcher, this file): Node modules.
  { files: ['**/*.{js,mjs,cjs}'], extends: [js.configs.recommended], languageOptions: { globals: globals.node } },

  {
    files: TS,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a callback's unused
      // argument, a field dropped from a rest copy): TypeScript's own unused checks agree.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Async handlers passed to JSX attributes (onClick={save}) are React's idiom; React ignores
      // what they return, and ours catch and show their own errors. Everywhere else — a promise in
      // a condition, an async callback where a plain one is expected (forEach) — is still checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // Tests break fixtures on purpose into shapes no type describes (a manifest with a wrong field);
  // `any` there fails a test, not a user. Application code keeps the rule.
  { files: ['tests/**', 'bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },

  // The portable globals for shared/ (tsconfig.shared.json) belong to no tsconfig.json project, on
  // purpose (they would clash with the DOM's and Node's), so they are linted without type
  // information. `declare var` is how a global that is also a property of globalThis is declared.
  { files: ['types/**/*.d.ts'], extends: [tseslint.configs.disableTypeChecked], rules: { 'no-var': 'off' } },

  // Electron's sandboxed preloads cannot be ES modules: `require('electron')` is the only way in.
  { files: ['electron/preload.cts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },

  { files: ['renderer/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: {
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'error',
    // The plugin's other rules (refs, set-state-in-effect, purity, …) check the React Compiler's
    // model. We do not compile with it, and they reject the "latest callback in a ref" and
    // measure-then-place patterns the review margin relies on without a bug behind them.
  } },

  // The layers. Later objects replace earlier ones for the same rule, so each file gets one set.
  { files: ['shared/**'], rules: boundaries(LAYERS.shared) },
  { files: ['renderer/**'], rules: boundaries(LAYERS.renderer) },
  { files: ['electron/**'], ignores: ELECTRON_SHELL, rules: boundaries(LAYERS.electron, { electronPackage: true }) },
  { files: ELECTRON_SHELL, rules: boundaries(LAYERS.electron) },
);
