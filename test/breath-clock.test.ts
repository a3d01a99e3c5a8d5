import { expect } from '@open-wc/testing';
import { BreathClock, breathAt, type Phase } from '../src/components/grounding-timer/breath-clock.js';
import { PATTERNS, phasesOf } from '../src/components/grounding-timer/patterns.js';

const THIRTY_MINUTES = 30 * 60_000;

/** A deterministic pseudo-random sequence (LCG), so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

/**
 * The schedule, worked out independently of breathAt: the start time of every phase of every
 * round, by adding lengths one after another.
 */
function schedule(phases: Phase[], rounds: number): Array<{ at: number; index: number; round: number }> {
  const out = [];
  let at = 0;
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < phases.length; index++) {
      out.push({ at, index, round });
      at += phases[index]!.ms;
    }
  }
  return out;
}

/** Which scheduled phase `t` ms after the start falls in (binary search over the schedule). */
function expected(plan: ReturnType<typeof schedule>, t: number): { at: number; index: number; round: number } {
  let lo = 0;
  let hi = plan.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (plan[mid]!.at <= t) lo = mid;
    else hi = mid - 1;
  }
  return plan[lo]!;
}

const roundsFor = (phases: Phase[], ms: number) => Math.ceil(ms / phases.reduce((t, p) => t + p.ms, 0)) + 1;

describe('breathAt', () => {
  const relaxed = phasesOf(PATTERNS.relaxed);
  const box = phasesOf(PATTERNS.box);

  it('gives the phase, round and time left from elapsed time', () => {
    expect(breathAt(relaxed, 6, 0)).to.include({ index: 0, round: 0, remaining: 5000, done: false });
    expect(breathAt(relaxed, 6, 4999)).to.include({ index: 0, round: 0, remaining: 1 });
    expect(breathAt(relaxed, 6, 5000)).to.include({ index: 1, round: 0, remaining: 5000 });
    expect(breathAt(relaxed, 6, 10_000)).to.include({ index: 0, round: 1 });
    expect(breathAt(relaxed, 6, 59_999)).to.include({ index: 1, round: 5, remaining: 1, done: false });
    expect(breathAt(relaxed, 6, 60_000)).to.include({ index: 1, round: 5, remaining: 0, done: true });
    expect(breathAt(relaxed, 6, 1e9).done).to.be.true;
  });

  it('grows the shape on in, keeps it on hold, shrinks it on out', () => {
    const f = (t: number) => breathAt(box, 4, t).fullness;
    expect(f(0)).to.equal(0);
    expect(f(2000)).to.be.closeTo(0.5, 1e-9);
    expect(f(3000)).to.be.within(0.5, 1);
    expect([f(4000), f(6000), f(7999)]).to.deep.equal([1, 1, 1]); // hold after in: full
    expect(f(10_000)).to.be.closeTo(0.5, 1e-9);
    expect([f(12_000), f(14_000), f(15_999)]).to.deep.equal([0, 0, 0]); // hold after out: at rest
    expect(f(16_000)).to.equal(0); // the next round starts from rest
  });

  it('keeps a leading hold where the pattern left the shape', () => {
    const phases: Phase[] = [
      { phase: 'hold', ms: 1000 },
      { phase: 'in', ms: 1000 },
    ];
    expect(breathAt(phases, 3, 500).fullness).to.equal(1); // the hold follows the previous round's in
  });

  it('never reports a negative time or a phase past the pattern', () => {
    expect(breathAt(relaxed, 2, -50)).to.include({ index: 0, round: 0, remaining: 5000 });
    expect(breathAt(box, 1, 16_000)).to.include({ index: 3, round: 0, done: true });
  });
});

