/** Registers the es tables with every widget. Import it once: `import 'haven-widgets/locales/es'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './es/faq.js';

registerLocale('es', { faq });
