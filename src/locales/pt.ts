/** Registers the pt tables with every widget. Import it once: `import 'haven-widgets/locales/pt'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './pt/faq.js';
import { groundingTimer } from './pt/grounding-timer.js';
import { empathyPrompts } from './pt/empathy-prompts.js';
import { stageTable } from './pt/stage-table.js';
import { quickExit } from './pt/quick-exit.js';
import { helplines } from './pt/helplines.js';
import { journal } from './pt/journal.js';

registerLocale('pt', { faq, groundingTimer, empathyPrompts, stageTable, quickExit, helplines, journal });
