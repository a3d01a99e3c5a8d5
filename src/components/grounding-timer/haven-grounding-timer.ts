import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { format, formatCount, textLocale } from '../../core/strings.js';
import { warn, warnAll } from '../../core/warn.js';
import { groundingTimer as english, type GroundingTimerStrings } from '../../locales/en/grounding-timer.js';
import { BreathClock, breathAt, type Breath, type Phase, type PhaseKind } from './breath-clock.js';
import { PATTERNS, parseLength, parsePattern, parsePhases, phasesOf, type BreathPhaseInput, type PatternName } from './patterns.js';
import { groundingTimerStyles } from './grounding-timer.styles.js';

export type Exercise = 'breathing' | 'grounding';

export interface HavenExerciseDetail {
  exercise: Exercise;
}

export interface HavenPhaseDetail {
  phase: PhaseKind;
  /** The words shown and announced: "Breathe in", or the phase's own label. */
  label: string;
  /** The round, from 1. */
  round: number;
  /** The phase's length. */
  seconds: number;
}

export interface HavenPauseDetail {
  /** `hidden` when the page was hidden (another tab, a locked phone), else `visitor`. */
  reason: 'visitor' | 'hidden';
}

interface Plan {
  phases: Phase[];
  rounds: number;
  /** The site set the pattern (validly): the visitor does not choose one. */
  fixed: boolean;
}

type Choice = PatternName | Exercise;

const NAMES = Object.keys(PATTERNS) as PatternName[];
/** The whole seconds left in the phase, as the circle shows them. */
const secondsLeft = (b: Breath): number => Math.ceil(b.remaining / 1000);

/**
 * Guided breathing (relaxed 5-5, box, 4-7-8, resonant or the site's own pattern) and the
 * 5-4-3-2-1 grounding exercise. Nothing starts, moves or sounds until the visitor presses
 * Start. The phase follows the clock, not a count of ticks, so it never drifts; the
 * exercise pauses while the page is hidden. A polite live region says each phase change.
 * Stores nothing, requests nothing.
 *
 * The visitor chooses the exercise and pattern in one list, unless the site fixes them with
 * `exercise`, `pattern` or `phases`. At the end, if the provider lists `helplines` and
 * `<haven-helplines>` is loaded, a "Want to talk to someone?" disclosure shows them.
 *
 * @summary Guided breathing and the 5-4-3-2-1 grounding exercise, calm and at the visitor’s pace.
 * @tag haven-grounding-timer
 *
 * @fires {CustomEvent<HavenExerciseDetail>} haven-start - The visitor pressed Start.
 * @fires {CustomEvent<HavenPhaseDetail>} haven-phase - A breathing phase began (the first one too). Phases skipped while the page was hidden or busy are not fired.
 * @fires {CustomEvent<HavenPauseDetail>} haven-pause - The exercise paused: the visitor pressed Pause, or the page was hidden.
 * @fires {CustomEvent<HavenPauseDetail>} haven-resume - The exercise went on: the visitor pressed Resume, or the page was shown again.
 * @fires {CustomEvent<HavenExerciseDetail>} haven-complete - The last round ended, or the visitor finished the last grounding step. Not fired on Stop.
 *
 * @csspart base - The wrapper of everything.
 * @csspart shape - The circle that grows as the visitor breathes in and shrinks as they breathe out.
 * @csspart seconds - The seconds left in the phase, inside the circle.
 * @csspart phase-label - The phase word, the grounding step, or the ready and closing messages.
 * @csspart button - Each button (Start, Pause, Resume, Stop, Back, Next).
 * @csspart talk - The "Want to talk to someone?" disclosure.
 *
 * @cssprop --haven-grounding-timer-accent - Accent of the timer alone (circle, buttons). Default: the shared accent.
 * @cssprop --haven-grounding-timer-size - Diameter of the full circle. Default: 12em (12 times the widget's text size).
 */
export class HavenGroundingTimer extends HavenElement {
  // locale and theme come from HavenElement: Lit copies a superclass's properties down.
  static override properties = {
    exercise: {},
    pattern: {},
    phases: { attribute: false },
    rounds: { type: Number },
    minutes: { type: Number },
    keepRunningHidden: { type: Boolean, attribute: 'keep-running-hidden' },
  };

  static override styles = [baseStyles, groundingTimerStyles];

  /**
   * `breathing` or `grounding` (5-4-3-2-1). Set, the visitor cannot choose the other.
   * @label Exercise
   * @choice '' The visitor chooses
   * @choice breathing Breathing only
   * @choice grounding 5-4-3-2-1 grounding only
   */
  exercise?: Exercise;

