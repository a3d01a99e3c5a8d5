import type { FaqStrings } from '../en/faq.js';

export const faq: FaqStrings = {
  showAll: 'Afficher toutes les réponses',
  hideAll: 'Masquer toutes les réponses',
  items: [
    {
      id: 'healing-signs',
      question: 'Comment savoir si je guéris d’une relation d’emprise narcissique ?',
      answer:
        'La guérison arrive souvent lentement, et sans bruit. Vous remarquerez peut-être que vous comprenez mieux vos propres réactions, que vous savez poser une limite et la tenir, ou que vos décisions vous appartiennent à nouveau.\n\nLe rétablissement suit rarement une ligne droite. Les jours difficiles n’effacent pas le chemin parcouru : reconnaissez chaque pas, même le plus petit.',
    },
    {
      id: 'peer-support-online',
      question: 'Puis-je trouver de la pair-aidance en ligne ?',
      answer:
        'Oui. Beaucoup de personnes survivantes trouvent du soutien sur des forums, dans des groupes sur les réseaux sociaux et lors de rencontres en visio pensées pour les personnes qui se remettent d’un traumatisme. Parler avec des personnes qui comprennent de l’intérieur peut apporter un vrai réconfort et le sentiment d’être crue.\n\nPrenez le temps de choisir un espace : des règles claires, une modération active et un ton qui vous semble sûr.',
    },
    {
      id: 'sharing-your-story',
      question: 'Et si je ne me sens pas prête ou prêt à raconter mon histoire ?',
      answer:
        'C’est tout à fait normal. Vous ne devez votre histoire à personne. Ne partagez que ce que vous voulez, quand vous vous sentez en sécurité, et avec des personnes de confiance.\n\nVotre expérience vous appartient : vous pouvez décider de ce que vous racontez, à qui et quand.',
    },
    {
      id: 'boundaries',
      question: 'Comment garder des limites saines dans la pair-aidance ?',
      answer:
        'Les limites rendent un espace de soutien sûr pour tout le monde. Dites clairement ce que vous pouvez offrir ou non, demandez aux autres ce dont ils ont besoin, et respectez leurs limites comme vous voudriez qu’on respecte les vôtres.\n\nPrenez souvent de vos nouvelles. Si une conversation vous épuise ou vous bouleverse, vous avez le droit de prendre du recul et de vous occuper d’abord de vous.',
    },
    {
      id: 'feeling-overwhelmed',
      question: 'Que faire si je me sens submergée ou submergé pendant un échange ?',
      answer:
        'Soyez douce ou doux avec vous-même. Vous pouvez faire une pause, souffler ou quitter une conversation dès que vous en avez besoin.\n\nUn exercice d’ancrage peut aider à retrouver du calme : respirer lentement et profondément, ou remarquer ce que vous voyez, entendez et ressentez autour de vous. Ensuite, en parler à une personne de confiance ou à un ou une thérapeute peut aider.',
    },
  ],
};
