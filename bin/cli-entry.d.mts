// Types of cli-entry.mjs for the TypeScript that imports it (its tests).
export function cliEntry(root: string, env?: NodeJS.ProcessEnv): { file: string; kind: 'bundle' | 'sources'; reason?: string };
