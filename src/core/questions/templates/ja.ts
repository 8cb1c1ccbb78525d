import { BLANK_JA, joinSentences, type QuestionTemplates } from './index.js';

/** Quoted the way Japanese papers quote: inner 「」 become 『』, and no 。 before the closing bracket. */
const quote = (text: string) => `「${text.replace(/「/gu, '『').replace(/」/gu, '』').replace(/。$/u, '')}」`;

/** Japanese wording: whole sentences in です・ます style. */
export const japaneseTemplates: QuestionTemplates = {
  termDefinition: (term) => `${quote(term)}の説明として正しいものはどれですか。`,
  definitionTerm: (definition) => `次の説明に当てはまるものはどれですか。${quote(definition)}`,
  trueFalse: (statement) => `次の文は正しいですか、誤っていますか。${quote(statement)}`,
  // One sentence ending in です: the noun phrase before it (a longer definition stays as written).
  definitionShown: (definition) => (/^[^。]+です。$/u.test(definition.trim()) ? definition.trim().slice(0, -3) : definition),
  trueLabel: '正しい',
  falseLabel: '誤り',
  order: () => '次の出来事を、起きた順（古い順）に並べてください。',
  date: (title, precision) => `次の出来事が起きたのは${precision === 'year' ? '何年' : '何年何月'}ですか。${quote(title)}`,
  matchTerms: () => 'それぞれの項目に合う説明を選んでください。',
  matchDates: (precision) => `それぞれの出来事に合う${precision === 'year' ? '年' : '年月'}を選んでください。`,
  groupMember: (name) => `次のうち、${name}に当てはまるものはどれですか。`,
  groupNonMember: (name) => `次のうち、${name}に当てはまらないものはどれですか。`,
  nonMemberEmphasis: '当てはまらない',
  selectAll: (name) => `次のうち、${name}に当てはまるものをすべて選んでください。`,
  fillBlank: (before, after) => `空欄を埋めてください：${before}${BLANK_JA}${after}`,
  blankChoice: (before, after) => `空欄に入る語句を選んでください：${before}${BLANK_JA}${after}`,
  scenario: (description, question) => `${description}${question}`,
  defaultScenarioQuestion: 'どの結果になりますか。',
  definitionExplanation: (term, definition) => joinSentences([`${quote(term)}：${definition}`], 'ja'),
  definitionIsOf: (term) => `これは${quote(term)}の説明です。`,
  dated: (title, date) => `${title}（${date}）`,
  dateExplanation: (_title, date, description) => joinSentences([`${date}：${description}`], 'ja'),
  orderExplanation: (events) => joinSentences([`順番：${events.join(' → ')}`], 'ja'),
  matchExplanation: (pairs) => joinSentences(pairs.map(([left, right]) => `${left}：${right}`), 'ja'),
  groupExplanation: (name, members) => joinSentences([`${name}は、${members.join('、')}です`], 'ja'),
  selectAllExplanation: (name, right, all) => joinSentences([`この問題の正解は、${right.join('、')}です`, `${name}をすべて挙げると、${all.join('、')}です`], 'ja'),
  fillBlankExplanation: (sentence) => sentence,
};
