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
  oneMore: 'Appuyer encore une fois sur Maj quittera ce site.',
  howTextScreenReaders:
    'Avec un lecteur d’écran : dans certains (NVDA), Maj seule interrompt la parole, et chaque appui compte. Rien n’est annoncé après le premier appui ; après le deuxième, vous entendez qu’un appui de plus quittera le site. Pour interrompre la parole sans quitter, utilisez Ctrl.',
  covering: 'Chargement',
  framedTitle: 'Cette page est affichée à l’intérieur d’un autre site web, et elle n’a pas pu être fermée d’ici.',
  framedHowTo:
    'Pour partir, fermez cet onglet : sur un ordinateur, appuyez sur Ctrl+W (⌘W sur un Mac) ; sur un téléphone, ouvrez le bouton des onglets et fermez cet onglet.',
  framedSafePage: 'Ouvrir un site web ordinaire dans un nouvel onglet',
};
