import { describe, expect, it } from 'vitest';
import { electronAccelerator, matchesKey, shortcutLabel } from '../../../shared/commands/accelerator.ts';

describe('accelerators per platform', () => {
  it('spells the menu string and the palette label each platform’s way', () => {
    const redoMac = { key: 'z', shift: true };
    expect(electronAccelerator(redoMac, 'darwin')).toBe('Cmd+Shift+Z');
    expect(shortcutLabel(redoMac, 'darwin')).toBe('⇧⌘Z');
    expect(shortcutLabel({ key: 'f', alt: true }, 'darwin')).toBe('⌥⌘F');
    expect(shortcutLabel({ key: 'e', shift: true }, 'linux')).toBe('Ctrl+Shift+E');
    expect(shortcutLabel({ key: '=' }, 'win32')).toBe('Ctrl++');
    expect(shortcutLabel({ key: 'F1', plain: true }, 'linux')).toBe('F1');
    expect(electronAccelerator({ key: 'F1', plain: true }, 'darwin')).toBe('F1');
  });

  it('matches a key only with the platform’s command modifier, not the other one', () => {
    const p = { key: 'p' };
    expect(matchesKey(p, { key: 'p', ctrlKey: true }, 'linux')).toBe(true);
    expect(matchesKey(p, { key: 'P', ctrlKey: true }, 'linux')).toBe(true); // Caps Lock
    expect(matchesKey(p, { key: 'p', metaKey: true }, 'linux')).toBe(false);
    expect(matchesKey(p, { key: 'p', metaKey: true }, 'darwin')).toBe(true);
    expect(matchesKey(p, { key: 'p', metaKey: true, ctrlKey: true }, 'darwin')).toBe(false);
    expect(matchesKey(p, { key: 'p', ctrlKey: true, shiftKey: true }, 'linux')).toBe(false);
    expect(matchesKey(p, { key: 'p' }, 'linux')).toBe(false);
  });

  it('zoom in answers = and + (Shift+= and the keypad); Option-letters match on the physical key', () => {
    expect(matchesKey({ key: '=' }, { key: '+', ctrlKey: true, shiftKey: true }, 'linux')).toBe(true);
    expect(matchesKey({ key: '=' }, { key: '=', ctrlKey: true }, 'linux')).toBe(true);
    expect(matchesKey({ key: 'f', alt: true }, { key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }, 'darwin')).toBe(true);
    expect(matchesKey({ key: 'F1', plain: true }, { key: 'F1' }, 'linux')).toBe(true);
    expect(matchesKey({ key: 'F1', plain: true }, { key: 'F1', ctrlKey: true }, 'linux')).toBe(false);
  });
});
