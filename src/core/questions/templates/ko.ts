import { BLANK, joinSentences, type QuestionTemplates } from './index.js';
import { withParticle } from './korean-particles.js';

/** A whole description or title is quoted with “ ”; a term being discussed takes ‘ ’, as Korean papers write it. */
const quote = (text: string) => `“${text}”`;
const term = (text: string) => `‘${text}’`;

/** Korean wording: whole sentences, with particles that agree with the word before them. */
export const koreanTemplates: QuestionTemplates = {
  termDefinition: (name) => `${withParticle(term(name), '을/를')} 바르게 설명한 것은 무엇입니까?`,
  definitionTerm: (definition) => `다음 설명에 해당하는 것은 무엇입니까? ${quote(definition)}`,
  trueFalse: (statement) => `다음 문장이 맞으면 참, 틀리면 거짓을 고르세요. ${statement}`,
  trueLabel: '참',
  falseLabel: '거짓',
  order: () => '다음 사건을 일어난 순서대로, 가장 이른 것부터 배열하세요.',
  date: (title, precision) => `다음 일은 ${precision === 'year' ? '몇 년' : '몇 년 몇 월'}에 일어났습니까? ${quote(title)}`,
  matchTerms: () => '각 항목에 알맞은 설명을 연결하세요.',
  matchDates: (precision) => `각 사건에 알맞은 ${precision === 'year' ? '연도' : '시기'}를 연결하세요.`,
  groupMember: (name) => `다음 중 ${name}에 해당하는 것은 무엇입니까?`,
  groupNonMember: (name) => `다음 중 ${name}에 해당하지 않는 것은 무엇입니까?`,
  nonMemberEmphasis: '해당하지 않는',
  selectAll: (name) => `${name}에 해당하는 것을 모두 고르세요.`,
  fillBlank: (before, after) => `빈칸을 채우세요: ${before}${BLANK}${after}`,
  blankChoice: (before, after) => `빈칸에 들어갈 알맞은 말을 고르세요: ${before}${BLANK}${after}`,
  scenario: (description, question) => `${description} ${question}`,
  defaultScenarioQuestion: '어떤 결과에 해당합니까?',
  definitionExplanation: (name, definition) => joinSentences([`${term(name)}: ${definition}`], 'ko'),
  definitionIsOf: (name) => `이 설명은 ${term(name)}에 대한 것입니다.`,
  dated: (title, date) => `${title}(${date})`,
  // A date then a clause reads as prose with a comma ("1987년 4월, 주요 7개국은 …"); a colon is timeline style.
  dateExplanation: (_title, date, description) => joinSentences([`${date}, ${description}`], 'ko'),
  orderExplanation: (events) => joinSentences([`순서: ${events.join(' → ')}`], 'ko'),
  matchExplanation: (pairs) => joinSentences(pairs.map(([left, right]) => `${left}: ${right}`), 'ko'),
  // A list after a colon: members may be noun phrases or clauses ending in -음/-함, which no particle or 입니다 fits.
  groupExplanation: (name, members) => joinSentences([`${name}: ${members.join(', ')}`], 'ko'),
  selectAllExplanation: (name, right, all) => joinSentences([`이 문제의 정답: ${right.join(', ')}`, `${name} 전체: ${all.join(', ')}`], 'ko'),
  fillBlankExplanation: (sentence) => sentence,
};
