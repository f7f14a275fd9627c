/**
 * The single contract between the UI and the back end: method name → zod input/output.
 * electron/ipc.ts, electron/webhost.ts and electron/cli.ts serve exactly this map; adding a
 * feature means adding its area's methods here and its service functions, no adapter code.
 */
import type { z } from 'zod';
import type { MethodSpec } from './api/define.ts';
import { classFolderApi } from './api/class-folder.ts';
import { courseApi } from './api/course.ts';
import { desktopApi } from './api/desktop.ts';
import { libraryApi } from './api/library.ts';
import { recentApi } from './api/recent.ts';
import { mediaApi } from './api/media.ts';
import { recoveryApi } from './api/recovery.ts';
import { reviewApi } from './api/review.ts';
import { settingsApi } from './api/settings.ts';
import { trashApi } from './api/trash.ts';
import { trustApi } from './api/trust.ts';

export const api = {
  ...settingsApi,
  ...libraryApi,
  ...reviewApi,
  ...courseApi,
  ...mediaApi,
  ...trashApi,
  ...recoveryApi,
  ...trustApi,
  ...recentApi,
  ...desktopApi,
  ...classFolderApi,
} satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type Output<M extends MethodName> = z.output<Api[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What every host answers: a result or a typed error, never a bare exception. */
export type Reply<M extends MethodName> =
  | { ok: true; result: Output<M> }
  | { ok: false; error: { code: string; params: Record<string, string | number> } };
