import type { FaqStrings } from '../en/faq.js';

export const faq: FaqStrings = {
  showAll: 'Mostrar todas las respuestas',
  hideAll: 'Ocultar todas las respuestas',
  items: [
    {
      id: 'healing-signs',
      question: '¿Cómo sé que estoy sanando del abuso narcisista?',
      answer:
        'La sanación suele llegar despacio, y a menudo en silencio. Quizá notes que entiendes mejor tus propias reacciones, que puedes poner un límite y mantenerlo, o que tus decisiones vuelven a sentirse tuyas.\n\nLa recuperación rara vez avanza en línea recta. Los días difíciles no borran lo que has avanzado: reconoce cada paso, por pequeño que parezca.',
    },
    {
      id: 'peer-support-online',
      question: '¿Puedo encontrar apoyo entre pares en internet?',
      answer:
        'Sí. Muchas personas sobrevivientes encuentran apoyo en foros, grupos en redes sociales y reuniones virtuales pensadas para quienes se recuperan de un trauma. Hablar con personas que entienden por experiencia propia puede dar un consuelo real y la sensación de ser creída.\n\nTómate tu tiempo para elegir un espacio: busca normas claras, moderación activa y un tono que te resulte seguro.',
    },
    {
      id: 'sharing-your-story',
      question: '¿Y si no me siento lista o listo para contar mi historia?',
      answer:
        'Está completamente bien. No le debes tu historia a nadie. Comparte solo lo que quieras, cuando te sientas segura o seguro, y con personas de confianza.\n\nTu experiencia te pertenece, y puedes poner límites sobre cuánto cuentas, a quién y cuándo.',
    },
    {
      id: 'boundaries',
      question: '¿Cómo mantengo límites sanos en el apoyo entre pares?',
      answer:
        'Los límites hacen que un espacio de apoyo sea seguro para todas las personas. Di con claridad lo que puedes y no puedes ofrecer, pregunta a los demás qué necesitan y respeta sus límites como quieres que respeten los tuyos.\n\nPregúntate a menudo cómo estás. Si una conversación te deja agotada o agotado, está bien dar un paso atrás y cuidar primero de tu bienestar.',
    },
    {
      id: 'feeling-overwhelmed',
      question: '¿Qué puedo hacer si me siento desbordada o desbordado durante el apoyo entre pares?',
      answer:
        'Sé amable contigo. Puedes hacer una pausa, tomarte un descanso o dejar una conversación cuando lo necesites.\n\nUn ejercicio de anclaje puede ayudarte a calmarte: respirar despacio y hondo, o fijarte en lo que ves, oyes y sientes a tu alrededor. Después, puede ayudarte hablarlo con una amistad de confianza o con una persona terapeuta.',
    },
  ],
};
