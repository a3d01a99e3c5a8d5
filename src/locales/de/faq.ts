import type { FaqStrings } from '../en/faq.js';

export const faq: FaqStrings = {
  showAll: 'Alle Antworten zeigen',
  hideAll: 'Alle Antworten ausblenden',
  items: [
    {
      id: 'healing-signs',
      question: 'Woran merke ich, dass ich von narzisstischem Missbrauch heile?',
      answer:
        'Heilung kommt meist langsam und oft leise. Vielleicht merkst du, dass du deine eigenen Reaktionen besser verstehst, dass du eine Grenze setzen und halten kannst oder dass sich deine Entscheidungen wieder wie deine eigenen anfühlen.\n\nErholung verläuft selten geradlinig. Schwere Tage löschen deine Fortschritte nicht aus: Erkenne jeden Schritt an, auch wenn er klein wirkt.',
    },
    {
      id: 'peer-support-online',
      question: 'Kann ich Peer-Unterstützung online finden?',
      answer:
        'Ja. Viele Betroffene finden Halt in Foren, Gruppen in sozialen Netzwerken und Online-Treffen für Menschen, die sich von einem Trauma erholen. Mit Menschen zu sprechen, die aus eigener Erfahrung verstehen, kann echten Trost geben und das Gefühl, dass dir geglaubt wird.\n\nNimm dir Zeit bei der Wahl: Achte auf klare Regeln, aktive Moderation und einen Ton, der sich für dich sicher anfühlt.',
    },
    {
      id: 'sharing-your-story',
      question: 'Was, wenn ich noch nicht bereit bin, meine Geschichte zu erzählen?',
      answer:
        'Das ist völlig in Ordnung. Du schuldest niemandem deine Geschichte. Teile nur, was du möchtest, wenn du dich sicher fühlst, und mit Menschen, denen du vertraust.\n\nDeine Erfahrung gehört dir, und du darfst selbst bestimmen, wie viel du erzählst, wem und wann.',
    },
    {
      id: 'boundaries',
      question: 'Wie halte ich in der Peer-Unterstützung gesunde Grenzen?',
      answer:
        'Grenzen machen einen Unterstützungsraum für alle sicher. Sag offen, was du geben kannst und was nicht, frag andere, was sie brauchen, und achte ihre Grenzen so, wie du deine geachtet haben möchtest.\n\nHör oft in dich hinein. Wenn dich ein Gespräch erschöpft oder aufwühlt, darfst du einen Schritt zurücktreten und zuerst für dich sorgen.',
    },
    {
      id: 'feeling-overwhelmed',
      question: 'Was kann ich tun, wenn mich ein Gespräch überfordert?',
      answer:
        'Sei sanft mit dir. Du kannst jederzeit innehalten, eine Pause machen oder ein Gespräch verlassen.\n\nEine Erdungsübung kann helfen, zur Ruhe zu kommen: langsam und tief atmen oder wahrnehmen, was du um dich herum siehst, hörst und fühlst. Danach kann es guttun, mit einer vertrauten Person oder einer Therapeutin oder einem Therapeuten darüber zu sprechen.',
    },
  ],
};
