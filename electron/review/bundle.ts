/**
 * The .naskahreview bundle (docs/review-format.md): a zip holding the frozen draft as JSON with
 * element ids, a Fountain copy and a PDF for reading anywhere, and meta.json. Reading checks the
 * zip (zip-read.ts), the metadata, the draft, and that the draft is the one the metadata names.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { BUNDLE_ENTRIES, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, READABLE_BUNDLE_VERSIONS, bundleMetaSchema, type BundleMeta } from '../../shared/review/bundle-meta.ts';
import { canonicalDraftJson } from '../../shared/review/canonical.ts';
import { writeFountain } from '../../shared/screenplay/fountain/write.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { screenplaySchema } from '../../shared/screenplay/schema.ts';
import { sha256Hex } from '../sha256.ts';
import { writeZip } from '../zip/zip-write.ts';
import { readZip, type ZipSpec } from './zip-read.ts';
import { checkJsonSignature } from '../trust/signed-json.ts';

const MiB = 1024 * 1024;

export const BUNDLE_SPEC: ZipSpec = {
  maxArchiveBytes: 64 * MiB,
  maxEntries: 8,
  entries: {
    [BUNDLE_ENTRIES.meta]: 256 * 1024,
    [BUNDLE_ENTRIES.draft]: 32 * MiB,
    [BUNDLE_ENTRIES.fountain]: 16 * MiB,
    [BUNDLE_ENTRIES.pdf]: 48 * MiB,
  },
  required: [BUNDLE_ENTRIES.meta, BUNDLE_ENTRIES.draft],
  // The mentor works from draft.json; the Fountain and PDF copies are for people, never inflated here.
  read: [BUNDLE_ENTRIES.meta, BUNDLE_ENTRIES.draft],
  ratioFloorBytes: 1 * MiB,
  maxRatio: 100,
};

export interface BundleContents {
  meta: BundleMeta;
  screenplay: Screenplay;
  /** Canonical draft JSON (its sha256 is meta.draftSha256). */
  draftJson: string;
}

export function draftSha256(screenplay: Screenplay): string {
  return sha256Hex(canonicalDraftJson(screenplay));
}

export async function buildBundle(input: { meta: BundleMeta; screenplay: Screenplay; pdf: Uint8Array }): Promise<Buffer> {
  return writeZip(
    [
      { name: BUNDLE_ENTRIES.meta, data: Buffer.from(JSON.stringify(input.meta, null, 2) + '\n', 'utf8') },
      { name: BUNDLE_ENTRIES.draft, data: Buffer.from(canonicalDraftJson(input.screenplay), 'utf8') },
      { name: BUNDLE_ENTRIES.fountain, data: Buffer.from(writeFountain(input.screenplay), 'utf8') },
      { name: BUNDLE_ENTRIES.pdf, data: Buffer.from(input.pdf), compress: false },
    ],
    new Date(input.meta.createdAt),
  );
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function problem(issues: { path: PropertyKey[]; message: string }[]): { path: string; problem: string } {
  const issue = issues[0];
  return { path: issue?.path.map(String).join('.') || '(root)', problem: issue?.message ?? '' };
}

export async function readBundle(bytes: Buffer): Promise<Result<BundleContents>> {
  const files = await readZip(bytes, BUNDLE_SPEC);
  if (!files.ok) return files;

  const metaData = parseJson(files.value.get(BUNDLE_ENTRIES.meta)!);
  if (!metaData || typeof metaData !== 'object') return fail('review.bundle_bad_meta', { path: BUNDLE_ENTRIES.meta, problem: 'not JSON' });
  const m = metaData as { format?: unknown; formatVersion?: unknown };
  if (m.format !== BUNDLE_FORMAT) return fail('review.not_bundle');
  if (typeof m.formatVersion !== 'number' || !READABLE_BUNDLE_VERSIONS.includes(m.formatVersion)) {
    return fail('review.unsupported_version', { version: String(m.formatVersion), supported: BUNDLE_FORMAT_VERSION });
  }
  const meta = bundleMetaSchema.safeParse(metaData);
  if (!meta.success) return fail('review.bundle_bad_meta', problem(meta.error.issues));
  // A bundle naming the trainee's installation key must be signed by it: otherwise anyone could
  // send a draft in another trainee's name and have the mentor's approval credited to them.
  if (meta.data.traineeKey || meta.data.signature) {
    const signature = checkJsonSignature('review-bundle', metaData);
    if (signature.status !== 'valid' || signature.key !== meta.data.traineeKey) return fail('trust.bundle_bad_signature', { trainee: meta.data.traineeName });
  }

  const draftData = parseJson(files.value.get(BUNDLE_ENTRIES.draft)!);
  if (draftData === undefined) return fail('review.bundle_bad_draft', { path: BUNDLE_ENTRIES.draft, problem: 'not JSON' });
  const draft = screenplaySchema.safeParse(draftData);
  if (!draft.success) return fail('review.bundle_bad_draft', problem(draft.error.issues));
  // Anchors are element ids: every element needs one, and only one element may carry it.
  const ids = new Set<string>();
  for (const [i, el] of draft.data.elements.entries()) {
    if (!el.id || ids.has(el.id)) return fail('review.bundle_bad_draft', { path: `elements.${i}.id`, problem: 'missing or duplicate id' });
    ids.add(el.id);
  }
  const draftJson = canonicalDraftJson(draft.data);
  if (sha256Hex(draftJson) !== meta.data.draftSha256) return fail('review.bundle_hash_mismatch');
  return ok({ meta: meta.data, screenplay: draft.data, draftJson });
}
