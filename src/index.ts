/**
 * The entry of the embeddable build: registers the elements and bundles the
 * English content (validated at build time by the test suite), so one script
 * tag and one element are enough.
 */
import english from '../content/en.json' with { type: 'json' };
import type { Content } from './core/content/schema.js';
import { setDefaultContent } from './components/shared/content-source.js';

setDefaultContent(english as unknown as Content);

export * from './define.js';
