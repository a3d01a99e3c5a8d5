// Content the WordPress tests put in posts.

export const BUILT_IN_QUESTION = 'Can I find peer support online?';

/** A block for each widget, with the site's own content where the block edits some. */
export function sampleBlocks(url) {
  return [
    { name: 'haven-widgets/faq', tag: 'haven-faq', attrs: { items: [
      { question: 'Do I have to give my real name?', answer: 'No. Use any name you like.' },
      { question: 'When does the Tuesday group meet?', answer: 'At seven, in the library.' },
    ] }, expect: ['Do I have to give my real name?', 'When does the Tuesday group meet?'], absent: [BUILT_IN_QUESTION] },
    { name: 'haven-widgets/grounding-timer', tag: 'haven-grounding-timer', attrs: { exercise: 'breathing' } },
    { name: 'haven-widgets/empathy-prompts', tag: 'haven-empathy-prompts', attrs: {} },
    { name: 'haven-widgets/stage-table', tag: 'haven-stage-table', attrs: {} },
    { name: 'haven-widgets/helplines', tag: 'haven-helplines', attrs: {
      helplines: [{ region: 'Wessex', name: 'Harbour Line', description: 'Listening, day and night', phone: '0800 123 4567' }],
      emergencyNumber: '999',
    }, expect: ['Harbour Line'] },
    { name: 'haven-widgets/quick-exit', tag: 'haven-quick-exit', attrs: { href: `${url}/?s=weather` } },
  ];
}
