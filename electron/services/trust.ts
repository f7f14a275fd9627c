/** The trust contract: this installation's mentor key as the UI shows and hands it out. */
import { exportKey, getKey, infoOf, type KeyInfo } from '../trust/key-store.ts';
import { MENTOR_KEY, mentorKey } from '../trust/role-keys.ts';
import type { ServiceContext } from './context.ts';
import type { trustApi } from '../../shared/api/trust.ts';
import type { HandlersFor } from './handlers.ts';

const out = (k: KeyInfo) => ({ fingerprint: k.fingerprint, publicKey: k.publicKey, createdAt: k.createdAt, demo: k.demo });

export function trustHandlers(ctx: ServiceContext): HandlersFor<typeof trustApi> {
  return {
    'trust.mentorKey': ({ create }) => {
      if (create) return out(mentorKey(ctx.dataDir));
      const file = getKey(ctx.dataDir, MENTOR_KEY);
      return file ? out(infoOf(file)) : null;
    },
    'trust.exportMentorKey': () => {
      const key = mentorKey(ctx.dataDir);
      return {
        fileName: `mentor-key-${key.fingerprint.replace(/ /g, '').slice(0, 8).toLowerCase()}.naskahkey`,
        mimeType: 'application/vnd.naskah.key+json',
        encoding: 'utf8' as const,
        content: exportKey(ctx.dataDir, MENTOR_KEY),
      };
    },
  };
}
