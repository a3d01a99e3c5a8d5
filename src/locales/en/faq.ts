import type { FaqItemInput } from '../../components/faq/types.js';

export interface FaqStrings {
  /** The "Show all" control's text when some answers are closed. */
  showAll: string;
  /** The same control's text when every answer is open. */
  hideAll: string;
  /** The built-in questions, shown when the site gives none. */
  items: FaqItemInput[];
}

/*
 * The built-in questions follow the guide the project started from: the same five topics,
 * answered in our own words.
 */
export const faq: FaqStrings = {
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
  items: [
    {
      id: 'healing-signs',
      question: 'How can I tell that I am healing from narcissistic abuse?',
      answer:
        'Healing tends to arrive slowly, and often quietly. You might notice that you understand your own reactions better, that you can set a limit and keep it, or that your decisions feel like your own again.\n\nRecovery rarely moves in a straight line. Hard days do not erase the progress you have made, so give yourself credit for every step, however small it seems.',
    },
    {
      id: 'peer-support-online',
      question: 'Can I find peer support online?',
      answer:
        'Yes. Many survivors find support in online forums, social media groups and virtual meetings set up for people recovering from trauma. Talking with people who understand from their own experience can bring real comfort and a sense of being believed.\n\nTake your time choosing a space: look for clear rules, active moderation and a tone that feels safe to you.',
    },
    {
      id: 'sharing-your-story',
      question: 'What if I do not feel ready to share my story?',
      answer:
        'That is completely okay. You never owe anyone your story. Share only what you want, when you feel safe and ready, and with people you trust.\n\nYour experience belongs to you, and you can set boundaries around how much of it you tell, to whom, and when.',
    },
    {
      id: 'boundaries',
      question: 'How do I keep healthy boundaries in peer support?',
      answer:
        'Boundaries keep a support space safe for everyone in it. Say openly what you can and cannot offer, ask others what they need, and respect their limits as you would want yours respected.\n\nCheck in with yourself often. If a conversation leaves you drained or shaken, it is fine to step back and look after your own wellbeing first.',
    },
    {
      id: 'feeling-overwhelmed',
      question: 'What can I do if I feel overwhelmed during peer support?',
      answer:
        'Be gentle with yourself. You can pause, take a break or leave a conversation whenever you need to.\n\nA grounding exercise can help you settle: slow, deep breathing, or noticing what you can see, hear and feel around you. Afterwards, it may help to talk things through with a trusted friend or a therapist.',
    },
  ],
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    faq: FaqStrings;
  }
}
