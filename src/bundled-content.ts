/**
 * Makes the English content the default. Imported before the elements are
 * defined, so elements already in the page find it when they upgrade.
 */
import english from '../content/en.json' with { type: 'json' };
import type { Content } from './core/content/schema.js';
import { setDefaultContent } from './components/shared/content-source.js';

setDefaultContent(english as unknown as Content);
