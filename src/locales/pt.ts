/** Registers the pt tables with every widget. Import it once: `import 'haven-widgets/locales/pt'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './pt/faq.js';

registerLocale('pt', { faq });
