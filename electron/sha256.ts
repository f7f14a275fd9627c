/** SHA-256 as lowercase hex: draft hashes, pack file checks, report identities. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
