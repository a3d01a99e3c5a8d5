/** Registers the fr tables with every widget. Import it once: `import 'haven-widgets/locales/fr'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './fr/faq.js';
import { groundingTimer } from './fr/grounding-timer.js';
import { empathyPrompts } from './fr/empathy-prompts.js';
import { stageTable } from './fr/stage-table.js';
import { quickExit } from './fr/quick-exit.js';
import { helplines } from './fr/helplines.js';
import { journal } from './fr/journal.js';

registerLocale('fr', { faq, groundingTimer, empathyPrompts, stageTable, quickExit, helplines, journal });
