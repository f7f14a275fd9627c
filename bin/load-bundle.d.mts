// Types of load-bundle.mjs for the TypeScript that imports it (its tests).
export function codeCacheDir(dist: string, env?: NodeJS.ProcessEnv): string;
export function loadBundle(file: string, env?: NodeJS.ProcessEnv): unknown;
