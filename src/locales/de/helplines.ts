import type { HelplinesStrings } from '../en/helplines.js';

export const helplines: HelplinesStrings = {
  emergency: 'Wenn du in akuter Gefahr bist, wähle die Notrufnummer vor Ort.',
  emergencyNumber: 'Wenn du in akuter Gefahr bist, wähle {number}.',
  empty:
    'Hier sind noch keine Hilfetelefone aufgeführt. Wenn du jetzt Unterstützung brauchst, können dir eine Beratungsstelle vor Ort, eine Ärztin oder ein Arzt oder eine Person deines Vertrauens helfen, sie zu finden.',
  otherRegion: 'Weitere Hilfetelefone',
  call: '{number} anrufen',
  sms: 'SMS an {number}',
  smsKeyword: '{keyword} per SMS an {number}',
  chat: 'Online-Chat',
  web: 'Website',
  label: '{link}, {name}',
  hours: 'Erreichbarkeit',
  languages: 'Sprachen',
};
