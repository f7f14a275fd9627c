/**
 * The Electron IPC host without Electron: registerIpc() is given a fake ipcMain, and its handler
 * is called with fake events whose senderFrame.url is trusted or not. Payloads are malformed on
 * purpose: every answer must be a typed reply, never an exception, never common.internal.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/host.ts';
import { INVOKE_CHANNEL, registerIpc, type SenderLike } from '../../electron/ipc.ts';
import { api } from '../../shared/api.ts';
import { tempDataDir } from './temp.ts';

type Handler = (event: SenderLike, method: unknown, payload: unknown) => unknown;
type Reply = { ok: boolean; result?: unknown; error?: { code: string; params: Record<string, unknown> } };

const APP = new URL('app://naskah');
const TRUSTED: SenderLike = { senderFrame: { url: 'app://naskah/index.html' } };

describe('IPC host (registerIpc)', () => {
  let backend: Backend;
  let handler: Handler;
  const call = async (event: SenderLike, method: unknown, payload?: unknown) => (await handler(event, method, payload)) as Reply;

  beforeAll(() => {
    backend = openBackend(tempDataDir(), 'electron', 'en-US');
    const registered = new Map<string, Handler>();
    registerIpc({ handle: (channel, fn) => registered.set(channel, fn) }, backend.handlers, APP);
    expect([...registered.keys()]).toEqual([INVOKE_CHANNEL]);
    handler = registered.get(INVOKE_CHANNEL)!;
  });
  afterAll(() => backend.close());

  it('serves the app’s own frame', async () => {
    expect(await call(TRUSTED, 'library.create', { title: 'Over IPC' })).toMatchObject({ ok: true, result: { title: 'Over IPC' } });
  });

  it('refuses untrusted frames before anything runs', async () => {
    const before = ((await call(TRUSTED, 'library.list', {})).result as unknown[]).length;
    const untrusted: SenderLike[] = [
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'app://naskah.evil/index.html' } },
      { senderFrame: { url: 'file:///work/main/dist/renderer/index.html' } },
      { senderFrame: { url: 'about:blank' } },
      { senderFrame: { url: '' } },
    ];
    for (const event of untrusted) {
      expect(await call(event, 'library.create', { title: 'Smuggled' })).toEqual({ ok: false, error: { code: 'common.untrusted_sender', params: {} } });
      // Even an unknown method or garbage payload gets the refusal, not a hint about the contract.
      expect((await call(event, 'nope', 42)).error?.code).toBe('common.untrusted_sender');
    }
    expect(((await call(TRUSTED, 'library.list', {})).result as unknown[]).length).toBe(before);
  });

  it('answers unknown and non-string method names with common.unknown_method', async () => {
    const nullProto = Object.create(null) as object;
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '', 42, null, undefined, {}, [], nullProto, Symbol('x'), 'x'.repeat(10_000)]) {
      const reply = await call(TRUSTED, name, {});
      expect(reply.ok).toBe(false);
      expect(reply.error?.code).toBe('common.unknown_method');
      expect(String(reply.error?.params.method).length).toBeLessThanOrEqual(100);
    }
  });

  it('answers wrong types, missing fields and oversized strings with common.invalid_input', async () => {
    const cases: Array<[string, unknown]> = [
      ['library.create', { title: 42 }],
      ['library.create', {}],
      ['library.create', { title: 'x'.repeat(1_000_000) }],
      ['library.create', 'title'],
      ['library.create', [{ title: 'a' }]],
      ['library.rename', { id: 'a/../b', title: 'x' }],
      ['draft.load', { id: 123 }],
      ['settings.set', { paper: 'a3' }],
      ['course.record', { packId: 'p', kind: 'opened', itemId: 'x', data: { deep: { er: 1 } } }],
      ['library.import', { fileName: 'x.fountain', format: 'docx', text: '' }],
    ];
    for (const [name, payload] of cases) {
      expect(await call(TRUSTED, name, payload), name).toMatchObject({ ok: false, error: { code: 'common.invalid_input', params: { method: name } } });
    }
  });

  it('ignores __proto__ keys in payloads (no prototype pollution)', async () => {
    const payload = JSON.parse('{"title":"Safe","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    expect(await call(TRUSTED, 'library.create', payload)).toMatchObject({ ok: true, result: { title: 'Safe' } });
    const settings = JSON.parse('{"__proto__":{"theme":"dark","polluted":"yes"}}');
    const reply = await call(TRUSTED, 'settings.set', settings);
    expect(reply.ok).toBe(true);
    expect((reply.result as { theme: string }).theme).not.toBe('dark');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and never reports common.internal for arbitrary payloads to any method (property)', async () => {
    const methods = Object.keys(api);
    // Payloads shaped like the contract's inputs but with wrong or hostile values.
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'title', 'scriptId', 'packId', 'text', 'fileName', 'content', 'path');
    const payload = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
      fc.constantFrom(undefined, null, NaN, -0, Infinity, 'x'.repeat(300_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), payload, async (name, input) => {
        const reply = await call(TRUSTED, name, input);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          expect(reply.error?.code).toMatch(/^[a-z]+\.[a-z_]+$/);
          expect(reply.error?.code, `${name} ${JSON.stringify(input)?.slice(0, 200)}`).not.toBe('common.internal');
        }
      }),
      { numRuns: 400 },
    );
  });
});
