import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { Question } from '../../src/core/questions/types.js';
import { settle } from './helpers.js';


/** Presses one key. The space bar is ' ': 'Space' is a Chromium (CDP) key name that Firefox's BiDi input rejects. */
async function press(key: string) {
  await sendKeys({ press: key });
}

/** Focuses an element the way a keyboard user ends up on it, then acts with real keys only. */
async function focus(el: LitElement, element: HTMLElement) {
  element.focus();
  await settle(el);
}

/**
 * Answers the current question with the keyboard: correctly, with a wrong answer (no credit),
 * or, for match, order and select-all, partly right: two items' pairs swapped; the first event
 * moved to the end; every right option and one wrong one.
 */
export async function answerByKeyboard(
  el: LitElement,
  question: Question,
  correctly: boolean | 'partly',
  /** Where the question's controls are: the element's shadow root, or one question of a check. */
  within: ParentNode = el.shadowRoot!,
): Promise<void> {
  switch (question.type) {
    case 'fill-blank': {
      const input = within.querySelector<HTMLInputElement>('input[type="text"]')!;
      await focus(el, input);
      // One key per command: WebKitWebDriver drops repeated keys within one action sequence ('  AAB B' arrives as ' AB').
      for (const key of correctly === true ? `  ${question.answer[0]!.toUpperCase()} ` : 'a wrong answer') await sendKeys({ type: key });
      break;
    }
    case 'select-all': {
      const wrong = question.options.map((o) => o.id).filter((id) => !question.answer.includes(id));
      const wanted = new Set(correctly === true ? question.answer : correctly ? [...question.answer, wrong[0]!] : wrong);
      for (const box of within.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        if (wanted.has(box.value) !== box.checked) {
          await focus(el, box);
          await press(' ');
        }
      }
      break;
    }
    case 'order': {
      const target =
        correctly === true ? question.answer : correctly ? [...question.answer.slice(1), question.answer[0]!] : [...question.answer].reverse();
      for (let position = 0; position < target.length; position++) {
        for (;;) {
          const items = Array.from(within.querySelectorAll<HTMLElement>('.order-item'));
          const texts = items.map((item) => item.querySelector('.order-text')!.textContent);
          const wantedText = question.options.find((o) => o.id === target[position])!.text;
          const at = texts.indexOf(wantedText);
          if (at <= position) break;
          await focus(el, items[at]!.querySelector<HTMLButtonElement>('.move-up')!);
          await press('Enter');
          await settle(el);
        }
      }
      break;
    }
    case 'match': {
      const selects = Array.from(within.querySelectorAll<HTMLSelectElement>('select'));
      for (const index of question.items.keys()) {
        // Partly: the first two items swap their options; wrong: every item takes the next item's.
        const from = correctly === true ? index : correctly ? ([1, 0][index] ?? index) : (index + 1) % question.items.length;
        const wantedOption = question.answer[question.items[from]!.id];
        const optionIndex = question.options.findIndex((o) => o.id === wantedOption);
        await focus(el, selects[index]!);
        for (let i = 0; i <= optionIndex; i++) await press('ArrowDown');
      }
      break;
    }
    default: {
      const radios = Array.from(within.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
      const wantedId = correctly === true ? question.answer : question.options.find((o) => o.id !== question.answer)!.id;
      const index = radios.findIndex((radio) => radio.value === wantedId);
      await focus(el, radios[0]!);
      await press(' ');
      for (let i = 0; i < index; i++) await press('ArrowDown');
    }
  }
  await settle(el);
}

/** Presses a visible button by its text, with the keyboard. */
export async function pressButton(el: LitElement, text: string, within: ParentNode = el.shadowRoot!): Promise<void> {
  const button = Array.from(within.querySelectorAll<HTMLButtonElement>('.actions button')).find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"; buttons: ${Array.from(within.querySelectorAll('.actions button')).map((b) => b.textContent!.trim())}`);
  await focus(el, button);
  await press('Enter');
  await settle(el);
}
