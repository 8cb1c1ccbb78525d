/**
 * What every element that shows a content file has in common, declared once: the `lang`, `src`
 * and `content` properties with their documentation, the interface strings for the language, and
 * the one lifecycle step that keeps both in step with the properties.
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Content } from '../../core/content/schema.js';
import { en, type UiStrings } from '../../i18n/strings.js';
import type { ContentController } from './content-source.js';
import { languageOf, latestStrings } from './host.js';
import { takeOverPrerendered } from './prerendered.js';
import type { AbstractConstructor, LitConstructor } from './mixin.js';

/** What the mixin adds, as declaration files describe it. */
export declare abstract class ContentElementInterface {
  lang: string;
  src?: string;
  content?: Content;
  /** @internal */
  protected strings: UiStrings;
  /** @internal */
  protected abstract readonly contentSource: ContentController;
}

export const ContentElement = <T extends LitConstructor>(Base: T) => {
  abstract class ContentElementBase extends Base {
    /** Language of the UI and of the bundled content (`en`, `ko`, `ja`); without it the nearest `lang` in the page decides, else English. */
    @property({ reflect: true }) override lang!: string;
    /** URL of a content file; without it (and without `content`) the bundled content of the language is shown. */
    @property() src?: string;
    /** An already-parsed content object, for apps that have one (validated before use). Takes precedence over `src`. */
    @property({ attribute: false }) content?: Content;

    /** The interface strings in the element's language. @internal */
    @state() protected strings: UiStrings = en;

    /** Where the content comes from: each element makes its own, with the options it needs. @internal */
    protected abstract readonly contentSource: ContentController;

    /** Loads the interface strings; a late answer for a language no longer asked for is dropped. */
    private readonly loadUiStrings = latestStrings((strings) => (this.strings = strings));

    /**
     * A page may carry the element's first screen prerendered (a declarative shadow root, see
     * "Prerendering" in the README), so the lesson shows before the script runs. The element does not
     * hydrate that markup: its first render replaces it, in the same task as the upgrade, so no frame
     * is painted in between (what the reader opened or focused meanwhile is carried over). An element
     * prerendered inside another's markup (`defer-hydration`) is left as it is: its host's first
     * render puts a new one in its place. Should the attribute be removed instead, it renders then.
     */
    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const deferred = this.hasAttribute('defer-hydration');
      if (this.shadowRoot && !deferred) takeOverPrerendered(this.shadowRoot);
      const root = super.createRenderRoot();
      // Lit renders before the root's first child; in a root that keeps its prerendered markup for now,
      // that would be the markup which the first render is to replace (see attributeChangedCallback).
      if (deferred) this.renderOptions.renderBefore = null;
      return root;
    }

    static get observedAttributes(): string[] {
      // Lit's getter with this class as `this`, so it lists the attributes of the subclass's properties too.
      return [...(Reflect.get(Base, 'observedAttributes', this) as string[]), 'defer-hydration'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      if (name === 'defer-hydration' && value === null && this.shadowRoot && !this.hasUpdated) {
        takeOverPrerendered(this.shadowRoot);
        this.requestUpdate();
      }
    }

    protected override shouldUpdate(changed: PropertyValues<this>): boolean {
      return !this.hasAttribute('defer-hydration') && super.shouldUpdate(changed);
    }

    protected override willUpdate(changed: PropertyValues<this>): void {
      super.willUpdate(changed);
      if (!this.hasUpdated || changed.has('src') || changed.has('content') || changed.has('lang')) this.contentSource.sync();
      if (changed.has('lang') || !this.hasUpdated) this.loadUiStrings(languageOf(this));
    }
  }
  return ContentElementBase as unknown as AbstractConstructor<ContentElementInterface> & T;
};
