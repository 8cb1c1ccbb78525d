import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Content } from '../../core/content/schema.js';
import '../explainer/ece-explainer.js';

/**
 * The one tag a page needs: the explainer, with the bundled English content
 * unless `src` or `content` says otherwise.
 *
 * @tag export-controls-explainer
 * @summary Explains export controls from a sourced content file.
 * @csspart explainer - The inner `ece-explainer`.
 */
@customElement('export-controls-explainer')
export class ExportControlsExplainer extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** URL of a content file; default: the bundled English content. */
  @property() src?: string;
  /** An already-parsed content object, for apps that have one. */
  @property({ attribute: false }) content?: Content;
  /** Level of the top heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Forces `light` or `dark`; by default the system setting decides. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  override render() {
    return html`<ece-explainer
      part="explainer"
      exportparts="base, toc, section, term, definition, comparison, glossary, sources, error"
      .linkPrefix=${this.id ? `${this.id}-` : ''}
      .src=${this.src}
      .content=${this.content}
      heading-level=${this.headingLevel}
      color-scheme=${this.colorScheme ?? nothing}
      lang=${this.lang || nothing}
    ></ece-explainer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'export-controls-explainer': ExportControlsExplainer;
  }
}
