/**
 * scripts/build-cli.ts: the bundle it writes is the CLI — it converts a Fountain file to a PDF with
 * its fonts embedded, run from another folder, reads that PDF back (the PDF reader's worker thread
 * is found beside the bundle), translates its messages — and its manifest names the sources it
 * was made from, which is what bin/cli-entry.mjs checks for freshness.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io.ts';
import { buildCli, packagePlugins, ROOT } from '../../scripts/build-cli.ts';
import { tempDataDir } from '../electron/temp.ts';

// Inside the repository (as dist-cli/ is), so that packages and translations resolve from it.
const OUT = path.join(ROOT, 'node_modules', '.cache', `naskah-build-cli-test-${process.pid}`);
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

type Main = (argv: string[], io: CliIo) => Promise<number>;

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (out.stdout += String(t)), stderr: (t) => void (out.stderr += t), env: { NASKAH_LANG: 'en' }, cwd };
  return { io: value, out };
}

describe('build-cli', () => {
  it('bundles a CLI that converts to PDF and back from any folder', async () => {
    const manifest = await buildCli(OUT);
    expect(manifest.inputs).toEqual(expect.arrayContaining(['electron/cli.ts', 'electron/cli/convert.ts', 'electron/pdf/render.ts', 'electron/pdf-import/pdf-worker.ts', 'scripts/build-cli.ts']));
    expect(manifest.inputs.every((f) => !f.includes('node_modules'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(fs.existsSync(path.join(OUT, 'pdf-worker.cjs'))).toBe(true);
    // Modules left for first use (AES, Brotli) are loaded from node_modules by the bundle's own require.
    const bundled = fs.readdirSync(OUT).filter((f) => f.endsWith('.cjs')).map((f) => fs.readFileSync(path.join(OUT, f), 'utf8')).join('\n');
    for (const lazy of ['@noble/ciphers/aes', 'brotli/decompress.js']) {
      expect(bundled).toContain(`(${JSON.stringify(lazy)})`);
      expect(typeof createRequire(path.join(OUT, 'cli.cjs'))(lazy)).not.toBe('undefined');
    }
    expect(bundled).not.toContain('BrotliDecompressBuffer(');

    const { main } = createRequire(import.meta.url)(path.join(OUT, 'cli.cjs')) as { main: Main };
    const dir = tempDataDir('naskah-bundle-');
    fs.writeFileSync(path.join(dir, 'w.fountain'), 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan *deras* turun.\n\nSARI\nTutup pintunya.\n');
    const run = io(dir);
    expect(await main(['convert', 'w.fountain', '--to', 'pdf', '-o', 'w.pdf'], run.io)).toBe(0);
    const pdf = path.join(dir, 'w.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/CourierPrime-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toMatch(/Hujan deras turun\./);

    const back = io(dir);
    expect(await main(['convert', 'w.pdf', '--to', 'fountain'], back.io)).toBe(0);
    expect(back.out.stdout).toMatch(/INT\. WARUNG - MALAM[\s\S]*SARI\nTutup pintunya\./);

    const bad = io(dir);
    expect(await main(['convert', 'none.fountain', '--to', 'pdf'], bad.io)).toBe(1);
    expect(bad.out.stderr).toMatch(/^naskah: .*none\.fountain/);
    expect(bad.out.stderr).not.toMatch(/cli:|errors:/);
  });
});

describe('build-cli package plugins', () => {
  it('keep the lazily built tables and modules working when they are used: wrapped text, WOFF2-free fonts, AES', async () => {
    // pdfkit's line breaker (linebreak's table), fontkit's shaper on italics (unicode-properties,
    // fontkit's own tables) and an encrypted PDF (AES), all from a bundle made with the same plugins.
    const out = path.join(OUT, 'plugins');
    fs.mkdirSync(out, { recursive: true });
    const entry = path.join(out, 'entry.ts');
    fs.writeFileSync(
      entry,
      [
        "import fs from 'node:fs';",
        "import PDFDocument from 'pdfkit';",
        `import { fontPath } from ${JSON.stringify(path.join(ROOT, 'electron/pdf/fonts.ts'))};`,
        'export async function write(file: string, encrypted: boolean): Promise<void> {',
        "  const doc = new PDFDocument({ size: 'LETTER', ...(encrypted ? { userPassword: 'kopi', pdfVersion: '1.7' as const } : {}) });",
        '  const chunks: Buffer[] = [];',
        "  doc.on('data', (c: Buffer) => chunks.push(c));",
        "  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));",
        "  doc.font(fontPath('italic')).fontSize(12).text('Sari menulis surat panjang untuk ibunya di kampung, officially filed, lalu pergi ke warung kopi di ujung jalan.', 72, 72, { width: 200 });",
        '  doc.end();',
        '  await done;',
        '  fs.writeFileSync(file, Buffer.concat(chunks));',
        '}',
      ].join('\n'),
    );
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({ input: entry, platform: 'node', external: (id: string) => id.startsWith('node:'), plugins: packagePlugins(out), logLevel: 'silent' });
    await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js' });
    await bundle.close();
    const code = fs.readFileSync(path.join(out, 'entry.js'), 'utf8');
    expect(code.match(/table \?\?=/g)?.length).toBeGreaterThanOrEqual(5);
    expect(code).toContain('("@noble/ciphers/aes")');
    const { write } = (await import(pathToFileURL(path.join(out, 'entry.js')).href)) as { write: (file: string, encrypted: boolean) => Promise<void> };
    const pdf = path.join(out, 'wrapped.pdf');
    await write(pdf, false);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.trim().split('\n').length).toBeGreaterThan(3);
    expect(text.replace(/\s+/g, ' ')).toContain('Sari menulis surat panjang untuk ibunya di kampung, officially filed, lalu pergi ke warung kopi di ujung jalan.');
    const locked = path.join(out, 'locked.pdf');
    await write(locked, true);
    expect(execFileSync('pdfinfo', ['-upw', 'kopi', locked], { encoding: 'utf8' })).toMatch(/^Encrypted:\s+yes/m);
    expect(execFileSync('pdftotext', ['-upw', 'kopi', locked, '-'], { encoding: 'utf8' })).toContain('Sari menulis');
  });
});
