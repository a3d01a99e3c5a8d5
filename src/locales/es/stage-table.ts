import type { StageTableStrings } from '../en/stage-table.js';

export const stageTable: StageTableStrings = {
  caption: 'Etapas de la sanación',
  columns: ['Etapa de sanación', 'Qué esperar', 'Estrategias de apoyo'],
  stages: [
    {
      id: 'recognition',
      name: 'Reconocimiento',
      cells: [
        'Tomar conciencia de los patrones\nEmpiezas a ver lo que pasó y cómo te ha afectado.',
        'Información y validación\nAprender sobre el abuso, y que te crean, te ayuda a volver a confiar en ti.',
      ],
    },
    {
      id: 'acceptance',
      name: 'Aceptación',
      cells: [
        'Procesar las emociones\nPueden aparecer el duelo, la rabia o la tristeza. Cada una tiene sentido.',
        'Terapia y grupos de apoyo\nUna persona terapeuta, o personas que han pasado por lo mismo, pueden ayudarte a sostener estos sentimientos.',
      ],
    },
    {
      id: 'recovery',
      name: 'Recuperación',
      cells: [
        'Reconstruir la identidad\nVuelves a descubrir lo que te gusta, lo que valoras y quién eres.',
        'Autocuidado y límites\nAtender tus necesidades y mantener tus límites protege la vida que estás construyendo.',
      ],
    },
  ],
  note: 'La sanación no es lineal. Puedes ir y volver entre etapas, o sentir más de una a la vez. Eso también es parte de sanar.',
  current: 'Estás aquí',
  selectColumn: 'Dónde estoy',
  select: 'Estoy en esta etapa',
};
