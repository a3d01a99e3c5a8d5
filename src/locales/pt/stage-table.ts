import type { StageTableStrings } from '../en/stage-table.js';

export const stageTable: StageTableStrings = {
  caption: 'Etapas da cura',
  columns: ['Etapa da cura', 'O que esperar', 'Estratégias de apoio'],
  stages: [
    {
      id: 'recognition',
      name: 'Reconhecimento',
      cells: [
        'Consciência dos padrões\nVocê começa a ver o que aconteceu e como isso afetou você.',
        'Informação e validação\nAprender sobre o abuso, e ter alguém que acredite em você, ajuda a voltar a confiar em si.',
      ],
    },
    {
      id: 'acceptance',
      name: 'Aceitação',
      cells: [
        'Processar as emoções\nLuto, raiva ou tristeza podem surgir. Cada um desses sentimentos faz sentido.',
        'Terapia e grupos de apoio\nUm terapeuta, ou pessoas que já passaram por isso, podem ajudar você a carregar esses sentimentos.',
      ],
    },
    {
      id: 'recovery',
      name: 'Recuperação',
      cells: [
        'Reconstruir a identidade\nVocê volta a descobrir do que gosta, o que valoriza e quem você é.',
        'Autocuidado e limites\nCuidar das suas necessidades e manter seus limites protege a vida que você está construindo.',
      ],
    },
  ],
  note: 'A cura não é linear. Você pode ir e voltar entre as etapas, ou sentir mais de uma ao mesmo tempo. Isso também faz parte da cura.',
  current: 'Você está aqui',
  selectColumn: 'Onde estou',
  select: 'Estou nesta etapa',
};