describe('breathAt over 30 simulated minutes', () => {
  for (const name of Object.keys(PATTERNS) as Array<keyof typeof PATTERNS>) {
    it(`${name}: every phase boundary falls within 1 ms of its schedule`, () => {
      const phases = phasesOf(PATTERNS[name]);
      const rounds = roundsFor(phases, THIRTY_MINUTES);
      const plan = schedule(phases, rounds);
      let last = breathAt(phases, rounds, 0);
      let changes = 0;
      // A fake clock read every millisecond: a change seen at t happened in (t - 1, t].
      for (let t = 1; t <= THIRTY_MINUTES; t++) {
        const now = breathAt(phases, rounds, t);
        if (now.index !== last.index || now.round !== last.round) {
          changes++;
          const due = expected(plan, t);
          expect(due).to.include({ index: now.index, round: now.round });
          expect(due.at, `boundary of round ${now.round} phase ${now.index}`).to.be.within(t - 1, t);
          expect(Math.abs(due.at - t)).to.be.at.most(1);
        }
        last = now;
      }
      // Every boundary of the 30 minutes was seen, none twice and none invented.
      expect(changes).to.equal(plan.filter((p) => p.at > 0 && p.at <= THIRTY_MINUTES).length);
    });
  }

  it('lands on the scheduled phase whatever the frame rate, with throttled and skipped frames', () => {
    const phases = phasesOf(PATTERNS.resonant);
    const rounds = roundsFor(phases, THIRTY_MINUTES);
    const plan = schedule(phases, rounds);
    const next = random(7);
    let now = 123_456.789; // performance.now() is never 0 when a visitor presses Start
    const clock = new BreathClock(() => now);
    clock.start();
    const start = now;
    let frames = 0;
    while (now - start < THIRTY_MINUTES) {
      // Mostly 60 fps with jitter, sometimes a background tab's 1 s timer, sometimes a long stall.
      const r = next();
      now += r < 0.9 ? 16.7 + (next() - 0.5) * 8 : r < 0.99 ? 1000 + next() * 50 : 9000 * next();
      frames++;
      const elapsed = now - start;
      const got = breathAt(phases, rounds, clock.elapsed());
      const due = expected(plan, elapsed);
      expect(got, `at ${elapsed} ms`).to.include({ index: due.index, round: due.round });
      expect(got.remaining).to.be.closeTo(due.at + phases[due.index]!.ms - elapsed, 1e-6);
    }
    expect(frames).to.be.above(10_000);
  });
});

describe('BreathClock', () => {
  it('counts from start, and stands still while paused', () => {
    let now = 5000;
    const clock = new BreathClock(() => now);
    expect(clock.elapsed()).to.equal(0); // not started: nothing moves
    now = 9000;
    expect(clock.elapsed()).to.equal(0);
    clock.start();
    now += 1234;
    expect(clock.elapsed()).to.equal(1234);
    clock.pause();
    now += 99_999;
    expect(clock.elapsed()).to.equal(1234);
    clock.pause(); // a second pause changes nothing
    now += 1;
    clock.resume();
    expect(clock.elapsed()).to.equal(1234);
    now += 6;
    expect(clock.elapsed()).to.equal(1240);
    clock.resume(); // resuming while running changes nothing
    expect(clock.elapsed()).to.equal(1240);
  });

  it('shifts the whole schedule by exactly the time spent paused, whatever that time', () => {
    const phases = phasesOf(PATTERNS['4-7-8']);
    const rounds = roundsFor(phases, THIRTY_MINUTES);
    const plan = schedule(phases, rounds);
    const next = random(42);
    for (const pauseFor of [0.25, 1, 16.7, 999.5, 4321, 60_000, 17 * 60_000, 26 * 3_600_000]) {
      let now = 50_000 + next() * 1e6;
      const clock = new BreathClock(() => now);
      clock.start();
      const start = now;
      const pauseAt = next() * 10 * 60_000;
      now += pauseAt;
      const before = breathAt(phases, rounds, clock.elapsed());
      clock.pause();
      now += pauseFor;
      expect(breathAt(phases, rounds, clock.elapsed()), 'nothing moves while paused').to.deep.equal(before);
      clock.resume();
      expect(breathAt(phases, rounds, clock.elapsed()), 'resumes where it was').to.deep.equal(before);
      // Every later boundary is pauseFor later than it would have been, to a microsecond
      // (floating-point sums of times near 10^8 ms are exact to about 10^-8 ms).
      for (const due of plan.filter((p) => p.at > pauseAt && p.at < 30 * 60_000)) {
        now = start + due.at + pauseFor + 0.001;
        const at = breathAt(phases, rounds, clock.elapsed());
        expect(at, `pause of ${pauseFor} ms, boundary at ${due.at} ms`).to.include({ index: due.index, round: due.round });
        expect(at.remaining).to.be.closeTo(phases[due.index]!.ms - 0.001, 1e-6);
        now -= 0.002;
        expect(breathAt(phases, rounds, clock.elapsed()).index, 'just before the boundary').to.not.equal(due.index);
      }
    }
  });
});
