import type { Parsed } from '../../core/content.js';
import type { Phase, PhaseKind } from './breath-clock.js';

/** A phase as a site writes it in the `phases` property. */
export interface BreathPhaseInput {
  /** `in`, `hold` or `out`. */
  phase: PhaseKind;
  /** Seconds, 0 to 60 (fractions allowed); 0 leaves the phase out. */
  seconds: number;
  /** Words shown and announced instead of "Breathe in", "Hold" or "Breathe out". */
  label?: string;
}

/**
 * The named patterns, in seconds as the `pattern` attribute takes them: in, out; in, hold,
 * out; in, hold, out, hold. Relaxed comes first and is the default: it has no holds,
 * because holding the breath is hard or distressing for some people.
 */
export const PATTERNS = {
  relaxed: [5, 5],
  box: [4, 4, 4, 4],
  '4-7-8': [4, 7, 8],
  resonant: [5.5, 5.5],
};
export type PatternName = keyof typeof PATTERNS;

const KINDS: PhaseKind[] = ['in', 'hold', 'out', 'hold'];
/** Without `rounds` or `minutes`, a run lasts about a minute; longer than an hour is a typo. */
const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Two numbers are in and out; three are in, hold, out; four are in, hold, out, hold.
 * Zero-second phases are left out.
 */
export function phasesOf(seconds: readonly number[]): Phase[] {
  return toPhases(seconds).filter((p) => p.ms > 0);
}

function toPhases(seconds: readonly number[]): Phase[] {
  const kinds: PhaseKind[] = seconds.length === 2 ? ['in', 'out'] : KINDS;
  return seconds.map((s, i) => ({ phase: kinds[i]!, ms: Math.round(s * 1000) }));
}

/**
 * Keeps `phases` if there are at most `max`, each a known kind of 0 to 60 s with a text
 * label or none, lasting more than 0 s in all (so there is at least one). Otherwise
 * relaxed, and one problem.
 */
function checked(phases: Phase[], max: number, option: string, message: string): Parsed<Phase[]> {
  const value = phases.filter((p) => p.ms > 0);
  return phases.length <= max &&
    value.length &&
    phases.every((p) => KINDS.includes(p.phase) && p.ms >= 0 && p.ms <= MINUTE && (p.label == null || typeof p.label === 'string'))
    ? { value, problems: [] }
    : { value: phasesOf(PATTERNS.relaxed), problems: [{ option, message: `${message}; using relaxed.` }] };
}

/** `box`, `4-7-8`, or 2 to 4 numbers of seconds such as `4 7 8 0`. */
export function parsePattern(value: string): Parsed<Phase[]> {
  const key = value.trim().toLowerCase();
  const seconds = Object.hasOwn(PATTERNS, key) ? PATTERNS[key as PatternName] : key.split(/[\s,]+/).map(Number);
  return checked(
    toPhases(seconds),
    // 2 to 4 numbers: one alone is no pattern.
    seconds.length > 1 ? 4 : 0,
    'pattern',
    `"${value}" is not relaxed, box, 4-7-8, resonant or 2 to 4 numbers of seconds (0 to 60, not all 0)`,
  );
}

/** The `phases` property: 1 to 20 `{ phase, seconds, label? }`. */
export function parsePhases(input: unknown): Parsed<Phase[]> {
  const list: Array<Partial<BreathPhaseInput> | null> = Array.isArray(input) ? input : [];
  const phases = list.map((p) => ({
    phase: p?.phase as PhaseKind,
    ms: typeof p?.seconds === 'number' ? Math.round(p.seconds * 1000) : NaN,
    label: p?.label,
  }));
  return checked(phases, 20, 'phases', 'must be 1 to 20 { phase: in, hold or out, seconds up to 60, label? }');
}

/**
 * How many rounds: `rounds` if given (it wins), else the whole rounds nearest to `minutes`
 * (at least one), else about a minute's worth. Up to an hour in all.
 */
export function parseLength(rounds: unknown, minutes: unknown, cycleMs: number): Parsed<number> {
  const byMinutes = rounds == null;
  // Neither given: one minute.
  const given = byMinutes ? (minutes ?? 1) : rounds;
  const whole = (ms: number) => Math.max(1, Math.round(ms / cycleMs));
  const n = Number(given);
  const count = byMinutes ? whole(n * MINUTE) : n;
  return n > 0 && Number.isInteger(count) && count * cycleMs <= HOUR
    ? { value: count, problems: [] }
    : {
        value: whole(MINUTE),
        problems: [
          {
            option: byMinutes ? 'minutes' : 'rounds',
            message: `"${String(given)}" is not a length from 1 round to an hour; using about a minute.`,
          },
        ],
      };
}
