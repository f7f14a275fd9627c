/** The platform's command key (renderer/ui/modifier-key.ts): Cmd on a Mac, Ctrl elsewhere. */
import { describe, expect, it } from 'vitest';
import { commandHeld, isMod } from '../../../renderer/ui/modifier-key.ts';

describe('the command key', () => {
  it('is Ctrl off a Mac and Cmd on one', () => {
    expect([commandHeld({ ctrlKey: true }, false), commandHeld({ metaKey: true }, false)]).toEqual([true, false]);
    expect([commandHeld({ ctrlKey: true }, true), commandHeld({ metaKey: true }, true)]).toEqual([false, true]);
  });

  it('makes a shortcut only without the other modifier', () => {
    expect(isMod({ ctrlKey: true }, false)).toBe(true);
    expect(isMod({ ctrlKey: true, metaKey: true }, false)).toBe(false);
    expect(isMod({ metaKey: true }, true)).toBe(true);
    expect(isMod({ metaKey: true, ctrlKey: true }, true)).toBe(false);
    expect(isMod({}, false)).toBe(false);
    // Held together, the command key still counts where a shortcut does not need it alone.
    expect(commandHeld({ ctrlKey: true, metaKey: true }, false)).toBe(true);
  });
});
