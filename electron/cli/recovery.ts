/**
 * What the command line says when opening the library recovered it (store/recover.ts): the same
 * facts as the app's notice, on stderr, so a script reading stdout is not disturbed — and how to
 * start empty instead. `naskah start-empty` is the notice's button.
 */
import type { Recovery } from '../store/recover.ts';
import { translate } from '../i18n.ts';
import type { CliIo } from './io.ts';

export function recoveryMessage(r: Recovery): string {
  const lines = [
    translate('recovery', `${r.restored ? 'restored' : 'none'}.${r.cause}`, { date: r.restoredAt ?? '' }),
    ...(r.restored ? [`${translate('recovery', 'backupUsed')} ${r.restored}`] : []),
    ...(r.damaged ? [`${translate('recovery', 'keptDamaged')} ${r.damaged}`] : []),
    ...(r.restored ? [translate('recovery', 'cli.startEmpty')] : []),
  ];
  return lines.map((l) => `naskah: ${l}\n`).join('');
}

export function tellRecovery(io: CliIo, r: Recovery | null): void {
  if (r) io.stderr(recoveryMessage(r));
}
