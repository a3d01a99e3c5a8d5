import type { FaqStrings } from '../en/faq.js';

export const faq: FaqStrings = {
  showAll: 'Mostrar todas as respostas',
  hideAll: 'Ocultar todas as respostas',
  items: [
    {
      id: 'healing-signs',
      question: 'Como sei que estou me curando do abuso narcisista?',
      answer:
        'A cura costuma chegar devagar, muitas vezes em silêncio. Talvez você perceba que entende melhor as próprias reações, que consegue colocar um limite e mantê-lo, ou que suas decisões voltaram a parecer suas.\n\nA recuperação raramente segue em linha reta. Dias difíceis não apagam o que você já avançou: reconheça cada passo, por menor que pareça.',
    },
    {
      id: 'peer-support-online',
      question: 'Posso encontrar apoio entre pares na internet?',
      answer:
        'Sim. Muitas pessoas sobreviventes encontram apoio em fóruns, grupos em redes sociais e encontros on-line feitos para quem está se recuperando de um trauma. Conversar com quem entende por experiência própria pode trazer um conforto real e a sensação de ser acreditada.\n\nEscolha um espaço com calma: procure regras claras, moderação ativa e um tom que pareça seguro para você.',
    },
    {
      id: 'sharing-your-story',
      question: 'E se eu não me sentir pronta ou pronto para contar minha história?',
      answer:
        'Tudo bem. Você não deve sua história a ninguém. Compartilhe só o que quiser, quando se sentir em segurança, e com pessoas de confiança.\n\nSua experiência pertence a você, e você pode decidir quanto contar, para quem e quando.',
    },
    {
      id: 'boundaries',
      question: 'Como manter limites saudáveis no apoio entre pares?',
      answer:
        'Limites tornam um espaço de apoio seguro para todos. Diga com clareza o que você pode e não pode oferecer, pergunte do que os outros precisam e respeite os limites deles como gostaria que respeitassem os seus.\n\nObserve com frequência como você está. Se uma conversa deixar você esgotada ou abalado, tudo bem se afastar e cuidar primeiro do seu bem-estar.',
    },
    {
      id: 'feeling-overwhelmed',
      question: 'O que fazer se eu me sentir sobrecarregada ou sobrecarregado durante o apoio entre pares?',
      answer:
        'Seja gentil com você. Você pode pausar, fazer um intervalo ou sair de uma conversa sempre que precisar.\n\nUm exercício de aterramento pode ajudar a se acalmar: respirar devagar e fundo, ou notar o que você vê, ouve e sente ao seu redor. Depois, pode ajudar conversar com alguém de confiança ou com um terapeuta.',
    },
  ],
};
