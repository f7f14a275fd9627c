// Types of cli-entry.mjs for the TypeScript that imports it (its tests).
export function cliEntry(root: string, env?: NodeJS.ProcessEnv, requireModule?: boolean): { file: string; kind: 'bundle' | 'sources'; reason?: string };
