/*
 * The "press Shift three times" shortcut of <haven-quick-exit>, as a pure state machine: no
 * DOM, no timers. Feed it every keydown and keyup; the clock is injected, so tests move time
 * by hand. A press counts on Shift's keyup, and only if no other key went down since Shift
 * went down (Shift+A types a capital, it is not a press), whichever key is released first.
 */

/** Lone Shift presses that leave the page. */
export const PRESSES = 3;
/** Longest gap, in ms, between one press and the next. */
export const WINDOW_MS = 5000;

/** The parts of a KeyboardEvent the sequence reads. */
export interface KeyLike {
  type: string;
  key: string;
  /** An auto-repeat keydown from a key held down. */
  repeat?: boolean;
}

/**
 * What one key event did: `none` changed nothing, `count` counted a lone Shift press (see
 * `count`), `reset` ended a sequence in progress because another key went down, `exit` was
 * the last press: leave now.
 */
export type Step = 'none' | 'count' | 'reset' | 'exit';

export class ShiftSequence {
  /** Presses so far in the sequence in progress, 0 to PRESSES - 1. */
  count = 0;
  private _last = 0;
  private _mixed = false;

  constructor(private readonly _now: () => number) {}

  handle(event: KeyLike): Step {
    const shift = event.key === 'Shift';
    if (event.type === 'keydown') {
      // Holding Shift repeats its keydown: that is still the same press.
      if (shift) {
        if (!event.repeat) this._mixed = false;
        return 'none';
      }
      this._mixed = true;
      return this.reset() ? 'reset' : 'none';
    }
    if (event.type !== 'keyup' || !shift) return 'none';
    if (this._mixed) {
      this._mixed = false;
      return 'none';
    }
    this.expire();
    this._last = this._now();
    if (++this.count < PRESSES) return 'count';
    this.count = 0;
    return 'exit';
  }

  /** Ends a sequence whose last press is more than the window ago; true if one ended. */
  expire(): boolean {
    return this.count > 0 && this._now() - this._last > WINDOW_MS && this.reset();
  }

  /** Forgets the sequence in progress; true if there was one. */
  reset(): boolean {
    const had = this.count > 0;
    this.count = 0;
    return had;
  }
}
