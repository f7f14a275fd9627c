/**
 * Contract of this installation's keys, as the UI needs them (docs/review-format.md, "Keys").
 * Private keys never cross the contract: the UI sees fingerprints and public keys only.
 */
import { z } from 'zod';
import { method } from './define.ts';
import { filePayloadSchema } from './library.ts';

export const keyInfoSchema = z.object({
  /** "3F2A 91C0 7B44 E1D9": what people compare by eye or read out. */
  fingerprint: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
  /** One of the sample's public demo keys. */
  demo: z.boolean(),
});
export type KeyInfoOut = z.infer<typeof keyInfoSchema>;

export const trustApi = {
  /** The mentor key; `create` makes it on first use (the mentor screen), else null until then. */
  'trust.mentorKey': method(z.object({ create: z.boolean().optional() }), keyInfoSchema.nullable()),
  /** The mentor's public key as a .naskahkey file, for the instructor to list in course.json. */
  'trust.exportMentorKey': method(z.object({}), filePayloadSchema),
};
