import { defineElement } from '../../core/define.js';
import { HavenGroundingTimer } from './haven-grounding-timer.js';

defineElement('haven-grounding-timer', HavenGroundingTimer);

export { HavenGroundingTimer };
export type { Exercise, HavenExerciseDetail, HavenPhaseDetail, HavenPauseDetail } from './haven-grounding-timer.js';
export type { BreathPhaseInput, PatternName } from './patterns.js';
export type { PhaseKind } from './breath-clock.js';
