/**
 * Command lines parsed strictly from each command's declaration (electron/cli/commands.ts): ids
 * after "--", unknown options, missing and unexpected values, required options and argument counts
 * are each refused with one translated line that names what is wrong.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMANDS, type ArgsOf } from '../../../electron/cli/commands.ts';
import { parseCommandLine, UsageError, type CommandSpec } from '../../../electron/cli/spec.ts';
import { newId } from '../../../electron/store/ids.ts';
import { naskah } from './run.ts';

const spec = (name: string): CommandSpec => COMMANDS.find((c) => c.name === name)!;

function refusal(name: string, argv: string[]): UsageError {
  try {
    parseCommandLine(spec(name), argv);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`naskah ${name} ${argv.join(' ')} was accepted`);
}

describe('ids on the command line', () => {
  it('never starts a new id with "-" or "_"', () => {
    for (let i = 0; i < 5000; i++) expect(newId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{15}$/);
  });

  it('takes everything after "--" as an argument', () => {
    expect(parseCommandLine(spec('export'), ['--to', 'fdx', '--', '-abc123'])).toEqual({ help: false, positionals: ['-abc123'], values: { to: 'fdx' } });
  });
});

describe('parseCommandLine', () => {
  it('reads long, short and inline options as declared', () => {
    expect(parseCommandLine(spec('convert'), ['in.fountain', '--to=pdf', '-o', 'out.pdf', '--paper', 'a4', '--scene-numbers'])).toEqual({
      help: false,
      positionals: ['in.fountain'],
      values: { to: 'pdf', out: 'out.pdf', paper: 'a4', 'scene-numbers': true },
    });
    expect(parseCommandLine(spec('report import'), ['a.naskahreport', 'class/', '--course', 'c1'])).toMatchObject({ positionals: ['a.naskahreport', 'class/'], values: { course: 'c1' } });
  });

  it('refuses an unknown option, naming it as typed and the command it was given to', () => {
    const err = refusal('list', ['--jsno']);
    expect(err.message).toBe('naskah list: unknown option “--jsno”.');
    expect(err.command).toBe('list');
    expect(refusal('convert', ['in.fountain', '--to', 'fdx', '-x']).message).toBe('naskah convert: unknown option “-x”.');
  });

  it('refuses a value missing from an option that needs one, and one given to a switch', () => {
    expect(refusal('export', ['id1', '--to']).message).toBe('naskah export: --to needs a value (fountain|fdx|json|pdf).');
    expect(refusal('list', ['--json=yes']).message).toBe('naskah list: --json takes no value.');
  });

  it('refuses a missing required option and a wrong number of arguments', () => {
    expect(refusal('convert', ['in.fountain']).message).toBe('naskah convert needs --to fountain|fdx|json|pdf.');
    expect(refusal('pack build', ['dir']).message).toBe('naskah pack build needs -o FILE.naskahpack.');
    expect(refusal('import', []).message).toBe('naskah import expects FILE.');
    expect(refusal('review import-feedback', ['id1']).message).toBe('naskah review import-feedback expects ID FILE.naskahfeedback.');
    expect(refusal('report import', []).message).toBe('naskah report import expects FILE|DIR….');
    expect(refusal('list', ['extra']).message).toBe('naskah list takes no arguments (got “extra”).');
  });

  it('types each implementation’s arguments from the same declaration', () => {
    // Checked by the type-check: a required option is always a string, an optional one may be absent,
    // a switch is true or absent, and the arguments are one string per declared placeholder.
    expectTypeOf<ArgsOf<'pack build'>['values']>().toEqualTypeOf<{ out: string; sign: string | undefined }>();
    expectTypeOf<ArgsOf<'list'>['values']>().toEqualTypeOf<{ json: true | undefined; deleted: true | undefined }>();
    expectTypeOf<ArgsOf<'review import-feedback'>['positionals']>().toEqualTypeOf<[string, string]>();
    expectTypeOf<ArgsOf<'report import'>['positionals']>().toEqualTypeOf<[string, ...string[]]>();
    expect(parseCommandLine(spec('pack build'), ['dir', '-o', 'x.naskahpack'])).toMatchObject({ values: { out: 'x.naskahpack' } });
  });

  it('lets --help win over anything else on the line', () => {
    expect(parseCommandLine(spec('export'), ['--bogus', '--help'])).toEqual({ help: true });
    expect(parseCommandLine(spec('export'), ['-h'])).toEqual({ help: true });
  });
});

describe('a usage error from the command line', () => {
  it('exits 1 with one translated line that points at the command’s help, before anything runs', async () => {
    const en = await naskah(['list', '--frobnicate']);
    expect(en).toMatchObject({ code: 1, stdout: '', stderr: 'naskah: naskah list: unknown option “--frobnicate”. See naskah list --help.\n' });
    const id = await naskah(['pack', 'build', 'folder'], { NASKAH_LANG: 'id' });
    expect(id).toMatchObject({ code: 1, stdout: '', stderr: 'naskah: naskah pack build memerlukan -o FILE.naskahpack. Lihat naskah pack build --help.\n' });
    expect((await naskah(['export', 'x', '--to', 'fdx', '--wat'], { NASKAH_LANG: 'id' })).stderr).toBe('naskah: naskah export: opsi “--wat” tidak dikenal. Lihat naskah export --help.\n');
  });

  it('names an unknown command, or an unknown command of a group, and points at naskah --help', async () => {
    expect(await naskah(['frobnicate'])).toMatchObject({ code: 1, stderr: 'naskah: unknown command “frobnicate”. See naskah --help.\n' });
    expect((await naskah(['pack', 'frobnicate'])).stderr).toBe('naskah: unknown command “pack frobnicate”. See naskah --help.\n');
  });
});
