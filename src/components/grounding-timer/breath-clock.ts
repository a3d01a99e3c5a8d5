/*
 * Where a breathing exercise is at a given moment. Pure: no DOM, no timers. The phase is
 * computed from the clock's elapsed time, never by counting ticks, so throttled or skipped
 * frames (a background tab, a busy phone) cannot make the schedule drift.
 */

export type PhaseKind = 'in' | 'hold' | 'out';

/** One phase ready to run: its kind, its length in whole milliseconds, its own words if any. */
export interface Phase {
  phase: PhaseKind;
  ms: number;
  label?: string;
}

/** The state of a run at one moment. */
export interface Breath {
  /** Index of the current phase in the pattern. */
  index: number;
  /** Current round, from 0. */
  round: number;
  /** Milliseconds left in the current phase. */
  remaining: number;
  /** How full the shape is, 0 (rest) to 1 (full): grows on `in`, rests on `hold`, shrinks on `out`. */
  fullness: number;
  /** Every round has run. */
  done: boolean;
}

const ease = (p: number): number => (1 - Math.cos(Math.PI * p)) / 2;

/** The state `elapsed` ms after the start of `rounds` rounds of `phases` (which must last > 0 ms). */
export function breathAt(phases: readonly Phase[], rounds: number, elapsed: number): Breath {
  const cycle = phases.reduce((t, p) => t + p.ms, 0);
  const at = Math.max(elapsed, 0);
  const done = at >= cycle * rounds;
  const round = Math.min(Math.floor(at / cycle), rounds - 1);
  let t = at - round * cycle;
  let index = 0;
  while (index < phases.length - 1 && t >= phases[index]!.ms) t -= phases[index++]!.ms;
  const { phase, ms } = phases[index]!;
  const p = done ? 1 : Math.min(t / ms, 1);
  // A hold keeps the shape where the breath before it left it.
  const fullness = phase === 'in' ? ease(p) : phase === 'out' ? 1 - ease(p) : phases.at(index - 1)!.phase === 'in' ? 1 : 0;
  return { index, round, remaining: done ? 0 : ms - t, fullness, done };
}

/**
 * Elapsed time that stops while paused. Resuming moves the start forward by exactly the
 * time spent paused, so the whole schedule shifts by that time and nothing else.
 */
export class BreathClock {
  // Read only once start or resume has set it: until then `_held` (0) answers elapsed().
  private _t0!: number;
  private _held?: number = 0;

  /** `now` gives milliseconds (performance.now, or a fake clock in tests). */
  constructor(private readonly _now: () => number) {}

  start(): void {
    this._t0 = this._now();
    this._held = undefined;
  }

  pause(): void {
    this._held ??= this.elapsed();
  }

  resume(): void {
    if (this._held === undefined) return;
    this._t0 = this._now() - this._held;
    this._held = undefined;
  }

  elapsed(): number {
    return this._held ?? this._now() - this._t0;
  }
}
