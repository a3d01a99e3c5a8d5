import type { QuickExitStrings } from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  leave: 'Quitter ce site',
  howItWorks: 'Comment ça marche',
  howText:
    'Sélectionnez « {leave} » ou appuyez 3 fois sur Maj : cette page est aussitôt masquée et remplacée par un site ordinaire. Revenir en arrière ne vous ramènera pas ici.',
  howTextButtonOnly:
    'Sélectionnez « {leave} » : cette page est aussitôt masquée et remplacée par un site ordinaire. Revenir en arrière ne vous ramènera pas ici.',
  limitsText:
    'Cela n’efface pas votre historique de navigation : on peut encore retrouver ce site sur cet appareil. Une fenêtre de navigation privée, ou un appareil que personne d’autre n’utilise, laisse moins de traces.',
  safetyLink: 'En savoir plus sur la sécurité en ligne',
  twoMore: 'Appuyez encore 2 fois sur Maj pour quitter',
  oneMore: 'Appuyez encore 1 fois sur Maj pour quitter',
  expired: 'Raccourci expiré. Appuyez 3 fois sur Maj pour quitter.',
  covering: 'Chargement',
  framedTitle: 'Cette page est affichée à l’intérieur d’un autre site web, et elle n’a pas pu être fermée d’ici.',
  framedHowTo:
    'Pour partir, fermez cet onglet : sur un ordinateur, appuyez sur Ctrl+W (⌘W sur un Mac) ; sur un téléphone, ouvrez le bouton des onglets et fermez cet onglet.',
  framedSafePage: 'Ouvrir un site web ordinaire dans un nouvel onglet',
};
