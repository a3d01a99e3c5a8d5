import type { PromptCategory } from '../../components/empathy-prompts/types.js';

export interface EmpathyPromptsStrings {
  /** Accessible name of the category chooser. */
  label: string;
  /** The category names shown on the tabs. A site renames a category here. */
  reflect: string;
  ask: string;
  validate: string;
  boundaries: string;
  /** Buttons; "Show all" becomes "Hide all" while the list is shown. */
  another: string;
  copy: string;
  showAll: string;
  hideAll: string;
  /** Announced after a copy. */
  copied: string;
  /** Label of the read-only field shown when the browser refuses to copy, also announced. */
  copyHere: string;
  /** Label of the feeling-word chooser and its empty choice. */
  feeling: string;
  leaveBlank: string;
  /**
   * What assistive technology says for an unfilled blank, which shows as `___`: what goes
   * there, not "blank", which a listener hears as a feeling ("feeling blank" means numb).
   */
  blank: string;
  /** Words that can fill a blank. */
  feelings: string[];
  /** The built-in prompts, shown when the site gives none. */
  prompts: Record<PromptCategory, string[]>;
}

/*
 * The built-in prompts follow the guide the project started from: reflect what you hear,
 * ask open questions, validate feelings, and state your own limits kindly. Short on
 * purpose: they are said aloud or typed into a chat.
 */
export const empathyPrompts: EmpathyPromptsStrings = {
  label: 'Kind of prompt',
  reflect: 'Reflect',
  ask: 'Ask',
  validate: 'Validate',
  boundaries: 'Boundaries',
  another: 'Another',
  copy: 'Copy',
  showAll: 'Show all',
  hideAll: 'Hide all',
  copied: 'Copied',
  copyHere: 'Select and copy this text',
  feeling: 'Feeling word',
  leaveBlank: 'Leave blank',
  blank: '(a feeling word)',
  feelings: ['overwhelmed', 'hurt', 'scared', 'alone', 'confused', 'exhausted', 'angry', 'numb'],
  prompts: {
    reflect: [
      "It sounds like you're feeling ___.",
      'That sounds really hard.',
      "You've been carrying a lot on your own.",
      'It sounds like you felt ___ when that happened.',
      'I can hear how tired you are.',
      'That sounds lonely.',
      "It sounds like you're still making sense of it.",
      "It sounds like you weren't heard.",
      "It sounds like you're torn.",
      'It sounds like trust feels hard right now.',
      "It sounds like you've been doubting yourself.",
      "That's a lot to hold at once.",
    ],
    ask: [
      'How did that experience affect you?',
      'How are you feeling right now?',
      'What was that like for you?',
      "What's been on your mind?",
      'What would help right now?',
      'How can I best support you?',
      'What helps you feel safer?',
      'What would you like me to know?',
      'What feels hardest about it?',
      'How have you been caring for yourself?',
      'What has helped you before?',
      'What else would you like to share?',
    ],
    validate: [
      "It makes sense to feel that way after what you've been through.",
      'It makes sense that you feel ___.',
      'Your feelings are valid.',
      'That would be hard for anyone.',
      "You're not alone in this.",
      'I believe you.',
      'What happened was not your fault.',
      "You're not overreacting.",
      'Thank you for trusting me with this.',
      'It took courage to share that.',
      'Take all the time you need.',
      "Healing isn't a straight line.",
    ],
    boundaries: [
      'I care, and I only have a few minutes right now.',
      "I can listen, but I can't advise on that.",
      'Can we pause and come back to this later?',
      "I'm feeling overwhelmed. Can we take a break?",
      'That topic is hard for me. Can we talk about something else?',
      "I'm not a therapist, but I'm glad to listen.",
      "I'm not the right person for that. Can we find someone who is?",
      "I need to rest now. I'll check in tomorrow.",
      "I can't talk late at night, but I can tomorrow.",
      'I need some time before we talk again.',
      "It's okay for either of us to say no.",
      'What do we each have room for today?',
    ],
  },
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    empathyPrompts: EmpathyPromptsStrings;
  }
}
