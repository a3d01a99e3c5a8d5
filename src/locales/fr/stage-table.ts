import type { StageTableStrings } from '../en/stage-table.js';

export const stageTable: StageTableStrings = {
  caption: 'Les étapes de la guérison',
  columns: ['Étape de guérison', 'À quoi s’attendre', 'Pistes de soutien'],
  stages: [
    {
      id: 'recognition',
      name: 'Prise de conscience',
      cells: [
        'Repérage des schémas\nVous commencez à voir ce qui s’est passé, et l’effet que cela a eu sur vous.',
        'Information et reconnaissance\nS’informer sur les violences, et savoir qu’on vous croit, aide à retrouver confiance en vous.',
      ],
    },
    {
      id: 'acceptance',
      name: 'Acceptation',
      cells: [
        'Travail sur les émotions\nLe chagrin, la colère ou la tristesse peuvent remonter. Chacune de ces émotions a du sens.',
        'Thérapie et groupes de soutien\nUn ou une thérapeute, ou des personnes qui sont passées par là, peuvent vous aider à porter ces émotions.',
      ],
    },
    {
      id: 'recovery',
      name: 'Rétablissement',
      cells: [
        'Reconstruction de l’identité\nVous retrouvez ce que vous aimez, ce qui compte pour vous et qui vous êtes.',
        'Soin de soi et limites\nPrendre soin de vos besoins et tenir vos limites protège la vie que vous construisez.',
      ],
    },
  ],
  note: 'La guérison n’est pas linéaire. Vous pouvez aller et venir d’une étape à l’autre, ou en vivre plusieurs à la fois. Cela aussi fait partie de la guérison.',
  current: 'Vous êtes ici',
  selectColumn: 'Où j’en suis',
  select: 'C’est là que j’en suis',
};
