/**
 * Builds the full handler map from each area's services. Hosts (ipc, webhost, cli) call only this.
 * The `satisfies Handlers` check fails to compile when a contract method has no service.
 */
import type { Handlers } from './handlers.ts';
import type { ServiceContext } from './context.ts';
import { classFolderHandlers } from './class-folder.ts';
import { courseHandlers } from './course.ts';
import { desktopHandlers } from './desktop.ts';
import { libraryHandlers } from './library.ts';
import { recentHandlers } from './recent.ts';
import { mediaHandlers } from './media.ts';
import { recoveryHandlers } from './recovery.ts';
import { reviewHandlers } from './review.ts';
import { settingsHandlers } from './settings.ts';
import { trashHandlers } from './trash.ts';
import { trustHandlers } from './trust.ts';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...libraryHandlers(ctx),
    ...reviewHandlers(ctx),
    ...courseHandlers(ctx),
    ...mediaHandlers(ctx),
    ...trashHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...trustHandlers(ctx),
    ...recentHandlers(ctx),
    ...desktopHandlers(ctx),
    ...classFolderHandlers(ctx),
  } satisfies Handlers;
}
