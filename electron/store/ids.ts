import { randomBytes } from 'node:crypto';

/**
 * Random URL-safe id (16 chars of base64url = 96 bits): unguessable and valid in the contract's
 * idSchema. It never starts with "-" or "_": an id is typed on command lines (`naskah export ID`),
 * where a leading "-" reads as an option.
 */
export function newId(): string {
  for (;;) {
    const id = randomBytes(12).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
