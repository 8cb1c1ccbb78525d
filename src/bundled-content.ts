/**
 * Makes the English content the default, and Korean and Japanese available on
 * demand (separate chunks, so the English bundle does not grow). Imported
 * before the elements are defined, so elements already in the page find it.
 */
import english from '../content/en.json' with { type: 'json' };
import type { Content } from './core/content/schema.js';
import { registerDefaultContent, setDefaultContent } from './components/shared/content-source.js';

setDefaultContent(english as unknown as Content);
registerDefaultContent('ko', () => import('../content/ko.json', { with: { type: 'json' } }).then((m) => m.default as unknown as Content));
registerDefaultContent('ja', () => import('../content/ja.json', { with: { type: 'json' } }).then((m) => m.default as unknown as Content));
