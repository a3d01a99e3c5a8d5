import type { HelplinesStrings } from '../en/helplines.js';

export const helplines: HelplinesStrings = {
  emergency: 'Se você estiver em perigo imediato, ligue para o número de emergência local.',
  emergencyNumber: 'Se você estiver em perigo imediato, ligue para {number}.',
  empty:
    'Ainda não há linhas de apoio listadas aqui. Se você precisa de apoio agora, um serviço de apoio local, um médico ou alguém de confiança pode ajudar você a encontrá-lo.',
  otherRegion: 'Outras linhas de apoio',
  call: 'Ligar para {number}',
  sms: 'Enviar SMS para {number}',
  smsKeyword: 'Enviar {keyword} por SMS para {number}',
  chat: 'Chat on-line',
  web: 'Site',
  label: '{link}, {name}',
  hours: 'Horário',
  languages: 'Idiomas',
};
