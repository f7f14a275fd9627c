/** Contract of app-wide settings and host information. */
import { z } from 'zod';
import { ZOOM } from '../commands/command-list.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { method } from './define.ts';
import { recoverySchema } from './recovery.ts';

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  paper: z.enum(['letter', 'a4']),
  /** What Enter after dialogue creates: action (Final Draft) or character (Trelby, Celtx). */
  afterDialogue: z.enum(['action', 'character']),
  theme: z.enum(['light', 'dark', 'contrast']),
  /** Automatic (CONT'D) beside a character who speaks again after only action, in the same scene (Final Draft: on). */
  automaticContd: z.boolean(),
  /** Spelling in the editor (absent: on). */
  spelling: z.boolean().optional(),
  /** The writer's personal spelling dictionary: words the checker never flags (absent: none yet). */
  spellDictionary: z.array(z.string().min(1).max(64)).max(20_000).optional(),
  /** The paper's zoom in the page view, in percent (View ▸ Zoom; absent: 100). */
  paperZoom: z.number().int().min(ZOOM.min).max(ZOOM.max).optional(),
  /**
   * The paper's zoom fits the page's width to the room beside the open panels (View ▸ Fit page
   * width), until a zoom is picked again. Absent with no paperZoom either: 100 %, or less where
   * that would cut the page (a first open in a narrow window fits it).
   */
  paperFit: z.boolean().optional(),
  /** Focus mode: the toolbar, panels and status bar fade until pointed at (absent: off). */
  focusMode: z.boolean().optional(),
  /** Typewriter scrolling: the caret's line stays at the same height of the window (absent: off). */
  typewriter: z.boolean().optional(),
  /** The writer's goal of words written per day, outside courses (absent or 0: no goal). */
  dailyWordsGoal: z.number().int().min(0).max(100_000).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsApi = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      dataDir: z.string(),
      host: z.enum(['electron', 'web']),
      locale: z.string(),
      /** Present while the notice of a recovery at start-up (damaged, empty or missing library) waits to be dismissed. */
      recovery: recoverySchema.nullable(),
    }),
  ),
  'settings.get': method(z.object({}), settingsSchema),
  'settings.set': method(settingsSchema.partial(), settingsSchema),
};
