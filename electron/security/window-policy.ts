/**
 * The window's lock-down as data, so the values main.ts passes to Electron are the values tests
 * check. Electron itself cannot start on the build machine; these can.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Chromium's spellchecker fetches Hunspell dictionaries from Google's servers on first use: no
  // remote content. Naskah checks spelling itself, offline (data-spell in the editor).
  spellcheck: false,
} as const;

/** The renderer is a single page: it never navigates, so every navigation is refused. */
export function allowNavigation(_url: string): false {
  return false;
}

/** No camera, microphone, notifications, clipboard-read, geolocation… a screenplay editor needs none. */
export function allowPermission(_permission: string): false {
  return false;
}

/**
 * The print window: the same lock-down, plus Chromium's PDF viewer (a plugin in Electron's terms),
 * which is the whole point of the window. No preload: the page there can reach nothing of the app.
 */
export const PRINT_WEB_PREFERENCES = { ...SECURE_WEB_PREFERENCES, plugins: true } as const;
