/**
 * Which unit test files need a process of their own. vitest.config.ts runs every other test file
 * in the `shared` project, where one worker process runs file after file without reloading
 * modules (vitest's `isolate: false`): the modules, fonts and dictionaries a file loads stay
 * loaded for the next, which roughly halves the suite's time. A file that changes or measures
 * per-process state (module mocks, fake timers, globals, the environment, the process's memory,
 * the caches of a module it observes) would leak into the files after it, or see theirs, so it
 * runs in the `isolated` project instead: a fresh process per file, vitest's default.
 *
 * tests/isolation.test.ts holds the rule: every test file that matches one of PER_PROCESS below
 * must be listed in ISOLATED, and every listed file must exist. A file can be listed for a reason
 * no pattern sees; say it in its entry.
 */

/** Code in a test file that touches state every file in the same process shares. */
export const PER_PROCESS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bvi\s*\.\s*(mock|doMock|unmock|doUnmock|hoisted|importMock|resetModules)\b/, why: 'replaces or reloads modules' },
  { pattern: /\bvi\s*\.\s*(useFakeTimers|setSystemTime|stubGlobal|stubEnv|spyOn)\b/, why: 'fakes timers, the clock, a global or the environment' },
  // In Node a global such as `window` exists only once a test sets it through globalThis.
  { pattern: /(?<![\w.$])(globalThis|global)\b/, why: 'reads or writes globals' },
  { pattern: /\bprocess\s*\.\s*env\s*(\.\s*\w+|\[[^\]]+\])\s*=(?!=)|\bdelete\s+process\s*\.\s*env\b/, why: 'writes the environment' },
  { pattern: /\bprocess\s*\.\s*(chdir|umask|on|once|off|exitCode|setUncaughtExceptionCaptureCallback)\b/, why: 'changes the process' },
  { pattern: /\bprocess\s*\.\s*(memoryUsage|resourceUsage|cpuUsage)\b/, why: 'measures the process (other files would count)' },
  { pattern: /\bconsole\s*\.\s*\w+\s*=(?!=)/, why: 'replaces console methods' },
  { pattern: /\bopenedFonts\s*\(/, why: "asserts which fonts this process has opened so far (electron/pdf/fonts.ts's per-process cache)" },
];

/** Test files (from the repository root) that run in a fresh process each, with why. */
export const ISOLATED: Readonly<Record<string, string>> = {
  'tests/renderer/autosave/autosave.test.ts': 'fake timers',
  'tests/renderer/focus/daily-words.test.ts': 'fake timers and the system clock',
  'tests/renderer/autosave/draft-autosave.test.ts': 'fake timers',
  'tests/renderer/autosave/flush-on-close.test.ts': 'sets globalThis.window',
  'tests/renderer/course/writing-session.test.ts': 'fake timers and a fake clock',
  'tests/renderer/editor/sliced-job.test.ts': 'fake timers, and a scheduler stubbed on globalThis',
  'tests/renderer/ui/refused-files.test.tsx': 'stubs the global document (i18n reads its lang)',
  'tests/electron/course/read-pack.test.ts': 'mocks shared/course/json-error.ts to count its calls',
  'tests/electron/cli.test.ts': "writes process.env to show the CLI never reads it",
  'tests/electron/store/backup.test.ts': 'replaces console.warn while it checks the warnings',
  'tests/electron/pdf-import/bomb.test.ts': "asserts the process's peak memory",
  'tests/electron/pdf/lazy-fonts.test.ts': 'asserts which fonts the process has opened',
};
