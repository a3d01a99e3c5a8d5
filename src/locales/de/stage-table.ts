import type { StageTableStrings } from '../en/stage-table.js';

export const stageTable: StageTableStrings = {
  caption: 'Phasen der Heilung',
  columns: ['Phase der Heilung', 'Was dich erwartet', 'Was unterstützt'],
  stages: [
    {
      id: 'recognition',
      name: 'Erkennen',
      cells: [
        'Muster wahrnehmen\nDu beginnst zu sehen, was passiert ist und was es mit dir gemacht hat.',
        'Aufklärung und Bestätigung\nMehr über Missbrauch zu erfahren und zu erleben, dass dir geglaubt wird, hilft dir, dir selbst wieder zu vertrauen.',
      ],
    },
    {
      id: 'acceptance',
      name: 'Annehmen',
      cells: [
        'Gefühle verarbeiten\nTrauer, Wut oder Traurigkeit können hochkommen. Jedes dieser Gefühle ist verständlich.',
        'Therapie und Selbsthilfegruppen\nTherapeutische Begleitung oder Menschen, die Ähnliches erlebt haben, können dir helfen, diese Gefühle zu tragen.',
      ],
    },
    {
      id: 'recovery',
      name: 'Erholung',
      cells: [
        'Identität neu aufbauen\nDu findest wieder heraus, was du magst, was dir wichtig ist und wer du bist.',
        'Selbstfürsorge und Grenzen\nAuf deine Bedürfnisse zu achten und deine Grenzen zu wahren, schützt das Leben, das du dir aufbaust.',
      ],
    },
  ],
  note: 'Heilung verläuft nicht geradlinig. Vielleicht bewegst du dich zwischen den Phasen hin und her oder spürst mehrere zugleich. Auch das gehört zur Heilung.',
  current: 'Du bist hier',
  selectColumn: 'Wo ich stehe',
  select: 'Hier stehe ich',
};
