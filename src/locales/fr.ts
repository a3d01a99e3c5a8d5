/** Registers the fr tables with every widget. Import it once: `import 'haven-widgets/locales/fr'`. */
import { registerLocale } from '../core/strings.js';
import { faq } from './fr/faq.js';

registerLocale('fr', { faq });