  /**
   * `relaxed` (5 in, 5 out), `box` (4-4-4-4), `4-7-8` or `resonant` (5.5 in, 5.5 out), or
   * 2 to 4 numbers of seconds: in, out; in, hold, out; in, hold, out, hold (`4 7 8 0`).
   * Set, the visitor cannot choose another. Default: the visitor's choice, first relaxed.
   * @label Breathing pattern
   * @hint Two to four numbers of seconds: in, out; in, hold, out; or in, hold, out, hold (4 2 6).
   * @control breathing-pattern
   */
  pattern?: string;

  /** The site's own phases, with labels: `[{ phase: 'in', seconds: 4, label: 'Breathe in slowly' }, …]`. Wins over `pattern`. */
  phases?: BreathPhaseInput[];

  /**
   * How many rounds of the pattern. Wins over `minutes`. Default: about a minute's worth.
   * @label Rounds
   * @hint Optional: how many breaths. Default: about a minute’s worth.
   * @range 1-100
   */
  rounds?: number;

  /**
   * Length in minutes, as the nearest whole number of rounds (at least one).
   * @label Minutes
   * @hint Optional, instead of rounds.
   * @range 1-60
   */
  minutes?: number;

  /**
   * Keep breathing while the page is hidden instead of pausing; on return the phase is where the clock says.
   * @label Keep breathing while the page is hidden
   */
  keepRunningHidden = false;

  private _state: 'idle' | 'running' | 'paused' | 'done' = 'idle';
  private _choice: Choice = 'relaxed';
  // Set by _start before any use: no initial values to ship. Booleans start undefined (off).
  private _run!: Exercise;
  private _plan!: Plan;
  private _step!: number;
  private _at?: Breath;
  private _hidden?: boolean;
  private _sound?: boolean;
  private _buzz?: boolean;
  private _audio?: AudioContext;
  private _cancel?: () => void;
  private readonly _clock = new BreathClock(() => performance.now());
  private readonly _announcer = new Announcer(this);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    // The closing helplines link needs <haven-helplines>; once it is defined, the end screen
    // (the only one that shows it) renders again. Only that one: not a second render of
    // every timer on the page for nothing.
    void customElements.whenDefined('haven-helplines').then(() => this._state === 'done' && this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._cancel?.();
    if (this._state === 'running' && this._run === 'breathing') {
      this._clock.pause();
      this._state = 'paused';
      this.requestUpdate();
    }
  }

  private get _s(): GroundingTimerStrings {
    return this.strings('groundingTimer', english);
  }

  private get _steps(): GroundingTimerStrings['steps'] {
    return this._s.steps.length ? this._s.steps : english.steps;
  }

