/** One step of the 5-4-3-2-1 grounding exercise. */
export interface GroundingStep {
  /** What to notice: "Five things you can see". */
  title: string;
  /** A short, gentle hint for the step. */
  prompt: string;
}

export interface GroundingTimerStrings {
  /** The accessible name of the whole widget. */
  title: string;
  /** Label of the exercise chooser. */
  exercise: string;
  /** The choices: each named breathing pattern, and the grounding steps. */
  relaxed: string;
  box: string;
  '4-7-8': string;
  resonant: string;
  grounding: string;
  /** The choice for breathing when the site has set its own pattern. */
  breathing: string;
  /** Shown before the visitor starts. */
  ready: string;
  /** The phase words, shown and announced. */
  in: string;
  hold: string;
  out: string;
  /**
   * Announced at each phase change: {label} is the phase word, {n} its seconds. The words
   * after `n:` are chosen by the number's plural category in the locale, `#` being the
   * number: `{n:one=# second|other=# seconds}`. Arabic, for one, has zero, one, two, few,
   * many and other.
   */
  phaseSays: string;
  /** Progress through the rounds, and through the grounding steps. */
  round: string;
  step: string;
  /** Buttons. */
  start: string;
  pause: string;
  resume: string;
  stop: string;
  again: string;
  back: string;
  next: string;
  finish: string;
  /** Announced when the exercise pauses or is stopped. */
  paused: string;
  /**
   * Announced when the exercise resumes: {phase} is what `phaseSays` says of the phase it
   * resumes in, with the seconds left in it ("Resumed. Breathe in, 2 seconds").
   */
  resumed: string;
  stopped: string;
  /** The optional cues the visitor can switch on. */
  sound: string;
  vibration: string;
  /** Shown and announced at the end. */
  done: string;
  /** Opens the provider's helplines after the exercise. */
  talk: string;
  /** The five steps of the 5-4-3-2-1 exercise. */
  steps: GroundingStep[];
}

/*
 * The guide suggests grounding exercises, such as slow breathing or noticing what you can
 * see, hear and feel, to anyone who feels overwhelmed. Gentle words, nothing to push through.
 */
export const groundingTimer: GroundingTimerStrings = {
  title: 'Grounding exercise',
  exercise: 'Exercise',
  relaxed: 'Relaxed breathing: 5 in, 5 out',
  box: 'Box breathing: 4-4-4-4',
  '4-7-8': '4-7-8 breathing',
  resonant: 'Resonant breathing: 5.5 in, 5.5 out',
  grounding: '5-4-3-2-1 grounding',
  breathing: 'Breathing',
  ready: 'Start when you are ready.',
  in: 'Breathe in',
  hold: 'Hold',
  out: 'Breathe out',
  phaseSays: '{label}, {n:one=# second|other=# seconds}',
  round: 'Round {n} of {total}',
  step: 'Step {n} of {total}',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  again: 'Start again',
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  paused: 'Paused',
  resumed: 'Resumed. {phase}',
  stopped: 'Stopped',
  sound: 'Soft tone',
  vibration: 'Vibration',
  done: 'Well done. Take a moment to notice how you feel. You can come back to this any time.',
  talk: 'Want to talk to someone?',
  steps: [
    { title: 'Five things you can see', prompt: 'Look around slowly and name each one to yourself.' },
    { title: 'Four things you can feel', prompt: 'Your feet on the floor, your clothes, the air on your skin.' },
    { title: 'Three things you can hear', prompt: 'Near or far. Let each sound come and go.' },
    { title: 'Two things you can smell', prompt: 'If nothing comes, think of a smell you like.' },
    { title: 'One thing you can taste', prompt: 'Or take a sip of water and notice it.' },
  ],
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    groundingTimer: GroundingTimerStrings;
  }
}
