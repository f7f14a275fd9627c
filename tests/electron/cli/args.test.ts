/** Ids on the command line: new ids never look like options, and "--" passes an old one through. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/cli/io.ts';
import { newId } from '../../../electron/store/ids.ts';

describe('ids on the command line', () => {
  it('never starts a new id with "-" or "_"', () => {
    for (let i = 0; i < 5000; i++) expect(newId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{15}$/);
  });

  it('takes everything after "--" as positional', () => {
    expect(parseArgs(['--to', 'fdx', '--', '-abc123'], ['to'])).toEqual({ positional: ['-abc123'], flags: { to: 'fdx' } });
  });
});
