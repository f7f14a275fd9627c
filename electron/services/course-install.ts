/**
 * Installing and updating course packs. A pack is read and verified completely before anything
 * is written; the install is then one transaction (pack row, every file, id renames), so a refused
 * or failed import leaves the installed revision — and all progress — exactly as it was.
 * An older revision than the installed one is refused (anti-rollback), and so is an update not
 * signed by the publisher key the installed revision names (pinning, as TUF does it: the first
 * key seen for a pack id is trusted; after that only a revision it signs may change the pack).
 */
import { diffManifests } from '../../shared/course/diff.ts';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { compareSemver } from '../../shared/course/semver.ts';
import { AppError } from '../../shared/errors.ts';
import type { InspectResult } from '../../shared/api/course.ts';
import type { LoadedPack } from '../course/manifest-bytes.ts';
import { problem, type PackProblem, type PackRead } from '../course/pack-problems.ts';
import { getPack, putPack, renameItem, storedMediaHashes } from '../store/course.ts';
import { storedMediaFile, sweepMediaFiles } from '../store/media-files.ts';
import { isDemoKey } from '../../shared/trust/demo-keys.ts';
import { fingerprint } from '../trust/ed25519.ts';
import { nowIso } from '../store/ids.ts';
import type { ServiceContext } from './context.ts';

export function storedManifest(json: string): CourseManifest {
  return JSON.parse(json) as CourseManifest;
}

/** The publisher key an installed pack is pinned to (its manifest's), or null for an unsigned one. */
export function pinnedKey(installedManifest: string | undefined): string | null {
  return installedManifest ? (storedManifest(installedManifest).publisherKey ?? null) : null;
}

/** A pack's signer as the UI shows it. */
export function signedBy(publisherKey: string | null | undefined): { fingerprint: string; demo: boolean } | null {
  return publisherKey ? { fingerprint: fingerprint(publisherKey), demo: isDemoKey(publisherKey) } : null;
}

/**
 * An installed pack pinned to a publisher key accepts only revisions that key signed — also a
 * revision naming a new key (a key change), which must carry the pinned key's signature too.
 */
function publisherProblems(manifest: CourseManifest, signers: readonly string[], pinned: string | null): PackProblem[] {
  if (!pinned || signers.includes(pinned)) return [];
  if (signers.length === 0) return [problem('trust.pack_update_unsigned', { id: manifest.id, pinned: fingerprint(pinned) })];
  return [problem('trust.pack_publisher_changed', { id: manifest.id, pinned: fingerprint(pinned), fingerprint: fingerprint(manifest.publisherKey ?? signers[0]) })];
}

/** Problems that depend on this installation rather than the pack itself. */
function installProblems(ctx: ServiceContext, manifest: CourseManifest, signers: readonly string[]): PackProblem[] {
  if (compareSemver(manifest.minAppVersion, ctx.appVersion) > 0) {
    return [problem('pack.needs_newer_app', { needed: manifest.minAppVersion, current: ctx.appVersion })];
  }
  const installed = getPack(ctx.db, manifest.id);
  const publisher = publisherProblems(manifest, signers, pinnedKey(installed?.manifest));
  if (publisher.length > 0) return publisher;
  if (installed && manifest.revision < installed.revision) {
    return [problem('pack.older_revision', { revision: manifest.revision, installed: installed.revision })];
  }
  return [];
}

export function inspectPack(ctx: ServiceContext, read: PackRead<LoadedPack>): InspectResult {
  if (!read.ok) return { status: 'refused', problems: read.problems };
  const { manifest, signers } = read.value;
  const problems = installProblems(ctx, manifest, signers);
  const installed = getPack(ctx.db, manifest.id);
  const pinned = pinnedKey(installed?.manifest);
  const keyChange = pinned && manifest.publisherKey && pinned !== manifest.publisherKey ? { from: fingerprint(pinned), to: fingerprint(manifest.publisherKey) } : null;
  const pack = {
    id: manifest.id,
    version: manifest.version,
    revision: manifest.revision,
    title: manifest.title,
    description: manifest.description,
    publisher: manifest.publisher,
    signedBy: signedBy(manifest.publisherKey),
    keyChange,
  };
  if (problems.length > 0 && problems[0].code !== 'pack.older_revision') return { status: 'refused', problems };
  if (!installed) return { status: 'new', pack, installed: null, changes: [] };
  const was = { version: installed.version, revision: installed.revision };
  if (manifest.revision < installed.revision) return { status: 'older', pack, installed: was, changes: [] };
  if (manifest.revision === installed.revision && installed.manifest !== JSON.stringify(manifest)) {
    return { status: 'refused', problems: [problem('pack.same_revision_changed', { id: manifest.id, revision: manifest.revision })] };
  }
  const changes = diffManifests(storedManifest(installed.manifest), manifest);
  return { status: manifest.revision === installed.revision ? 'same' : 'update', pack, installed: was, changes };
}

