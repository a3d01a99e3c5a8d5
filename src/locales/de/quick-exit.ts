import type { QuickExitStrings } from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  leave: 'Seite verlassen',
  howItWorks: 'So funktioniert es',
  howText:
    'Wähle „{leave}“ oder drücke 3-mal die Shift-Taste. Dann wird diese Seite sofort verborgen und durch eine alltägliche Website ersetzt. Mit „Zurück“ kommst du nicht hierher zurück.',
  howTextButtonOnly:
    'Wähle „{leave}“. Dann wird diese Seite sofort verborgen und durch eine alltägliche Website ersetzt. Mit „Zurück“ kommst du nicht hierher zurück.',
  limitsText:
    'Dein Browserverlauf wird dabei nicht gelöscht: Diese Seite ist auf diesem Gerät weiterhin zu finden. Ein privates Fenster oder ein Gerät, das nur du nutzt, hinterlässt weniger Spuren.',
  safetyLink: 'Mehr zu Sicherheit im Netz',
  oneMore: 'Wenn du noch einmal Shift drückst, verlässt du diese Seite.',
  howTextScreenReaders:
    'Mit einem Screenreader: In manchen (NVDA) unterbricht Shift allein die Sprachausgabe, und jeder Druck zählt. Nach dem ersten Druck wird nichts angesagt; nach dem zweiten hörst du, dass ein weiterer Druck die Seite verlässt. Um die Sprachausgabe zu unterbrechen, ohne die Seite zu verlassen, nutze Strg.',
  covering: 'Wird geladen',
  framedTitle: 'Diese Seite wird innerhalb einer anderen Website angezeigt und konnte von hier aus nicht geschlossen werden.',
  framedHowTo:
    'Um sie zu verlassen, schließe diesen Tab: am Computer mit Strg+W (⌘W auf einem Mac); am Handy öffnest du die Tab-Übersicht und schließt diesen Tab.',
  framedSafePage: 'Eine alltägliche Website in einem neuen Tab öffnen',
};
