import { html, nothing, type TemplateResult } from 'lit';
import type { Content } from '../../core/content/schema.js';
import type { TeacherStrings } from '../../i18n/teacher.js';

/**
 * The lesson's handouts with their answer keys, for printing. The students' page shows the
 * handouts only (`answerKey` materials stay here), so this is where a teacher finds the keys.
 */
export function renderLessonKit(content: Content, t: TeacherStrings): TemplateResult | typeof nothing {
  const materials = content.lesson?.materials ?? [];
  if (materials.length === 0) return nothing;
  return html`<section class="lesson-kit" aria-labelledby="lesson-kit-title">
    <h2 id="lesson-kit-title">${t.lessonKit}</h2>
    <p class="help">${t.lessonKitHelp}</p>
    ${materials.map(
      // The titles and items are the content's text, in the content's language (the page's may differ).
      (material) => html`<h3 lang=${content.language}>${material.title}</h3>
        <ul class=${material.answerKey ? 'material answer-key' : 'material'} lang=${content.language}>
          ${material.items.map((item) => html`<li>${item}</li>`)}
        </ul>`,
    )}
  </section>`;
}
