/** Registers the de tables with every widget. Import it once: `import 'haven-widgets/locales/de'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './de/faq.js';

registerLocale('de', { faq });
