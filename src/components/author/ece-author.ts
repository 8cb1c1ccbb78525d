import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Content } from '../../core/content/schema.js';
import type { LintFinding } from '../../core/questions/lint.js';
import type { ContentStats } from '../../core/questions/stats.js';
import { QUESTION_TYPES } from '../../core/questions/types.js';
import { baseStyles } from '../shared/styles.js';
import '../export-controls-explainer/export-controls-explainer.js';
import { authorStyles } from './author.styles.js';

/** What one check of the text found. */
type Check =
  | { status: 'empty' }
  | { status: 'invalid'; errors: { message: string; line?: number }[] }
  | { status: 'valid'; content: Content; stats: ContentStats; findings: { message: string; line?: number }[] };

/** A file the browser lets the page read again (File System Access, Chromium). */
interface FileHandle {
  name: string;
  getFile(): Promise<File>;
}
type OpenFilePicker = (options: { types: { description: string; accept: Record<string, string[]> }[] }) => Promise<FileHandle[]>;

const WATCH_INTERVAL_MS = 1500;

/**
 * The authoring preview: open, drop or paste a content file and see at once what is wrong with
 * it (every problem with its JSON path and line), what the quiz generator can make of it
 * (distinct questions per type, items no question tests, the item lint's findings), and the
 * explainer and quiz as a reader will see them. Everything runs in the browser; nothing is sent.
 *
 * @tag ece-author
 * @summary Checks and previews a content file while it is being written.
 */
@customElement('ece-author')
export class EceAuthor extends LitElement {
  static override styles = [baseStyles, authorStyles];

