/**
 * Where components get their content: a `content` property, a `src` URL, or
 * the bundled default. A reactive controller keeps the loading state explicit
 * (loading, ready, error) so views render each state and nothing throws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../core/content/schema.js';
import type { ContentError } from '../../core/content/validate.js';
import { loadTemplates, templatesLoaded } from '../../core/questions/templates/index.js';
import { languageOf } from './host.js';

/** Bundled content per language: loaded already (English), or loaded on first use (Korean, Japanese). */
const defaults = new Map<string, Content | (() => Promise<Content>)>();

/** Content objects already validated here, so nested elements do not validate them again. */
const validated = new WeakSet<object>();

/** Sets the content used by elements that have neither `content` nor `src`, for its language (the entry bundles English). */
export function setDefaultContent(content: Content): void {
  defaults.set(content.language, content);
}

/** Registers bundled content that loads only when a page asks for its language. */
export function registerDefaultContent(language: string, load: () => Promise<Content>): void {
  defaults.set(language, load);
}

/** The bundled content for an element's language: exact, then primary subtag, then English. */
function defaultFor(language: string): { key: string; entry: Content | (() => Promise<Content>) } | undefined {
  const primary = (tag: string) => tag.split('-')[0] ?? '';
  for (const wanted of [language, primary(language), 'en']) {
    const entry = defaults.get(wanted);
    if (entry) return { key: wanted, entry };
    // Same language, another region: en-GB content serves an "en" or "en-US" page.
    for (const [key, other] of defaults) if (primary(key) === primary(wanted)) return { key, entry: other };
  }
  return undefined;
}

export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; content: Content }
  | { status: 'network-error'; detail: string }
  | { status: 'invalid'; errors: ContentError[] };

/** How long a `src` may take before the load counts as failed (and can be retried). */
let loadTimeoutMs = 15000;

/** Changes how long a `src` may take (for slow school networks, or for tests). */
export function setLoadTimeout(ms: number): void {
  if (Number.isFinite(ms) && ms > 0) loadTimeoutMs = ms;
}

export interface ContentHost extends ReactiveControllerHost {
  src?: string | undefined;
  content?: Content | undefined;
}

export class ContentController implements ReactiveController {
  state: ContentState = { status: 'loading' };
  private loadedFrom?: string | Content | (() => Promise<Content>);
  private synced = false;
  private request = 0;

  /**
   * @param options.questions the host generates questions, so content counts as ready only once
   *   the question wording for its language has loaded (Korean and Japanese load on demand).
   *   An explainer does not need it, and does not wait for it.
   */
  constructor(
    private readonly host: ContentHost,
    private readonly options: { questions?: boolean } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Content named already (or a reconnection) is read now. Otherwise the bundled default waits for
    // the first update (call `sync()` from `willUpdate` when `!hasUpdated`): a page or framework that
    // sets `src` or `content` right after creating the element gets only its own content.
    if (this.synced || this.host.content !== undefined || this.host.src) this.sync();
  }

  /**
   * Whether the page said its content is coming: a `src` attribute, even empty (`src=""`), means
   * "wait for my file", never the bundled default, however late the script sets it.
   */
  private get awaitingSrc(): boolean {
    return (this.host as unknown as HTMLElement).hasAttribute?.('src') === true || this.host.src === '';
  }

  /** Re-reads `content`/`src` from the host; call from `willUpdate` (on the first update, and when they or `lang` change). */
  sync(): void {
    const bundled = defaultFor(languageOf(this.host as unknown as HTMLElement));
    const named = this.host.content ?? (this.host.src || undefined);
    const wanted = named ?? (this.awaitingSrc ? undefined : bundled?.entry);
    if (this.synced && wanted === this.loadedFrom) return;
    this.synced = true;
    this.loadedFrom = wanted;
    // Whatever is wanted now supersedes a load still on its way (e.g. Korean, then English again).
    this.request++;
    if (wanted === undefined && this.awaitingSrc) {
      this.state = { status: 'loading' };
    } else if (wanted === undefined) {
      this.state = { status: 'invalid', errors: [{ path: '', message: 'No content: set the src attribute or the content property.' }] };
    } else if (typeof wanted === 'string') {
      void this.load(wanted);
    } else if (typeof wanted === 'function') {
      void this.loadBundled(wanted);
    } else if (wanted === bundled?.entry || validated.has(wanted)) {
      // Bundled content is validated by the test suite; other content once, when first loaded.
      if (!this.options.questions || templatesLoaded(wanted.language)) this.state = { status: 'ready', content: wanted };
      else void this.check(wanted, { trusted: true });
    } else {
      void this.check(wanted);
    }
  }

  retry(): void {
    if (typeof this.loadedFrom === 'string') void this.load(this.loadedFrom);
    else if (typeof this.loadedFrom === 'function') void this.loadBundled(this.loadedFrom);
    else if (this.loadedFrom) void this.check(this.loadedFrom);
  }

  private async loadBundled(load: () => Promise<Content>): Promise<void> {
    const request = ++this.request;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    let next: ContentState;
    try {
      // Bundled content is in the element's language: fetch its question wording alongside.
      const wording = this.options.questions ? loadTemplates(languageOf(this.host as unknown as HTMLElement)) : undefined;
      const [content] = await Promise.all([load(), wording]);
      validated.add(content);
      next = { status: 'ready', content };
    } catch (error) {
      next = { status: 'network-error', detail: error instanceof Error ? error.message : String(error) };
    }
    next = await this.worded(next);
    if (request === this.request) this.settle(next);
  }

  private async check(value: Content, { trusted = false } = {}): Promise<void> {
    const request = ++this.request;
    let next: ContentState;
    try {
      if (trusted) next = { status: 'ready', content: value };
      else {
        const { validateContent } = await import('../../core/content/validate.js');
        const result = validateContent(value);
        next = result.ok ? { status: 'ready', content: result.content } : { status: 'invalid', errors: result.errors };
      }
    } catch (error) {
      next = { status: 'network-error', detail: error instanceof Error ? error.message : String(error) };
    }
    next = await this.worded(next);
    if (request === this.request) this.settle(next);
  }

  /** For hosts that generate questions, content is ready once the wording for its language has loaded too. */
  private async worded(state: ContentState): Promise<ContentState> {
    if (state.status !== 'ready' || !this.options.questions) return state;
    try {
      await loadTemplates(state.content.language);
      return state;
    } catch (error) {
      return { status: 'network-error', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private async load(url: string): Promise<void> {
    const request = ++this.request;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), loadTimeoutMs);
    let next: ContentState;
    try {
      const [response, { parseContent }] = await Promise.all([
        fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } }),
        import('../../core/content/validate.js'),
      ]);
      if (!response.ok) {
        next = { status: 'network-error', detail: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      } else {
        const result = parseContent(await response.text());
        next = result.ok ? { status: 'ready', content: result.content } : { status: 'invalid', errors: result.errors };
      }
    } catch (error) {
      next = {
        status: 'network-error',
        detail: abort.signal.aborted ? `no answer after ${loadTimeoutMs / 1000} s` : error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timer);
    }
    next = await this.worded(next);
    if (request !== this.request) return;
    this.settle(next);
  }

  private settle(state: ContentState): void {
    this.state = state;
    if (state.status === 'ready') validated.add(state.content);
    if (state.status === 'invalid') {
      // For the content author: the same lines `npm run validate` prints.
      console.error(`export-controls-explainer: invalid content\n${state.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n')}`);
    }
    this.host.requestUpdate();
  }
}
