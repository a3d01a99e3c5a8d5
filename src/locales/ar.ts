/** Registers the ar tables with every widget. Import it once: `import 'haven-widgets/locales/ar'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './ar/faq.js';
import { groundingTimer } from './ar/grounding-timer.js';
import { empathyPrompts } from './ar/empathy-prompts.js';
import { stageTable } from './ar/stage-table.js';
import { quickExit } from './ar/quick-exit.js';
import { helplines } from './ar/helplines.js';
import { journal } from './ar/journal.js';

registerLocale('ar', { faq, groundingTimer, empathyPrompts, stageTable, quickExit, helplines, journal });
