import { html, nothing, type TemplateResult } from 'lit';
import { GENERATOR_VERSION } from '../../core/questions/version.js';
import { ITEM_ANALYSIS, type ClassView } from '../../core/quiz/class-view.js';
import type { TeacherStrings } from '../../i18n/teacher.js';
import { questionPrompt } from '../shared/render.js';

/**
 * The class results from pasted result codes: one line per code with its status, the score
 * distribution, and each question's share correct, average credit and most common wrong answers,
 * hardest first. Pure: the element passes the view (computed in the core) and the download handler.
 */
export function renderClassResults(
  view: ClassView,
  t: TeacherStrings,
  options: { lang: string; onDownload: () => void; onDownloadItems: () => void; questionLink: (number: number) => string },
): TemplateResult {
  const total = view.questions.length;
  const status = (line: ClassView['lines'][number]) => {
    if (line.status === 'ok') return t.lineStatus.ok;
    if (line.status === 'other-version') return `${t.lineStatus['other-version']}: ${t.otherVersionHelp(line.generatorVersion, GENERATOR_VERSION)}`;
    return `${t.lineStatus[line.status]}${line.message ? `: ${line.message}` : ''}`;
  };
  return html`<p role="status" class="summary">${t.summary(view.accepted, view.total, view.meanPercent)}</p>
    <div class="table-wrap">
      <table class="lines">
        <caption>${t.linesCaption}</caption>
        <thead>
          <tr><th scope="col">${t.line}</th><th scope="col">${t.student}</th><th scope="col">${t.score}</th><th scope="col">${t.codeStatus}</th></tr>
        </thead>
        <tbody>
          ${view.lines.map(
            (line) => html`<tr>
              <td>${line.line}</td>
              <td>${line.name ?? ''}</td>
              <td>${line.status === 'ok' ? `${new Intl.NumberFormat(options.lang || 'en', { maximumFractionDigits: 2 }).format(line.score ?? 0)} / ${total}` : ''}</td>
              <td class=${line.status === 'ok' ? '' : 'status-bad'}>${status(line)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${view.accepted
      ? html`<div class="table-wrap">
            <table class="distribution">
              <caption>${t.distribution}</caption>
              <tbody>
                ${view.distribution.map(
                  (students, score) => html`<tr>
                    <th scope="row">${t.studentsWithScore(score, total, view.partial)}</th>
                    <td>
                      <progress max=${view.accepted} .value=${students} aria-label=${t.studentsWithScore(score, total, view.partial)}></progress>
                      ${t.studentCount(students)}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${view.partial ? html`<p class="help partial-note">${t.partialNote}</p>` : nothing}
          ${renderPerQuestion(view, t, options)}
          <p class="buttons">
            <button class="button" @click=${options.onDownload}>${t.downloadClassCsv}</button>
            <button class="button" @click=${options.onDownloadItems}>${t.downloadItemCsv}</button>
          </p>`
      : nothing}`;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Each question's share correct, average credit, discrimination and most common wrong answers,
 * hardest first, with what to check and where the item sits in the answer key and the content.
 */
function renderPerQuestion(view: ClassView, t: TeacherStrings, options: { lang: string; questionLink: (number: number) => string }): TemplateResult {
  const decimal = new Intl.NumberFormat(options.lang || 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return html`<div class="table-wrap">
      <table class="per-question">
        <caption>${t.perQuestion} (${t.byDifficulty})</caption>
        <thead>
          <tr>
            <th scope="col">${t.question}</th>
            <th scope="col">${t.shareCorrect}</th>
            <th scope="col">${t.meanCredit}</th>
            <th scope="col">${t.discrimination}</th>
            <th scope="col">${t.commonWrong}</th>
            <th scope="col">${t.check}</th>
            <th scope="col">${t.where}</th>
          </tr>
        </thead>
        <tbody>
          ${view.byDifficulty.map((number) => {
            const q = view.questions[number - 1]!;
            return html`<tr>
              <th scope="row">${number}. ${questionPrompt(q)}</th>
              <td><progress max="1" .value=${q.shareCorrect} aria-label=${t.shareCorrect}></progress> ${percent(q.shareCorrect)}</td>
              <td>${percent(q.meanCredit)}${q.partlyRight ? html`<div>${t.partlyRightCount(q.partlyRight)}</div>` : nothing}</td>
              <td class="discrimination">
                ${q.discrimination === undefined ? t.discriminationMissing[q.discriminationMissing ?? 'few-codes'] : decimal.format(q.discrimination)}
                ${q.upperCredit !== undefined && q.lowerCredit !== undefined ? html`<div>${t.upperLower(percent(q.upperCredit), percent(q.lowerCredit))}</div>` : nothing}
              </td>
              <td>${q.wrongAnswers.length ? q.wrongAnswers.slice(0, 3).map((w) => html`<div>${w.answer} (${w.count})</div>`) : t.none}</td>
              <td class="flags">${q.flags.length ? q.flags.map((flag) => html`<div class="flag">${t.flag[flag]}</div>`) : t.none}</td>
              <td class="item-links">
                <!-- A new tab: the pasted codes live only in this page, and leaving it would lose the class view. -->
                <a href=${options.questionLink(number)} target="_blank" rel="noopener">${t.inAnswerKey(number)}<span class="visually-hidden"> ${t.opensInNewTab}</span></a>
                ${q.contentPath ? html`<div>${t.contentPath}: <code>${q.contentPath}</code></div>` : nothing}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="help">${t.itemAnalysisHelp(ITEM_ANALYSIS.minCodes, ITEM_ANALYSIS.minGroupCodes)}</p>`;
}
