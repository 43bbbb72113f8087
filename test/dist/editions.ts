// Every edition's messages, imported statically (a computed `import()` of src/ would not be
// compiled by the test server), for tests of the built files to check their text against.
import en from '../../src/locales/en.js';
import fa from '../../src/locales/fa.js';
import fr from '../../src/locales/fr.js';
import kk from '../../src/locales/kk.js';
import ps from '../../src/locales/ps.js';
import ru from '../../src/locales/ru.js';
import type { Locale, Messages } from '../../src/locales/index.js';

export const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };
