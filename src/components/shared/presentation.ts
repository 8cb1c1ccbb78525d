/**
 * How an element that shows a lesson or a quiz fits into its page, declared once: the level of
 * its top heading (so it nests under the page's own headings) and a forced colour scheme.
 */
import { property } from 'lit/decorators.js';
import type { AbstractConstructor, LitConstructor } from './mixin.js';

/** What the mixin adds, as declaration files describe it. */
export declare abstract class PresentationInterface {
  headingLevel: number;
  colorScheme?: 'light' | 'dark';
}

export const Presentation = <T extends LitConstructor>(Base: T) => {
  abstract class PresentationBase extends Base {
    /** Level of the element's top heading (1–6; default 2), to fit the page's own outline. */
    @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
    /** Forces `light` or `dark`; by default the system setting decides. */
    @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';
  }
  return PresentationBase as unknown as AbstractConstructor<PresentationInterface> & T;
};
