/**
 * What the contract declares beside each method: the request body a host reads for it. A field
 * the input schema admits must fit that body, or the web host would refuse (413) a call the
 * contract calls valid.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, type MethodName } from '../../../shared/api.ts';
import { BINARY_UPLOAD_BYTES, DEFAULT_BODY_BYTES, FILE_BODY_BYTES, method } from '../../../shared/api/define.ts';

/** The longest string any one field of a JSON schema admits (0 when every string is unbounded or absent). */
function longestString(schema: unknown): number {
  if (Array.isArray(schema)) return Math.max(0, ...schema.map(longestString));
  if (typeof schema !== 'object' || schema === null) return 0;
  const own = (schema as { type?: unknown; maxLength?: unknown }).type === 'string' ? Number((schema as { maxLength?: number }).maxLength ?? 0) : 0;
  return Math.max(own, ...Object.values(schema).map(longestString));
}

const names = Object.keys(api) as MethodName[];

describe('the contract’s body limits', () => {
  it('default to the ordinary limit and are raised only where a method says so', () => {
    expect(method(z.object({}), z.object({})).maxBodyBytes).toBe(DEFAULT_BODY_BYTES);
    expect(method(z.object({}), z.object({}), { maxBodyBytes: FILE_BODY_BYTES }).maxBodyBytes).toBe(FILE_BODY_BYTES);
    expect(names.filter((m) => api[m].maxBodyBytes === FILE_BODY_BYTES).sort()).toEqual(
      ['course.buildFolder', 'course.checkFolder', 'course.inspect', 'course.install', 'course.previewFolder', 'review.openBundle'].sort(),
    );
  });

  it('let every method carry its largest single field, as JSON', () => {
    const longestOf = (name: MethodName) => longestString(z.toJSONSchema(api[name].input, { io: 'input', unrepresentable: 'any' }));
    // The walk finds the real limits: a pack's base64, a PDF's, a bundle's.
    expect([longestOf('course.install'), longestOf('library.import'), longestOf('review.openBundle')]).toEqual([280_000_000, 20_000_000, 90_000_000]);
    for (const name of names) {
      const longest = longestOf(name);
      // JSON adds quotes and the other fields; base64 and plain text need no escaping.
      expect(longest + 64 * 1024, name).toBeLessThanOrEqual(api[name].maxBodyBytes);
    }
  });

  it('declares file bodies: JSON by default, raw bytes only for the streamed pack upload', () => {
    expect(method(z.object({}), z.object({})).body).toBe('json');
    expect(names.filter((m) => api[m].body === 'binary')).toEqual(['media.uploadPack']);
    expect(api['media.uploadPack'].maxBodyBytes).toBe(BINARY_UPLOAD_BYTES);
    // A 2 GiB pack (the pack limit) and its zip's directory fit the upload.
    expect(BINARY_UPLOAD_BYTES).toBeGreaterThan(2 * 1024 * 1024 * 1024);
  });
});