  @state() private source = '';
  @state() private check: Check = { status: 'empty' };
  @state() private fileName = '';
  @state() private watching = false;
  @state() private dragOver = false;
  private handle?: FileHandle;
  private lastModified = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private watcher?: ReturnType<typeof setInterval>;
  /** Checks run in order; an older one that finishes late is dropped. */
  private run = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    clearInterval(this.watcher);
  }

  /** Checks `text` now (a file) or after a short pause in typing (the text box). */
  setSource(text: string, debounce = false): Promise<void> {
    this.source = text;
    clearTimeout(this.timer);
    if (!debounce) return this.checkNow();
    return new Promise((resolve) => {
      this.timer = setTimeout(() => void this.checkNow().then(resolve), 300);
    });
  }

  private async checkNow(): Promise<void> {
    const run = ++this.run;
    const text = this.source;
    if (text.trim() === '') {
      this.check = { status: 'empty' };
      return;
    }
    // The validator, the lint and the generator load only here: the page opens before they arrive.
    const [{ parseContent, formatError }, { jsonPathLines, lineOfPath }] = await Promise.all([import('../../core/content/validate.js'), import('../../core/content/json-paths.js')]);
    const result = parseContent(text);
    if (!result.ok) {
      if (run !== this.run) return;
      // Errors with a path come from JSON that parsed, so its lines can be read; a syntax error carries its own.
      const lines = result.errors.some((error) => error.path) ? jsonPathLines(text) : undefined;
      const errors = result.errors.map((error) => ({
        message: formatError(error),
        line: error.line ?? (lines && error.path ? lineOfPath(lines, error.path) : undefined),
      }));
      this.check = { status: 'invalid', errors };
      return;
    }
    const [{ loadTemplates }, { lintContent, formatFinding }, { contentStats }] = await Promise.all([
      import('../../core/questions/templates/index.js'),
      import('../../core/questions/lint.js'),
      import('../../core/questions/stats.js'),
    ]);
    await loadTemplates(result.content.language);
    const lines = jsonPathLines(text);
    const findings = lintContent(result.content).map((finding: LintFinding) => ({
      message: formatFinding(finding),
      line: lineOfPath(lines, finding.path.split(' + ')[0]!),
    }));
    if (run !== this.run) return;
    this.check = { status: 'valid', content: result.content, stats: contentStats(result.content), findings };
  }

  private async readFile(file: File) {
    this.fileName = file.name;
    this.lastModified = file.lastModified;
    await this.setSource(await file.text());
  }

  /** Opens a file; where the browser allows it, the file is read again whenever it changes on disk. */
  private async open() {
    const picker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
    if (!picker) {
      this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
      return;
    }
    try {
      const [handle] = await picker({ types: [{ description: 'Content file', accept: { 'application/json': ['.json'] } }] });
      if (!handle) return;
      this.handle = handle;
      await this.readFile(await handle.getFile());
      this.watch();
    } catch {
      // The author closed the picker: nothing to do.
    }
  }

  private watch() {
    clearInterval(this.watcher);
    this.watching = true;
    this.watcher = setInterval(async () => {
      try {
        const file = await this.handle!.getFile();
        if (file.lastModified !== this.lastModified) await this.readFile(file);
      } catch {
        // The file was moved or deleted: stop following it, and say so.
        clearInterval(this.watcher);
        this.watching = false;
      }
    }, WATCH_INTERVAL_MS);
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.dragOver = false;
    const file = event.dataTransfer?.files[0];
    if (file) {
      this.handle = undefined;
      clearInterval(this.watcher);
      this.watching = false;
      void this.readFile(file);
    }
  }

  /** Moves the caret to a line of the text, selects it and scrolls it into view. */
  goToLine(line: number) {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')!;
    const starts = [0];
    for (let i = 0; i < box.value.length; i++) if (box.value[i] === '\n') starts.push(i + 1);
    const start = starts[line - 1] ?? 0;
    const end = (starts[line] ?? box.value.length + 1) - 1;
    box.focus();
    box.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 18;
    box.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  private lineButton(line: number | undefined) {
    return line === undefined ? nothing : html` <button class="button go-to-line" @click=${() => this.goToLine(line)}>Go to line ${line}</button>`;
  }

  private renderCheck() {
    const check = this.check;
    if (check.status === 'empty') return html`<p role="status" class="status">Open, drop or paste a content file to check it.</p>`;
    if (check.status === 'invalid') {
      return html`<p role="status" class="status bad">${check.errors.length === 1 ? '1 problem' : `${check.errors.length} problems`} to fix before the file can be shown.</p>
        <ol class="problems">
          ${check.errors.map((error) => html`<li>${error.message}${this.lineButton(error.line)}</li>`)}
        </ol>`;
    }
    const { content, stats, findings } = check;
    return html`<p role="status" class="status">The file is valid: ${stats.total} distinct questions; ${findings.length === 0 ? 'every question passes the item rules' : `${findings.length} item-rule findings`}.</p>
      <table class="stats">
        <caption>
          Distinct questions by type
        </caption>
        <tbody>
          ${QUESTION_TYPES.map((type) => html`<tr><th scope="row">${type}</th><td>${stats.perType[type]}</td></tr>`)}
        </tbody>
      </table>
      <h2>Items no question tests</h2>
      ${stats.untested.length === 0 ? html`<p>None: every teaching item can be asked.</p>` : html`<ul class="untested">${stats.untested.map((item) => html`<li><code>${item}</code></li>`)}</ul>`}
      <h2>Item-rule findings</h2>
      ${findings.length === 0
        ? html`<p>None.</p>`
        : html`<ol class="findings">
            ${findings.map((finding) => html`<li>${finding.message}${this.lineButton(finding.line)}</li>`)}
          </ol>`}
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">Preview: the explainer and quiz as readers see them</h2>
        <export-controls-explainer .content=${content} seed="author-preview" heading-level="3"></export-controls-explainer>
      </section>`;
  }

  override render() {
    return html`<main lang="en">
      <h1>Check a content file</h1>
      <p>Nothing leaves this page: the file is read and checked in your browser.</p>
      <div
        class="drop ${this.dragOver ? 'over' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.dragOver = true;
        }}
        @dragleave=${() => (this.dragOver = false)}
        @drop=${(event: DragEvent) => this.onDrop(event)}
      >
        <div class="row">
          <button class="button" @click=${() => void this.open()}>Open a file…</button>
          <input
            type="file"
            accept=".json,application/json"
            hidden
            @change=${(event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void this.readFile(file);
            }}
          />
          <span>or drop a file here.</span>
          ${this.fileName
            ? html`<span class="file">${this.fileName}${this.watching ? ' — checked again whenever you save it' : ' — open it again after you change it'}</span>`
            : nothing}
        </div>
      </div>
      <label for="source"><strong>Or paste the file’s JSON</strong></label>
      <textarea id="source" spellcheck="false" .value=${this.source} @input=${(event: Event) => void this.setSource((event.target as HTMLTextAreaElement).value, true)}></textarea>
      ${this.renderCheck()}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-author': EceAuthor;
  }
}
