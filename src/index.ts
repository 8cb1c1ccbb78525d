/**
 * The entry of the embeddable build: bundles the English content (validated
 * by the test suite, so it needs no validator at run time), then registers the
 * elements. One script tag and one element are enough.
 */
import './bundled-content.js';

export * from './define.js';
