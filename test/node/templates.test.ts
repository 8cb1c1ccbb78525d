import { test } from 'node:test';
import assert from 'node:assert/strict';
import { particle, withParticle } from '../../src/core/questions/templates/korean-particles.js';
import { blankMark, loadTemplates, templatesFor, templatesLoaded } from '../../src/core/questions/templates/index.js';

test('Korean particles agree with the word before them', () => {
  const cases: [string, Parameters<typeof particle>[1], string][] = [
    ['전략물자', '을/를', '를'],
    ['상황허가', '을/를', '를'],
    ['캐치올 제도', '을/를', '를'],
    ['화이트리스트', '은/는', '는'],
    ['바세나르 체제', '이/가', '가'],
    ['핵공급국그룹', '은/는', '은'],
    ['미사일기술통제체제', '이/가', '가'],
    ['호주그룹', '과/와', '과'],
    ['수출허가', '과/와', '와'],
    ['서울', '으로/로', '로'],
    ['부산', '으로/로', '으로'],
    ['도쿄', '으로/로', '로'],
    ['NSG', '은/는', '는'],
    ['MTCR', '은/는', '은'],
    ['GSOMIA', '이/가', '가'],
    ['2019', '은/는', '는'],
    ['2023', '은/는', '은'],
    ['“전략물자”', '을/를', '를'],
    ['“백색국가”', '을/를', '를'],
    ['“백색국가 목록”', '을/를', '을'],
    ['‘포토레지스트’', '을/를', '를'],
    ['‘가의2 지역’', '을/를', '을'],
  ];
  for (const [word, pair, expected] of cases) assert.equal(particle(word, pair), expected, `${word} + ${pair}`);
  assert.equal(withParticle('이중용도', '이/가'), '이중용도가');
});

test('Korean and Japanese wording loads on demand; asking before it has loaded is an error, not English', async () => {
  assert.equal(templatesLoaded('en'), true);
  assert.equal(templatesLoaded('fr'), true, 'languages without wording of their own use English');
  assert.equal(templatesLoaded('ko'), false);
  assert.throws(() => templatesFor('ko-KR'), /Question templates for "ko" are not loaded: await loadTemplates\("ko-KR"\) first/);
  await loadTemplates('ko-KR');
  assert.equal(templatesLoaded('ko'), true);
  assert.equal(templatesFor('ko-KR'), templatesFor('ko'));
  assert.equal(templatesLoaded('ja'), false);
  await Promise.all([loadTemplates('ja'), loadTemplates('ja'), loadTemplates('fr')]);
  assert.equal(templatesLoaded('ja'), true);
});

test('Korean prompts put the term in single quotes, as Korean papers do, with the right particle after it', () => {
  const ko = templatesFor('ko');
  assert.equal(ko.termDefinition('상황허가'), '‘상황허가’를 바르게 설명한 것은 무엇입니까?');
  assert.equal(ko.termDefinition('캐치올 규제'), '‘캐치올 규제’를 바르게 설명한 것은 무엇입니까?');
  assert.equal(ko.termDefinition('전략물자 수출허가'), '‘전략물자 수출허가’를 바르게 설명한 것은 무엇입니까?');
  assert.equal(ko.termDefinition('가 지역'), '‘가 지역’을 바르게 설명한 것은 무엇입니까?');
  // A group's members are listed after a colon: clause-like members ("…알게 됨") take no 입니다.
  assert.equal(ko.groupExplanation('4대 국제수출통제체제', ['바세나르 체제', '호주그룹']), '4대 국제수출통제체제: 바세나르 체제, 호주그룹.');
  assert.equal(ko.groupExplanation('캐치올 허가 의무가 생기는 경우', ['수출업자가 무기 용도 가능성을 알게 됨']), '캐치올 허가 의무가 생기는 경우: 수출업자가 무기 용도 가능성을 알게 됨.');
});

test('each language has its own wording, and unknown languages fall back to English', () => {
  assert.match(templatesFor('ja').termDefinition('キャッチオール規制'), /^「キャッチオール規制」/);
  assert.equal(templatesFor('ko-KR'), templatesFor('ko'));
  assert.equal(templatesFor('fr'), templatesFor('en'));
});

test('a fill-in gap is printed as Japanese worksheets print it in Japanese, and as underscores elsewhere', () => {
  assert.equal(templatesFor('ja').fillBlank('岸田', '首相'), '空欄を埋めてください：岸田（　　　）首相');
  assert.equal(blankMark('ja'), '（　　　）');
  assert.equal(blankMark('ko'), '_____');
  assert.equal(templatesFor('en').fillBlank('The ', ' group.'), 'Fill in the blank: The _____ group.');
});

test('a NOT question marks its negation for emphasis, in every language’s wording', async () => {
  for (const language of ['en', 'ko', 'ja']) {
    await loadTemplates(language);
    const t = templatesFor(language);
    assert.ok(t.groupNonMember('X').includes(t.nonMemberEmphasis), `${language}: "${t.nonMemberEmphasis}" is in "${t.groupNonMember('X')}"`);
  }
});

test('Japanese term questions show a one-sentence definition as a noun phrase, without です', async () => {
  // Round 33 of the review: 「…素材です。」 as every option read as machine-made; a longer definition stays as written.
  await loadTemplates('ja');
  const ja = templatesFor('ja');
  assert.equal(ja.definitionShown?.('半導体の製造に使われる素材です。'), '半導体の製造に使われる素材');
  assert.equal(ja.definitionShown?.('核物質を扱う枠組みです。1975年に初会合を開きました。'), '核物質を扱う枠組みです。1975年に初会合を開きました。');
  assert.equal(templatesFor('en').definitionShown, undefined);
});
