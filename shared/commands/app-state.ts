/**
 * What the command list's enabled rules look at, and what the renderer tells the desktop host so
 * its menu, title bar and "edited" dot follow the page. Validated (zod) where it crosses into the
 * main process: the renderer is not trusted with more than these few values.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';
import { ZOOM } from './command-list.ts';

export const PANELS = ['scenes', 'coach', 'title', 'find', 'snapshots'] as const;

export const recentEntrySchema = z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/), title: z.string().max(200) });
export type RecentEntry = z.infer<typeof recentEntrySchema>;

/** At most this many recent scripts are kept and shown. */
export const RECENT_MAX = 10;

export const appStateSchema = z.object({
  screen: z.enum(['library', 'script', 'other']),
  /** A screenplay editor is on screen (the writer's own script, or a mentor's read-only view). */
  editor: z.boolean(),
  /** That editor may be edited (not a read-only view). */
  editable: z.boolean(),
  recent: z.array(recentEntrySchema).max(RECENT_MAX),
  panels: z.array(z.enum(PANELS)).max(PANELS.length),
  zoom: z.number().int().min(ZOOM.min).max(ZOOM.max),
  /** The paper's zoom fits the page's width to the window (View ▸ Fit page width; absent: a zoom was picked). */
  zoomFit: z.boolean().optional(),
  /** Focus mode and typewriter scrolling are on (View menu check boxes; absent: off). */
  focus: z.boolean().optional(),
  typewriter: z.boolean().optional(),
});
export type AppState = z.infer<typeof appStateSchema>;

export const INITIAL_APP_STATE: AppState = { screen: 'library', editor: false, editable: false, recent: [], panels: [], zoom: ZOOM.default };

export const saveStates = ['saved', 'saving', 'unsaved', 'error'] as const;

/** Renderer → desktop host, whenever any of it changes. */
export const hostStateSchema = z.object({
  language: z.enum(LANGUAGES),
  state: appStateSchema,
  /** The open script's title, or null in the library and elsewhere. */
  script: z.string().max(200).nullable(),
  saveState: z.enum(saveStates),
});
export type HostState = z.infer<typeof hostStateSchema>;

/** Desktop host → renderer: a menu item was chosen (`arg`: the recent script's id). */
export const menuCommandSchema = z.object({ command: z.string().max(64), arg: z.string().max(64).optional() });
export type MenuCommand = z.infer<typeof menuCommandSchema>;
