// The shipped file under a strict Content-Security-Policy: no eval, no inline
// script or style, no violation at all, and the explainer and quiz still work.
import { expect, waitUntil } from '@open-wc/testing';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('strict Content-Security-Policy', () => {
  it(`works fully under "${POLICY}"`, async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = '/test/fixtures/csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __violations?: string[] };
    const host = frame.contentDocument!.querySelector('export-controls-explainer')!;
    const quiz = () => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot;
    await waitUntil(() => quiz()?.querySelector('input[type="radio"]'), 'the quiz never rendered under CSP', { timeout: 10000 });
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!.shadowRoot!;
    // Styles applied (adopted stylesheets need no 'unsafe-inline').
    const nav = explainer.querySelector('nav')!;
    expect(win.getComputedStyle(nav).borderTopStyle).to.equal('solid');
    // Interactive: answer and check.
    quiz()!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    quiz()!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await waitUntil(() => quiz()!.querySelector('.feedback'), 'no feedback under CSP');
    expect(win.__violations, win.__violations?.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});
