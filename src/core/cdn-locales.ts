/**
 * The CDN builds only (rollup.config.mjs adds this module to their entry points; no npm module
 * imports it, so an npm build never fetches anything by itself). A locale the library ships
 * that a widget needs and nothing registered is loaded from the folder this bundle itself
 * came from (`locales/es.js` beside `haven-widgets.js`), once a page, and never from
 * anywhere else: strings.ts picks the name from its fixed list before asking.
 */
import { missing, setLocaleLoader } from './strings.js';

// Where this bundle was loaded from. The classic build reads the running script's src here,
// at load time (rollup.config.mjs); an inline copy has none, and then the widgets warn instead.
const here = import.meta.url;

if (here) {
  setLocaleLoader((locale) => {
    const file = new URL(`locales/${locale}.js`, here);
    // A module without imports or exports, so a classic script may import() it too. A page
    // that also loads it by a module tag of its own shares the one request (the module map).
    import(file as never).catch(() => missing(locale, `${file} failed`));
  });
}
