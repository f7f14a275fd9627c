/**
 * How long opening the library waits for a lock another process holds on naskah.db (better-sqlite3's
 * timeout, SQLite's busy_timeout) before it gives up with store.cannot_open: a second Naskah
 * starting while the first one writes waits instead of failing. The health check and the
 * connection both wait this long; openStore takes a shorter one for the tests of that refusal.
 */
export const BUSY_TIMEOUT_MS = 5000;
