/** Registers the es tables with every widget. Import it once: `import 'haven-widgets/locales/es'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './es/faq.js';
import { groundingTimer } from './es/grounding-timer.js';
import { empathyPrompts } from './es/empathy-prompts.js';
import { stageTable } from './es/stage-table.js';
import { quickExit } from './es/quick-exit.js';
import { helplines } from './es/helplines.js';
import { journal } from './es/journal.js';

registerLocale('es', { faq, groundingTimer, empathyPrompts, stageTable, quickExit, helplines, journal });
