import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/bundled-content.js';
import '../../src/components/teacher/ece-teacher.js';
import '../../src/components/worksheet/ece-worksheet.js';
import type { EceTeacher } from '../../src/components/teacher/ece-teacher.js';
import type { EceWorksheet } from '../../src/components/worksheet/ece-worksheet.js';
import english from '../../content/en.json' with { type: 'json' };
import type { Content } from '../../src/core/content/schema.js';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { checkFacts, planChecks } from '../../src/core/questions/checks.js';
import { wellMixedLength } from '../../src/core/questions/stats.js';
import { encodeResultCode } from '../../src/core/quiz/result-code.js';
import { startSession, type SessionOptions } from '../../src/core/quiz/session.js';
import { otherContent, settle } from './helpers.js';

const content = english as unknown as Content;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

async function teacher() {
  const el = await fixture<EceTeacher>(html`<ece-teacher></ece-teacher>`);
  await waitUntil(() => el.shadowRoot!.querySelector('main'), 'teacher page never rendered', { timeout: 5000 });
  return el;
}

async function setInput(el: EceTeacher, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

describe('ece-teacher', () => {
  it('prints the lesson’s handouts with their answer keys, which the students’ page leaves out', async () => {
    const el = await teacher();
    const kit = $(el, 'section.lesson-kit');
    expect(kit.querySelector('h2')!.textContent).to.equal('Lesson materials and answer keys');
    const materials = content.lesson!.materials!;
    expect(materials.some((material) => material.answerKey)).to.be.true;
    expect([...kit.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(materials.map((material) => material.title));
    const keys = [...kit.querySelectorAll('ul.answer-key')];
    expect(keys.length).to.equal(materials.filter((material) => material.answerKey).length);
    expect(keys[0]!.getAttribute('lang')).to.equal(content.language);
    expect([...keys.at(-1)!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(materials.filter((m) => m.answerKey).at(-1)!.items);
    await expect(el).to.be.accessible();
  });

  it('builds a share link and embed code with the chosen settings, named like the attributes', async () => {
    const el = await teacher();
    await setInput(el, '#seed', 'class-7b');
    await setInput(el, '#count', '5');
    const checkboxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
    checkboxes[2]!.click(); // true-false
    await settle(el);
    const link = new URL($<HTMLAnchorElement>(el, '.share-link').href);
    expect(link.searchParams.get('seed')).to.equal('class-7b');
    expect(link.searchParams.get('questions')).to.equal('5');
    expect(link.searchParams.get('types')).to.equal('true-false');
    expect(link.searchParams.get('lang')).to.equal('en');
    expect($(el, '.snippet').textContent).to.include('<export-controls-explainer lang="en" seed="class-7b" questions="5" mode="practice" types="true-false" checks="theme">');
    expect(link.searchParams.get('checks'), 'always named: other pages have other defaults').to.equal('theme');
    await expect(el).to.be.accessible();
    // Checks after each section: every link and the embed code say so, and the class view expects those quizzes.
    $$<HTMLInputElement>(el, 'input[name="checks"]')[1]!.click();
    await settle(el);
    expect(new URL($<HTMLAnchorElement>(el, '.share-link').href).searchParams.get('checks')).to.equal('section');
    expect($(el, '.snippet').textContent).to.include('types="true-false" checks="section">');
    const options: SessionOptions = { seed: 'class-7b', count: 5, mode: 'practice', types: ['true-false'], themes: [], checks: { per: 'section', seed: 'class-7b' } };
    const code = encodeResultCode(content, options, startSession(content, options, 0).questions, {}, 'Ana');
    await setInput(el, '#codes', code);
    expect($(el, '.summary').textContent).to.include('1 of 1 code read');
  });

  it('keeps what is typed, says which class code is used, and reports a question count it cannot use', async () => {
    const el = await teacher();
    await setInput(el, '#seed', 'Class 7B!');
    // The field is never rewritten under the teacher's fingers.
    expect($<HTMLInputElement>(el, '#seed').value).to.equal('Class 7B!');
    expect($(el, '#seed-used').textContent).to.include('“class7b”');
    expect(new URL($<HTMLAnchorElement>(el, '.share-link').href).searchParams.get('seed')).to.equal('class7b');
    await setInput(el, '#count', '12');
    expect($(el, '#count-error')).to.equal(null);
    await setInput(el, '#count', '80');
    const count = $<HTMLInputElement>(el, '#count');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    expect(count.getAttribute('aria-describedby')).to.equal('count-error');
    expect($(el, '#count-error').textContent).to.include('Enter a whole number from 1 to 50');
    expect($(el, '#count-error').textContent).to.include('keeps 12 questions');
    // One question is "1 question", not "1 questions".
    await setInput(el, '#count', '1');
    await setInput(el, '#count', '');
    expect($(el, '#count-error').textContent).to.include('keeps 1 question until');
    await setInput(el, '#count', '12');
    expect(new URL($<HTMLAnchorElement>(el, '.share-link').href).searchParams.get('questions')).to.equal('12');
    await expect(el).to.be.accessible();
    // A quiz on the core lesson only: the link and the embed code carry it.
    const core = $$<HTMLLabelElement>(el, 'label.check').find((label) => label.textContent!.includes('core lesson'))!;
    core.querySelector('input')!.click();
    await settle(el);
    expect(new URL($<HTMLAnchorElement>(el, '.share-link').href).searchParams.get('scope')).to.equal('core');
    expect($(el, '.snippet').textContent).to.include('scope="core"');
    // Two copy buttons, each named for what it copies.
    const copies = $$<HTMLButtonElement>(el, 'button').map((b) => b.textContent!.trim()).filter((text) => text.startsWith('Copy'));
    expect(copies).to.deep.equal(['Copy link', 'Copy embed code']);
  });

  it('says how long a quiz the content gives well mixed when the count asks for more', async () => {
    const el = await teacher();
    // With the page's checks in the text (after each theme, from its class code), a quiz that repeats a check is not well mixed.
    await setInput(el, '#seed', 'class-7b');
    const seed = 'class-7b';
    const length = wellMixedLength(content, { avoidFacts: checkFacts(planChecks(content, { per: 'theme', seed })) });
    expect(length).to.be.within(5, 40);
    expect(length).to.be.at.most(wellMixedLength(content));
    await setInput(el, '#count', String(length + 1));
    await waitUntil(() => el.shadowRoot!.querySelector('#count-mix'), 'no note on a quiz longer than the content mixes well', { timeout: 5000 });
    expect($(el, '#count-mix').textContent).to.include(`well mixed up to ${length} questions`);
    expect($(el, '#count').getAttribute('aria-describedby')).to.equal('count-mix');
    await expect(el).to.be.accessible();
    await setInput(el, '#count', String(length));
    expect(el.shadowRoot!.querySelector('#count-mix')).to.equal(null);
    expect($(el, '#count').hasAttribute('aria-describedby')).to.be.false;
  });

  it('works for another topic: lists its themes, carries its file in every link and scores its codes', async () => {
    const fixture_ = otherContent();
    const el = await fixture<EceTeacher>(html`<ece-teacher src="/test/fixtures/solar-system.json"></ece-teacher>`);
    await waitUntil(() => el.shadowRoot!.querySelector('main'), 'teacher page never rendered', { timeout: 5000 });
    await settle(el);
    const text = el.shadowRoot!.textContent!;
    for (const theme of fixture_.themes) expect(text).to.include(theme.title);
    expect(text).not.to.include(content.themes[0]!.title);
    const src = new URL('/test/fixtures/solar-system.json', document.baseURI).href;
    expect($(el, '.snippet').textContent).to.include(`src="${src}"`);
    expect(new URL($<HTMLAnchorElement>(el, '.share-link').href).searchParams.get('src')).to.equal(src);
    for (const link of $$<HTMLAnchorElement>(el, 'a.button')) expect(new URL(link.href).searchParams.get('src')).to.equal(src);
    await setInput(el, '#seed', 'planets');
    await setInput(el, '#count', '3');
    const options: SessionOptions = { seed: 'planets', count: 3, mode: 'practice', types: [], themes: [], checks: { per: 'theme', seed: 'planets' } };
    const { questions } = startSession(fixture_, options, 0);
    const code = encodeResultCode(fixture_, options, questions, {}, 'Ana');
    const textarea = $<HTMLTextAreaElement>(el, '#codes');
    textarea.value = code;
    textarea.dispatchEvent(new Event('input'));
    await settle(el);
    expect($(el, '.summary').textContent).to.include('1 of 1 code read');
    await expect(el).to.be.accessible();
  });

  it('reads pasted codes into the class view and reports bad lines', async () => {
    const el = await teacher();
    await setInput(el, '#seed', 'lesson');
    await setInput(el, '#count', '3');
    const options: SessionOptions = { seed: 'lesson', count: 3, mode: 'practice', types: [], themes: [], checks: { per: 'theme', seed: 'lesson' } };
    const { questions } = startSession(content, options, 0);
    const right = Object.fromEntries(questions.map((q) => [q.id, q.type === 'fill-blank' ? q.answer[0]! : q.answer] as const));
    const a = encodeResultCode(content, options, questions, right as never, 'Ana');
    const b = encodeResultCode(content, options, questions, {}, 'Ben');
    const textarea = $<HTMLTextAreaElement>(el, '#codes');
    textarea.value = [a, b, 'not a code'].join('\n');
    textarea.dispatchEvent(new Event('input'));
    await settle(el);
    expect($(el, '.summary').textContent).to.include('2 of 3 codes read');
    const rows = $$(el, '.lines tbody tr');
    expect(rows.length).to.equal(3);
    expect(rows[2]!.textContent).to.include('damaged');
    // Every table says what it holds, and every column has a name in words.
    expect($(el, '.lines caption').textContent).to.equal('Result codes, one per pasted line');
    expect($$(el, '.lines thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Line', 'Name', 'Score', 'Status']);
    expect($$(el, '.per-question tbody tr').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('analyses each item for the class: discrimination, what to check, a link into the answer key and the content path, and a CSV', async () => {
    const el = await teacher();
    await setInput(el, '#seed', 'items');
    await setInput(el, '#count', '3');
    const options: SessionOptions = { seed: 'items', count: 3, mode: 'practice', types: [], themes: [], checks: { per: 'theme', seed: 'items' } };
    const { questions } = startSession(content, options, 0);
    const right = (q: (typeof questions)[number]) => (q.type === 'fill-blank' ? q.answer[0]! : q.answer);
    // Six students: the first question goes with the rest of the score, the last nobody misses.
    const pattern = [
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ];
    const codes = pattern.map(([first, second], i) =>
      encodeResultCode(content, options, questions, Object.fromEntries(questions.map((q, n) => [q.id, n === 2 || (n === 0 ? first : second) ? right(q) : 'wrong'] as const)) as never, `S${i}`),
    );
    const textarea = $<HTMLTextAreaElement>(el, '#codes');
    textarea.value = codes.join('\n');
    textarea.dispatchEvent(new Event('input'));
    await settle(el);
    expect($$(el, '.per-question thead th').map((th) => th.textContent!.trim())).to.deep.equal([
      'Question',
      'Share correct',
      'Average credit',
      'Discrimination',
      'Most common wrong answers',
      'Check',
      'Find it',
    ]);
    const table = $(el, '.per-question');
    expect(table.textContent).to.include('Nobody missed it');
    // Fewer than ten codes: no groups, and no flag that rests on them.
    expect(table.textContent).not.to.include('strongest group');
    expect($$(el, '.per-question .discrimination').some((cell) => /\d\.\d\d/.test(cell.textContent!))).to.be.true;
    const links = $$<HTMLAnchorElement>(el, '.item-links a');
    expect(links.length).to.equal(3);
    expect(links.every((a) => /worksheet\.html\?.*key=1.*#q-\d$/.test(a.href))).to.be.true;
    // Each link says which question, and that it opens a new tab (the pasted codes would be lost otherwise).
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()).sort()).to.deep.equal(
      [1, 2, 3].map((n) => `Question ${n} in the answer key (opens in a new tab)`),
    );
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener')).to.be.true;
    // The row header is the question alone, so a screen reader does not read the links with every cell.
    expect($$(el, '.per-question tbody th').every((th) => !th.querySelector('a'))).to.be.true;
    expect($$(el, '.item-links code').every((code) => /^(claims|glossary|events|groups|blanks|decisionTree\.scenarios)\[\d+\]$/.test(code.textContent!))).to.be.true;
    expect($$(el, 'button').some((b) => b.textContent!.trim() === 'Download item analysis (CSV)')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('scores partly right codes with their credit, and leaves out a code from another generator version, saying what to do', async () => {
    // The first seed whose two questions include a match (the quiz depends on the generator version).
    let seed = 'partial';
    // Without checks in the text: a match asks about several facts, and a two-question quiz after checks has no room for one.
    for (let i = 0; !startSession(content, { seed, count: 2, mode: 'practice', types: ['true-false', 'match'], themes: [] }, 0).questions.some((q) => q.type === 'match'); i++) {
      if (i > 200) throw new Error('no seed in 200 gives a match question');
      seed = `partial-${i}`;
    }
    const el = await teacher();
    await setInput(el, '#seed', seed);
    await setInput(el, '#count', '2');
    const boxes = $$<HTMLInputElement>(el, 'fieldset fieldset input[type="checkbox"]');
    const typeIndex = (type: string) => ['term-definition', 'definition-term', 'true-false', 'order', 'date', 'match', 'group-member', 'select-all', 'fill-blank', 'scenario'].indexOf(type);
    boxes[typeIndex('match')]!.click();
    boxes[typeIndex('true-false')]!.click();
    $$<HTMLInputElement>(el, 'input[name="checks"]')[2]!.click();
    await settle(el);
    const options: SessionOptions = { seed, count: 2, mode: 'practice', types: ['true-false', 'match'], themes: [] };
    const { questions } = startSession(content, options, 0);
    const match = questions.find((q) => q.type === 'match')!;
    expect(match && match.type === 'match').to.be.true;
    if (match.type !== 'match') return;
    const [a, b] = match.items;
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.answer] as const));
    answers[match.id] = { ...match.answer, [a!.id]: match.answer[b!.id]!, [b!.id]: match.answer[a!.id]! };
    const partly = encodeResultCode(content, options, questions, answers as never, 'Ana');
    const older = encodeResultCode(content, options, questions, answers as never, 'Ben', 1);
    const textarea = $<HTMLTextAreaElement>(el, '#codes');
    textarea.value = [partly, older].join('\n');
    textarea.dispatchEvent(new Event('input'));
    await settle(el);
    const n = match.items.length;
    const score = Math.round((1 + (n - 2) / n) * 100) / 100;
    const rows = $$(el, '.lines tbody tr');
    expect(rows[0]!.textContent).to.include(`${score} / 2`);
    expect(rows[1]!.textContent).to.include('made by another version of the quiz generator — left out');
    expect(rows[1]!.textContent).to.include('ask the student to retake the quiz, or open the code with the version that made it');
    expect(rows[1]!.textContent).to.include('generator version 1');
    expect($(el, '.summary').textContent).to.include('1 of 2 codes read');
    expect($(el, '.partial-note').textContent).to.include('partial credit');
    expect($(el, '.per-question').textContent).to.include('1 partly right');
    await expect(el).to.be.accessible();
  });

  it('switches the whole page to Korean and Japanese', async () => {
    const el = await teacher();
    el.lang = 'ko';
    await waitUntil(() => $(el, 'h1')?.textContent === '교사용 페이지', 'no Korean', { timeout: 5000 });
    await waitUntil(() => $$(el, 'fieldset fieldset')[2]?.textContent?.match(/[가-힣]/), 'themes not Korean', { timeout: 5000 });
    await expect(el).to.be.accessible();
    el.lang = 'ja';
    await waitUntil(() => $(el, 'h1')?.textContent === '先生用ページ', 'no Japanese', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});

describe('ece-worksheet', () => {
  it('prints the same questions as the quiz on screen, and the answer key shows the answers', async () => {
    const sheet = await fixture<EceWorksheet>(html`<ece-worksheet seed="paper" questions="6"></ece-worksheet>`);
    await waitUntil(() => sheet.shadowRoot!.querySelector('article'));
    // First the checks the students met in the text (after each theme, as on the student page), then the quiz, which leaves out their facts.
    const checks = planChecks(content, { per: 'theme', seed: 'paper' });
    const quiz = generateQuiz(content, { seed: 'paper', count: 6, avoidFacts: checkFacts(checks) });
    expect($$(sheet, '.check-questions .prompt').map((p) => p.textContent)).to.deep.equal(checks.flatMap((b) => b.questions.map((q) => q.prompt)));
    expect($$(sheet, '.checks h3').map((h) => h.textContent)).to.deep.equal(content.themes.map((t) => t.title));
    expect($$(sheet, 'ol.questions .prompt').map((p) => p.textContent)).to.deep.equal(quiz.questions.map((q) => q.prompt));
    expect($$(sheet, 'button, input, select').length).to.equal(0);
    await expect(sheet).to.be.accessible();
    sheet.answerKey = true;
    await settle(sheet);
    expect($$(sheet, '.key').length).to.equal(2 * (6 + checks.flatMap((b) => b.questions).length));
    await expect(sheet).to.be.accessible();
    // checks="off": the quiz alone, the one a page without checks gives.
    sheet.checks = 'off';
    await settle(sheet);
    expect($$(sheet, '.checks').length).to.equal(0);
    expect($$(sheet, 'ol.questions .prompt').map((p) => p.textContent)).to.deep.equal(generateQuiz(content, { seed: 'paper', count: 6 }).questions.map((q) => q.prompt));
  });

  it('follows the item analysis link #q-N to that question inside its shadow root and focuses it', async () => {
    const before = window.location.hash;
    window.history.replaceState(null, '', '#q-4');
    try {
      const sheet = await fixture<EceWorksheet>(html`<ece-worksheet seed="paper" questions="6" answer-key></ece-worksheet>`);
      await waitUntil(() => sheet.shadowRoot!.activeElement?.id === 'q-4', 'question 4 never took the focus');
      expect($$(sheet, 'ol.questions > li.question')[3]!.id).to.equal('q-4');
      await expect(sheet).to.be.accessible();
    } finally {
      window.history.replaceState(null, '', before || window.location.pathname + window.location.search);
    }
  });
});
