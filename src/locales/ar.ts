/** Registers the ar tables with every widget. Import it once: `import 'haven-widgets/locales/ar'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './ar/faq.js';

registerLocale('ar', { faq });
