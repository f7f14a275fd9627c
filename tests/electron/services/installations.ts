/**
 * Several installations of Naskah in one test — a trainee's, a mentor's, an instructor's — each
 * a backend on a data directory of its own, passing only files between them as a programme does.
 * Every one opened is closed after each test (or earlier, by `closeAll`, when a test hands a data
 * directory over to the command line).
 */
import { afterEach } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';

export function installations(): { backend(): Backend; closeAll(): void } {
  let open: Backend[] = [];
  const closeAll = () => {
    for (const b of open) b.close();
    open = [];
  };
  afterEach(closeAll);
  return {
    backend() {
      const b = openBackend(tempDataDir(), 'cli', 'en-US');
      open.push(b);
      return b;
    },
    closeAll,
  };
}
