import type { StageInput } from '../../components/stage-table/types.js';

export interface StageTableStrings {
  /** The table's caption. */
  caption: string;
  /** Column headings: the first over the stage names, then one per cell. */
  columns: string[];
  /** The built-in stages, shown when the site gives none. */
  stages: StageInput[];
  /** The note shown under the table with `note`. */
  note: string;
  /** The visible marker beside the current stage's name. */
  current: string;
  /** Heading of the column that holds the choices, with `selectable`. */
  selectColumn: string;
  /** The text beside each choice. Its accessible name is the stage's name and this. */
  select: string;
}

/*
 * The stages, columns and their first lines are the guide's table; the second lines and the
 * note (the guide says healing is not linear) are in our own words.
 */
export const stageTable: StageTableStrings = {
  caption: 'Stages of healing',
  columns: ['Healing stage', 'What to expect', 'Support strategies'],
  stages: [
    {
      id: 'recognition',
      name: 'Recognition',
      cells: [
        'Awareness of patterns\nYou begin to see what happened, and how it has affected you.',
        'Education and validation\nLearning about abuse, and being believed, helps you trust yourself again.',
      ],
    },
    {
      id: 'acceptance',
      name: 'Acceptance',
      cells: [
        'Processing emotions\nGrief, anger or sadness may come up. Each of them makes sense.',
        'Therapy and support groups\nA therapist, or people who have been there, can help you carry these feelings.',
      ],
    },
    {
      id: 'recovery',
      name: 'Recovery',
      cells: [
        'Rebuilding identity\nYou find again what you like, what you value and who you are.',
        'Self-care and boundaries\nLooking after your needs and keeping your limits protects the life you are building.',
      ],
    },
  ],
  note: 'Healing is not linear. You may move back and forth between stages, or feel more than one at once. That is part of healing too.',
  current: 'You are here',
  selectColumn: 'Where I am',
  select: 'This is where I am',
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    stageTable: StageTableStrings;
  }
}