  protected override render(): TemplateResult {
    const s = this._s;
    const state = this._state;
    const active = state === 'running' || state === 'paused';
    // Also validated before Start, so that bad input warns when the page loads.
    const plan = active ? this._plan : this._makePlan();
    const fixed = this._fixedExercise();
    const choices: Choice[] = [
      ...(fixed === 'grounding' ? [] : plan.fixed ? ['breathing' as const] : NAMES),
      ...(fixed === 'breathing' ? [] : ['grounding' as const]),
    ];
    const breathing = (active ? this._run : this._exercise()) === 'breathing';
    const b = this._at;
    const steps = this._steps;
    const step = steps[this._step];
    const [word, meta, track, current]: [string?, string?, unknown[]?, number?] = !active
      ? [state === 'done' ? s.done : s.ready]
      : breathing
        ? // A breathing run has its breath from the start: _start calls _frame before any render.
          [this._label(plan.phases[b!.index]!), format(s.round, { n: b!.round + 1, total: plan.rounds }), plan.phases, b!.index]
        : [step?.title, format(s.step, { n: this._step + 1, total: steps.length }), steps, this._step];
    // Only whether the provider lists any: <haven-helplines> reads and checks them itself.
    const talk = this.providedContent('helplines');
    // Templates are kept compact: Lit ships their whitespace as it is. The buttons need no
    // type="button": inside a shadow root they belong to no form, so none submits.
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base" role="group" aria-label=${s.title}>${
      active || choices.length < 2
        ? nothing
        : html`<label>${s.exercise} <select @change=${(e: Event) => this._set(() => (this._choice = (e.target as HTMLSelectElement).value as Choice))}>${choices.map(
            (c) => html`<option value=${c} ?selected=${c === this._choice}>${s[c]}</option>`,
          )}</select></label>`
    }${
      breathing
        ? html`<div class="stage" aria-hidden="true"><div class="shape" part="shape"></div><span class="count" part="seconds">${b ? secondsLeft(b) : ''}</span></div>`
        : nothing
    }<p class=${active ? 'word' : ''} part="phase-label" dir="auto">${word}</p>${
      active && !breathing ? html`<p class="muted">${step?.prompt}</p>` : nothing
    }${
      track
        ? html`<div class="track" aria-hidden="true">${track.map((_, i) => html`<span class=${i <= current! ? 'on' : ''}></span>`)}</div><p class="muted">${meta}</p>`
        : nothing
    }<div class="row">${
      active && !breathing
        ? html`<button part="button" class="back" aria-disabled=${this._step < 1} @click=${() => this._go(-1)}>${s.back}</button>`
        : nothing
    }<button part="button" class="primary" @click=${this._primary}>${
      !active
        ? state === 'done' ? s.again : s.start
        : !breathing
          ? this._step < steps.length - 1 ? s.next : s.finish
          : state === 'running' ? s.pause : s.resume
    }</button>${
      active ? html`<button part="button" class="stop" @click=${() => this._end(false)}>${s.stop}</button>` : nothing
    }</div>${
      breathing
        ? html`<div class="row muted">${this._check(s.sound, this._sound, (on) => {
            // The AudioContext is created on the visitor's own click, never before.
            this._sound = on;
            try {
              if (on) this._audio ??= new AudioContext();
            } catch {
              // No Web Audio here: no tone.
            }
          })}${'vibrate' in navigator ? this._check(s.vibration, this._buzz, (on) => (this._buzz = on)) : nothing}</div>`
        : nothing
    }${
      state === 'done' && Array.isArray(talk) && talk.length && customElements.get('haven-helplines')
        ? html`<details class="talk" part="talk"><summary>${s.talk}</summary><haven-helplines locale=${this.locale ?? nothing} theme=${this.theme ?? nothing}></haven-helplines></details>`
        : nothing
    }${this._announcer.region()}</div>`;
  }

  private _check(label: string, on: boolean | undefined, set: (on: boolean) => void): TemplateResult {
    return html`<label><input type="checkbox" .checked=${on} @change=${(e: Event) => this._set(() => set((e.target as HTMLInputElement).checked))}>${label}</label>`;
  }

  /** A visitor's change of private state, then a render. */
  private _set(change: () => void): void {
    change();
    this.requestUpdate();
  }

  private _fixedExercise(): Exercise | undefined {
    const e = this.exercise;
    if (e === 'breathing' || e === 'grounding') return e;
    if (e) warn(this, 'exercise', `"${e}" is not breathing or grounding; the visitor chooses.`);
    return undefined;
  }

  private _exercise(): Exercise {
    return (this._fixedExercise() ?? this._choice) === 'grounding' ? 'grounding' : 'breathing';
  }

  /** The pattern and rounds: the site's if valid (each problem warned once), else the visitor's choice. */
  private _makePlan(): Plan {
    const parsed = this.phases != null ? parsePhases(this.phases) : this.pattern ? parsePattern(this.pattern) : undefined;
    if (parsed) warnAll(this, parsed.problems);
    const fixed = !!parsed && !parsed.problems.length;
    const phases = fixed ? parsed.value : phasesOf(PATTERNS[this._choice as PatternName] ?? PATTERNS.relaxed);
    const length = parseLength(this.rounds, this.minutes, phases.reduce((t, p) => t + p.ms, 0));
    warnAll(this, length.problems);
    return { phases, rounds: length.value, fixed };
  }

  private _label(p: Phase): string {
    return p.label?.trim() || this._s[p.phase];
  }

  private _primary(): void {
    const state = this._state;
    if (state === 'idle' || state === 'done') this._start();
    else if (this._run === 'grounding') this._go(1);
    else this._toggle(false);
  }

  private _start(): void {
    const exercise = (this._run = this._exercise());
    this._state = 'running';
    this._step = 0;
    // No `_at = undefined` here: _end, the only way back to idle or done, already cleared it.
    this.emit<HavenExerciseDetail>('haven-start', { exercise });
    // Grounding needs no plan, but render reads one while active; making it is harmless.
    this._plan = this._makePlan();
    if (exercise === 'grounding') {
      this._go(0);
    } else {
      this._clock.start();
      this._frame();
    }
  }

  /** Moves between grounding steps; past the last one, the exercise is complete. */
  private _go(by: number): void {
    const steps = this._steps;
    const n = this._step + by;
    if (n < 0) return;
    if (n >= steps.length) return this._end(true);
    this._step = n;
    const step = steps[n]!;
    this._announcer.announce(`${format(this._s.step, { n: n + 1, total: steps.length })}. ${step.title}. ${step.prompt}`);
  }

  /**
   * One visual update, on an animation frame: where the clock says the breath is. A hidden
   * page gets no frames; with keep-running-hidden, the pending frame runs on return, at the
   * phase the clock has reached.
   */
  private readonly _frame = (): void => {
    const { phases, rounds } = this._plan;
    const b = breathAt(phases, rounds, this._clock.elapsed());
    if (b.done) return this._end(true);
    const last = this._at;
    this._at = b;
    const next = last?.index !== b.index || last?.round !== b.round;
    if (next) {
      const p = phases[b.index]!;
      const label = this._label(p);
      const seconds = p.ms / 1000;
      this.emit<HavenPhaseDetail>('haven-phase', { phase: p.phase, label, round: b.round + 1, seconds });
      this._announcer.announce(this._phaseSays(label, seconds));
      this._cue(p.phase);
    }
    // A render when the phase or the whole seconds shown change, not on every frame.
    if (next || secondsLeft(last!) !== secondsLeft(b)) this.requestUpdate();
    this._shape(b.fullness);
    const id = requestAnimationFrame(this._frame);
    this._cancel = () => cancelAnimationFrame(id);
  };

  /** The circle's size goes through a custom property set with CSSOM, which a strict CSP allows. */
  private _shape(fullness: number): void {
    this.renderRoot.querySelector<HTMLElement>('.shape')?.style.setProperty('--_f', String(fullness));
  }

  /** The optional cues, each switched on by the visitor: a short vibration and a soft generated tone. */
  private _cue(phase: PhaseKind): void {
    if (this._buzz) navigator.vibrate?.(60);
    const audio = this._audio;
    if (!this._sound || !audio) return;
    void audio.resume();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    const t = audio.currentTime;
    osc.frequency.value = phase === 'in' ? 440 : phase === 'out' ? 330 : 370;
    gain.gain.setValueAtTime(1e-4, t);
    gain.gain.exponentialRampToValueAtTime(0.08, t + 0.08);
    gain.gain.exponentialRampToValueAtTime(1e-4, t + 0.8);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.8);
  }

  /** "Breathe in, 5 seconds": a phase's words and seconds, numbers and plurals in the words' locale. */
  private _phaseSays(label: string, seconds: number): string {
    return formatCount(this._s.phaseSays, { label, n: seconds }, textLocale('groundingTimer', 'phaseSays', this.resolvedLocale, this.config?.strings));
  }

  /** Pause when running, resume when paused; `hidden` when the page's visibility did it. */
  private _toggle(hidden: boolean): void {
    const reason = hidden ? 'hidden' : 'visitor';
    this._cancel?.();
    if (this._state === 'running') {
      this._clock.pause();
      this._state = 'paused';
      this._hidden = hidden;
      this.emit<HavenPauseDetail>('haven-pause', { reason });
      this._announcer.announce(this._s.paused);
    } else {
      this._clock.resume();
      this._state = 'running';
      this._hidden = false;
      this.emit<HavenPauseDetail>('haven-resume', { reason });
      this._frame();
      // Back in the exercise, the visitor hears where they are: "Resumed. Breathe in, 2 seconds".
      const b = this._at;
      if (b) this._announcer.announce(format(this._s.resumed, { phase: this._phaseSays(this._label(this._plan.phases[b.index]!), secondsLeft(b)) }));
    }
    this.requestUpdate();
  }

  /** Stop (done false) or completion. Focus on a button that disappears goes to the main one. */
  private _end(done: boolean): void {
    this._cancel?.();
    const refocus = this.shadowRoot!.activeElement?.matches('.stop,.back');
    this._state = done ? 'done' : 'idle';
    this._at = undefined;
    this._hidden = false;
    this._shape(0);
    void this._audio?.suspend();
    this._announcer.announce(this._s[done ? 'done' : 'stopped']);
    if (done) this.emit<HavenExerciseDetail>('haven-complete', { exercise: this._run });
    if (refocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.primary')!.focus());
  }

  /** Pauses while the page is hidden and resumes when it is shown, unless keep-running-hidden. */
  private readonly _onVisibility = (): void => {
    if (this._run === 'breathing' && !this.keepRunningHidden && (document.hidden ? this._state === 'running' : this._hidden)) {
      this._toggle(true);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-grounding-timer': HavenGroundingTimer;
  }
  interface HTMLElementEventMap {
    'haven-start': CustomEvent<HavenExerciseDetail>;
    'haven-phase': CustomEvent<HavenPhaseDetail>;
    'haven-pause': CustomEvent<HavenPauseDetail>;
    'haven-resume': CustomEvent<HavenPauseDetail>;
    'haven-complete': CustomEvent<HavenExerciseDetail>;
  }
}
