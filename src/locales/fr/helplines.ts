import type { HelplinesStrings } from '../en/helplines.js';

export const helplines: HelplinesStrings = {
  emergency: 'Si vous êtes en danger immédiat, appelez le numéro d’urgence local.',
  emergencyNumber: 'Si vous êtes en danger immédiat, appelez le {number}.',
  empty:
    'Aucune ligne d’écoute n’est encore indiquée ici. Si vous avez besoin de soutien maintenant, un service d’aide près de chez vous, un médecin ou une personne de confiance peut vous aider à en trouver.',
  otherRegion: 'Autres lignes d’écoute',
  call: 'Appeler le {number}',
  sms: 'Envoyer un SMS au {number}',
  smsKeyword: 'Envoyer {keyword} par SMS au {number}',
  chat: 'Discuter en ligne',
  web: 'Site web',
  label: '{link}, {name}',
  hours: 'Horaires',
  languages: 'Langues',
};