/**
 * The pack's files with their SHA-256 for the store: taken from the manifest, which the reader
 * has already checked every file against — hashing up to 200 MiB again would only repeat that.
 */
function withHashes(manifest: CourseManifest, files: ReadonlyMap<string, Buffer>): Map<string, { sha256: string; data: Buffer }> {
  const listed = new Map(manifest.files.map((f) => [f.path, f.sha256.toLowerCase()]));
  return new Map([...files].map(([path, data]) => [path, { sha256: listed.get(path)!, data }]));
}

/** Installs a verified pack, or throws the first problem as an AppError having written nothing. */
export function installPack(ctx: ServiceContext, read: PackRead<LoadedPack>): { id: string; changed: boolean } {
  if (!read.ok) throw new AppError(read.problems[0].code, { ...read.problems[0].params, more: read.problems.length - 1 });
  const { manifest, files, signers, streamed } = read.value;
  const at = nowIso();
  const stored = withHashes(manifest, files);
  assertMediaStored(ctx, streamed);
  // The checks run inside the write transaction (IMMEDIATE: the write lock is taken first), so the
  // app and the CLI installing at once cannot both pass the revision check and roll progress back.
  const result = ctx.db
    .transaction(() => {
      const problems = installProblems(ctx, manifest, signers);
      if (problems.length > 0) throw new AppError(problems[0].code, problems[0].params);
      const installed = getPack(ctx.db, manifest.id);
      if (installed && installed.revision === manifest.revision) {
        // The same revision again is a no-op — unless its content differs: a publisher who forgot
        // to raise the revision would otherwise ship nothing, silently.
        if (installed.manifest !== JSON.stringify(manifest)) throw new AppError('pack.same_revision_changed', { id: manifest.id, revision: manifest.revision });
        return { id: manifest.id, changed: false };
      }
      for (const [from, to] of Object.entries(manifest.migrations ?? {})) renameItem(ctx.db, manifest.id, from, to);
      putPack(ctx.db, { id: manifest.id, version: manifest.version, revision: manifest.revision, manifest: JSON.stringify(manifest), at }, stored, streamed);
      return { id: manifest.id, changed: true };
    })
    .immediate();
  sweepMedia(ctx);
  return result;
}

/**
 * Video, audio and PDFs must already be in the media file store (the reader streamed them there,
 * ReadOptions.storeMediaIn): a row without its file would be a lesson that cannot play.
 */
function assertMediaStored(ctx: ServiceContext, streamed: LoadedPack['streamed']): void {
  for (const [path, f] of streamed) if (!storedMediaFile(ctx.dataDir, f.sha256, f.size)) throw new AppError('media.not_stored', { file: path });
}

/** Removes media files no pack refers to any more (an update's old video, a removed pack's). */
export function sweepMedia(ctx: ServiceContext): void {
  sweepMediaFiles(ctx.dataDir, storedMediaHashes(ctx.db));
}

/**
 * Suffix of a preview's id: an instructor's look at a pack as a trainee sees it, kept apart from
 * the real one. "~" can never occur in a pack id (PACK_ID), so no real pack can collide with it.
 */
export const PREVIEW_SUFFIX = '~preview';

/**
 * Installs a verified pack as a preview: under its own id, replacing any earlier preview whatever
 * its revision (previews are drafts of a pack, not releases), never touching the real install.
 */
export function installPreview(ctx: ServiceContext, read: PackRead<LoadedPack>): { id: string } {
  if (!read.ok) throw new AppError(read.problems[0].code, { ...read.problems[0].params, more: read.problems.length - 1 });
  const { manifest, files, streamed } = read.value;
  const id = `${manifest.id}${PREVIEW_SUFFIX}`;
  const stored = withHashes(manifest, files);
  assertMediaStored(ctx, streamed);
  ctx.db.transaction(() => {
    putPack(ctx.db, { id, version: manifest.version, revision: manifest.revision, manifest: JSON.stringify({ ...manifest, id }), at: nowIso() }, stored, streamed);
  })();
  sweepMedia(ctx);
  return { id };
}
