import type { HelplinesStrings } from '../en/helplines.js';

export const helplines: HelplinesStrings = {
  emergency: 'Si estás en peligro inmediato, llama al número de emergencias de tu zona.',
  emergencyNumber: 'Si estás en peligro inmediato, llama al {number}.',
  empty:
    'Aquí todavía no hay líneas de ayuda. Si necesitas apoyo ahora, un servicio de apoyo local, personal médico o alguien de confianza pueden ayudarte a encontrarlo.',
  otherRegion: 'Otras líneas de ayuda',
  call: 'Llamar al {number}',
  sms: 'Enviar SMS al {number}',
  smsKeyword: 'Enviar {keyword} por SMS al {number}',
  chat: 'Chat en línea',
  web: 'Sitio web',
  label: '{link}, {name}',
  hours: 'Horario',
  languages: 'Idiomas',
};
