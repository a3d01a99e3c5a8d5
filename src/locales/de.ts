/** Registers the de tables with every widget. Import it once: `import 'haven-widgets/locales/de'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './de/faq.js';
import { groundingTimer } from './de/grounding-timer.js';
import { empathyPrompts } from './de/empathy-prompts.js';
import { stageTable } from './de/stage-table.js';
import { quickExit } from './de/quick-exit.js';
import { helplines } from './de/helplines.js';
import { journal } from './de/journal.js';

registerLocale('de', { faq, groundingTimer, empathyPrompts, stageTable, quickExit, helplines, journal });
