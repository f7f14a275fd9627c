import { randomBytes } from 'node:crypto';

/** Random URL-safe id (16 chars of base64url = 96 bits): unguessable and valid in the contract's idSchema. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}
