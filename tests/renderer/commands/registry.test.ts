import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../shared/commands/command-list.ts';
import { COMMAND_AREAS } from '../../../renderer/commands/areas.ts';
import { commandForKey } from '../../../renderer/commands/key-map.ts';
import { CommandRegistry } from '../../../renderer/commands/registry.ts';
import { fitZoom, nextTheme, paperZoomOf, reopenAtStart, stepZoom } from '../../../renderer/commands/shell-rules.ts';

describe('command areas', () => {
  it('together carry out every listed command, each in one area only', () => {
    const all = Object.values(COMMAND_AREAS).flat();
    expect([...all].sort()).toEqual([...COMMAND_IDS].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('CommandRegistry', () => {
  it('runs the newest handler while the rule allows it, and gives the command back when it goes', () => {
    const r = new CommandRegistry();
    const ran: string[] = [];
    r.register('file.new', () => ran.push('app'));
    const off = r.register('file.new', () => ran.push('library'));
    expect(r.run('file.new')).toBe(true);
    off();
    r.run('file.new');
    expect(ran).toEqual(['library', 'app']);
    // Print needs an open script: refused in the library, even with a handler.
    r.register('file.print', () => ran.push('print'));
    expect(r.run('file.print')).toBe(false);
    r.setState({ screen: 'script' });
    expect(r.run('file.print')).toBe(true);
    expect(r.run('file.close')).toBe(false); // nobody registered it
  });

  it('passes the recent script’s id, and merges the panels each part reports', () => {
    const r = new CommandRegistry();
    let opened = '';
    r.register('file.openRecent', (id) => (opened = id ?? ''));
    r.setState({ recent: [{ id: 'abc', title: 'A' }] });
    r.run('file.openRecent', 'abc');
    expect(opened).toBe('abc');
    r.setPanels('editor', ['coach', 'scenes']);
    r.setPanels('script', ['snapshots']);
    expect(r.state.panels).toEqual(['scenes', 'coach', 'snapshots']);
    r.setPanels('editor', []);
    expect(r.state.panels).toEqual(['snapshots']);
  });

  it('tells its listeners only about real changes', () => {
    const r = new CommandRegistry();
    let calls = 0;
    r.subscribe(() => calls++);
    r.setState({ zoom: 100 });
    r.setTitle({ script: null, saveState: 'saved' });
    expect(calls).toBe(0);
    r.setTitle({ script: 'Hujan' });
    expect(calls).toBe(1);
  });
});

describe('key map', () => {
  it('finds the command of a key per platform, and leaves a text field its own undo and marks', () => {
    expect(commandForKey({ key: 'k', ctrlKey: true }, 'linux', false)).toBe('view.palette');
    expect(commandForKey({ key: 'k', metaKey: true }, 'darwin', false)).toBe('view.palette');
    expect(commandForKey({ key: 'k', ctrlKey: true }, 'darwin', false)).toBeNull();
    expect(commandForKey({ key: 'p', ctrlKey: true }, 'linux', true)).toBe('file.print');
    expect(commandForKey({ key: 'z', ctrlKey: true }, 'linux', true)).toBeNull();
    expect(commandForKey({ key: 'z', ctrlKey: true }, 'linux', false)).toBe('edit.undo');
    expect(commandForKey({ key: 'z', metaKey: true, shiftKey: true }, 'darwin', false)).toBe('edit.redo');
    expect(commandForKey({ key: '3', ctrlKey: true }, 'linux', false)).toBe('format.character');
    expect(commandForKey({ key: 'b', ctrlKey: true }, 'linux', true)).toBeNull();
    expect(commandForKey({ key: '+', ctrlKey: true, shiftKey: true }, 'win32', false)).toBe('view.zoomIn');
    expect(commandForKey({ key: 'x' }, 'linux', false)).toBeNull();
  });
});

describe('shell rules', () => {
  it('cycles the themes, steps the zoom within 50–200 %, reopens only in the desktop app at start', () => {
    expect([nextTheme('light'), nextTheme('dark'), nextTheme('contrast')]).toEqual(['dark', 'contrast', 'light']);
    expect([stepZoom(100, 1), stepZoom(100, -1), stepZoom(200, 1), stepZoom(50, -1), stepZoom(55, 1), stepZoom(55, -1)]).toEqual([110, 90, 200, 50, 60, 50]);
    expect(reopenAtStart({ desktop: true, lastOpen: 'a', screen: 'library' })).toBe('a');
    expect(reopenAtStart({ desktop: false, lastOpen: 'a', screen: 'library' })).toBeNull();
    expect(reopenAtStart({ desktop: true, lastOpen: 'a', screen: 'script' })).toBeNull();
    expect(reopenAtStart({ desktop: true, lastOpen: null, screen: 'library' })).toBeNull();
  });

  it('fits the page: the whole percent that fits, within 50–200 %; nothing to measure, no fit', () => {
    // A Letter page (816 px at 100 %) beside the scene list and the coach at 1280 px: 728 px of room.
    expect([fitZoom(728, 816), fitZoom(816, 816), fitZoom(3000, 816), fitZoom(200, 816)]).toEqual([89, 100, 200, 50]);
    expect([fitZoom(728, 0), fitZoom(0, 816)]).toEqual([null, null]);
  });

  it('picks the paper zoom: fit while chosen, a picked zoom after Ctrl+= / Ctrl+-, at first open 100 % or less to fit', () => {
    expect(paperZoomOf({ paperFit: true, paperZoom: 120 }, 89)).toBe(89);
    expect(paperZoomOf({ paperFit: true, paperZoom: 120 }, 140)).toBe(140);
    expect(paperZoomOf({ paperFit: true, paperZoom: 120 }, null)).toBe(120);
    expect(paperZoomOf({ paperFit: false, paperZoom: 120 }, 89)).toBe(120);
    expect(paperZoomOf({ paperZoom: 100 }, 89)).toBe(100);
    // Nothing picked yet: a narrow window fits the page, a wide one shows it at 100 %.
    expect([paperZoomOf({}, 89), paperZoomOf({}, 150), paperZoomOf({}, null)]).toEqual([89, 100, 100]);
  });
});
