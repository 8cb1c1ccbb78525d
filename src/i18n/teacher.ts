/** Strings of the teacher page and the printable worksheet, in every UI language. */
import type { QuestionType } from '../core/questions/types.js';

export interface TeacherStrings {
  title: string;
  intro: string;
  settings: string;
  questionCount: string;
  questionTypes: string;
  typeNames: Record<QuestionType, string>;
  themes: string;
  mode: string;
  practice: string;
  test: string;
  language: string;
  languageNames: Record<string, string>;
  classCode: string;
  classCodeHelp: string;
  newCode: string;
  shareLink: string;
  shareLinkHelp: string;
  embedSnippet: string;
  copyLink: string;
  /** The set-up option for a quiz on the core lesson only. */
  coreOnly: string;
  /** The set-up choice of "Check yourself" questions in the text, and the worksheet's part that prints them. */
  checks: string;
  checksHelp: string;
  checksChoice: Record<'theme' | 'section' | 'off', string>;
  worksheetChecks: string;
  worksheetChecksIntro: string;
  worksheetQuiz: string;
  copyEmbed: string;
  /** Said under the class code field when what is typed is not the code used. */
  codeUsed(code: string): string;
  countError(kept: number): string;
  /** Under the question count, when it is longer than the content gives well mixed. */
  countBeyondMix(length: number): string;
  /** Read before an error message ("Error:"), for screen readers. */
  errorPrefix: string;
  /** The results table's caption and its last column. */
  linesCaption: string;
  codeStatus: string;
  copied: string;
  print: string;
  worksheet: string;
  answerKey: string;
  /** The lesson's handouts with their answer keys, which the students' page leaves out. */
  lessonKit: string;
  lessonKitHelp: string;
  classView: string;
  classViewHelp: string;
  pasteCodes: string;
  checksumNote: string;
  summary(accepted: number, total: number, meanPercent: number): string;
  lineStatus: Record<'ok' | 'damaged' | 'other-quiz' | 'other-version' | 'duplicate', string>;
  /** What to do with a code from another generator version (`codeVersion` undefined: a newer one). */
  otherVersionHelp(codeVersion: number | undefined, pageVersion: number): string;
  line: string;
  student: string;
  score: string;
  distribution: string;
  /** A row of the distribution; `partial`: some scores have decimals, so the row holds scores from `score` up to below `score + 1`. */
  studentsWithScore(score: number, total: number, partial: boolean): string;
  studentCount(count: number): string;
  perQuestion: string;
  question: string;
  shareCorrect: string;
  meanCredit: string;
  partlyRightCount(count: number): string;
  partialNote: string;
  commonWrong: string;
  none: string;
  byDifficulty: string;
  downloadClassCsv: string;
  /** Item analysis: the column heads, the help under the table, the flags and the download. */
  discrimination: string;
  itemAnalysisHelp(minCodes: number, minGroupCodes: number): string;
  discriminationMissing: Record<'few-codes' | 'no-spread', string>;
  upperLower(upper: string, lower: string): string;
  check: string;
  flag: Record<'nobody-misses' | 'nobody-right' | 'strong-miss' | 'negative', string>;
  /** The column with the links into the answer key and the content paths. */
  where: string;
  inAnswerKey(number: number): string;
  opensInNewTab: string;
  contentPath: string;
  downloadItemCsv: string;
  wrongFillBlank: string;
  duplicate: string;
  worksheetIntro: string;
  nameLine: string;
  dateLine: string;
  answerLine: string;
  orderHint: string;
  matchHint: string;
  selectAllHint: string;
  answer: string;
  why: string;
  sources: string;
  quizCode(seed: string): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const teacherEn: TeacherStrings = {
  title: 'Teacher page',
  intro: 'Set up one quiz for your class: everyone who opens the link gets the same questions in the same order. Nothing is sent anywhere.',
  settings: 'Quiz settings',
  questionCount: 'Number of questions',
  questionTypes: 'Question types',
  typeNames: {
    'term-definition': 'Term → definition',
    'definition-term': 'Definition → term',
    'true-false': 'True or false',
    order: 'Put in order',
    date: 'When did it happen?',
    match: 'Match',
    'group-member': 'Which belongs (or not)?',
    'select-all': 'Select all that apply',
    'fill-blank': 'Fill in the blank (typed)',
    'blank-choice': 'Fill in the blank (chosen)',
    scenario: 'Scenario: apply the decision walk',
  },
  themes: 'Themes',
  mode: 'Mode',
  practice: 'Practice (feedback after each question)',
  test: 'Test (marked at the end)',
  language: 'Language',
  languageNames: { en: 'English', ko: '한국어 (Korean)', ja: '日本語 (Japanese)' },
  classCode: 'Class code (the seed)',
  classCodeHelp: 'Letters, numbers and hyphens. The same code always builds the same quiz.',
  newCode: 'New code',
  shareLink: 'Link for students',
  shareLinkHelp: 'Opens the explainer and this quiz.',
  embedSnippet: 'Embed code for your own page',
  copyLink: 'Copy link',
  coreOnly: 'Only what the core lesson teaches (no “go deeper” detail)',
  checks: 'Checks in the text',
  checksHelp: 'Short practice questions students answer while they read. Nothing is scored; the quiz leaves out the facts they ask about.',
  checksChoice: { theme: 'After each theme (two questions)', section: 'After each section (one question)', off: 'None' },
  worksheetChecks: 'Check yourself: the questions in the text',
  worksheetChecksIntro: 'Answer these where they appear in the text, or here. They are not part of the quiz.',
  worksheetQuiz: 'Quiz',
  copyEmbed: 'Copy embed code',
  codeUsed: (code) => `The quiz uses the code “${code}”. Codes can only have letters a to z, numbers and hyphens.`,
  countError: (kept) => `Enter a whole number from 1 to 50. The quiz keeps ${plural(kept, 'question', 'questions')} until you do.`,
  countBeyondMix: (length) =>
    `With this content and these settings, quizzes stay well mixed up to ${plural(length, 'question', 'questions')}. A longer quiz never asks a fact twice, so it fills up with one kind of question (mostly true or false), repeats what the checks in the text asked, or ends with fewer questions than asked.`,
  errorPrefix: 'Error:',
  linesCaption: 'Result codes, one per pasted line',
  codeStatus: 'Status',
  copied: 'Copied.',
  print: 'Print on paper',
  worksheet: 'Worksheet',
  answerKey: 'Answer key',
  lessonKit: 'Lesson materials and answer keys',
  lessonKitHelp: 'The handouts of the lesson plan in the explainer’s “For teachers” box, with their answer keys. The keys are shown only here, not on the students’ page.',
  classView: 'Class results',
  classViewHelp: 'Paste the result codes your students give you, one per line.',
  pasteCodes: 'Result codes',
  checksumNote:
    'Each code ends with a checksum. It catches typing mistakes and codes cut short; it does not stop a student who changes a code on purpose, so treat scores as self-reported.',
  summary: (accepted, total, mean) => `${accepted} of ${plural(total, 'code', 'codes')} read; class average ${mean} %.`,
  lineStatus: {
    ok: 'read',
    damaged: 'damaged — left out',
    'other-quiz': 'from another quiz — left out',
    'other-version': 'made by another version of the quiz generator — left out',
    duplicate: 'pasted twice — left out',
  },
  otherVersionHelp: (code, page) =>
    `ask the student to retake the quiz, or open the code with the version that made it (the code: ${code === undefined ? 'a newer version' : `generator version ${code}`}; this page: version ${page}).`,
  line: 'Line',
  student: 'Name',
  score: 'Score',
  distribution: 'Score distribution',
  studentsWithScore: (score, total, partial) => (partial && score < total ? `${score} to under ${score + 1} of ${total}` : `${score} of ${total} right`),
  studentCount: (count) => plural(count, 'student', 'students'),
  perQuestion: 'Per question',
  question: 'Question',
  shareCorrect: 'Share correct',
  meanCredit: 'Average credit',
  partlyRightCount: (count) => `${count} partly right`,
  partialNote: 'Match, order and select-all questions earn partial credit, so scores can have decimals; fill in the blank is right or wrong.',
  commonWrong: 'Most common wrong answers',
  none: 'none',
  byDifficulty: 'Hardest first',
  downloadClassCsv: 'Download class results (CSV)',
  discrimination: 'Discrimination',
  itemAnalysisHelp: (minCodes, minGroupCodes) =>
    `Discrimination is the correlation between a question and the rest of the quiz: near 1, students who did well elsewhere also got it right; near 0, it does not separate stronger from weaker students; below 0, stronger students did worse on it. As a rough guide, 0.3 or more is good and under 0.2 is worth a look; with a class of 25 or so, chance moves it by about 0.2. It needs ${minCodes} codes; the strongest and weakest groups (about a quarter of the class each) need ${minGroupCodes} codes in all.`,
  discriminationMissing: { 'few-codes': 'not enough codes', 'no-spread': 'none: everyone scored the same on it, or on the rest of the quiz' },
  upperLower: (upper, lower) => `strongest group averaged ${upper}, weakest ${lower}`,
  check: 'Check',
  flag: {
    'nobody-misses': 'Nobody missed it: fine for a check of the basics, but it separates no one.',
    'nobody-right': 'Nobody got it right: check the key and whether the lesson taught it.',
    'strong-miss': 'The strongest students averaged under half on it: check the key, the wording and whether the lesson taught it.',
    negative: 'Students who did well elsewhere clearly did worse on it: check the key and the wording.',
  },
  where: 'Find it',
  inAnswerKey: (number) => `Question ${number} in the answer key`,
  opensInNewTab: '(opens in a new tab)',
  contentPath: 'Content item',
  downloadItemCsv: 'Download item analysis (CSV)',
  wrongFillBlank: '(a wrong word)',
  duplicate: 'this code was already pasted',
  worksheetIntro: 'Answer every question. Circle or tick one answer unless the question says otherwise.',
  nameLine: 'Name',
  dateLine: 'Date',
  answerLine: 'Answer',
  orderHint: 'Number the events 1, 2, 3… from earliest to latest.',
  matchHint: 'Write the letter of the matching item next to each number.',
  selectAllHint: 'Tick every one that applies.',
  answer: 'Answer',
  why: 'Why',
  sources: 'Sources',
  quizCode: (seed) => `Quiz code: ${seed}`,
};

export const teacherKo: TeacherStrings = {
  title: '교사용 페이지',
  intro: '학급 전체가 풀 퀴즈 하나를 설정하세요. 링크를 여는 학생은 모두 같은 문제를 같은 순서로 받습니다. 어떤 정보도 외부로 전송되지 않습니다.',
  settings: '퀴즈 설정',
  questionCount: '문제 수',
  questionTypes: '문제 유형',
  typeNames: {
    'term-definition': '용어 → 뜻',
    'definition-term': '뜻 → 용어',
    'true-false': '참 또는 거짓',
    order: '순서 배열',
    date: '언제 일어났나?',
    match: '연결하기',
    'group-member': '속하는 것(속하지 않는 것) 고르기',
    'select-all': '해당하는 것 모두 고르기',
    'fill-blank': '빈칸 채우기(직접 쓰기)',
    'blank-choice': '빈칸 채우기(고르기)',
    scenario: '사례: 판단 모형에 적용하기',
  },
  themes: '주제',
  mode: '방식',
  practice: '연습 (문제마다 확인)',
  test: '시험 (마지막에 채점)',
  language: '언어',
  languageNames: { en: 'English (영어)', ko: '한국어', ja: '日本語 (일본어)' },
  classCode: '학급 코드 (시드)',
  classCodeHelp: '영문자, 숫자, 하이픈. 같은 코드는 언제나 같은 퀴즈를 만듭니다.',
  newCode: '새 코드',
  shareLink: '학생용 링크',
  shareLinkHelp: '설명과 이 퀴즈를 엽니다.',
  embedSnippet: '내 페이지에 넣을 코드',
  copyLink: '링크 복사',
  coreOnly: '핵심 본문에서 가르치는 내용만 (‘더 알아보기’ 내용 제외)',
  checks: '본문 속 확인 문제',
  checksHelp: '학생이 글을 읽으면서 푸는 짧은 연습 문제입니다. 점수는 매기지 않으며, 퀴즈는 이 문제들이 묻는 내용을 빼고 냅니다.',
  checksChoice: { theme: '주제마다 (2문제)', section: '절마다 (1문제)', off: '없음' },
  worksheetChecks: '스스로 확인하기: 본문 속 문제',
  worksheetChecksIntro: '본문에 나오는 자리에서 풀거나 여기에서 푸세요. 퀴즈에는 들어가지 않습니다.',
  worksheetQuiz: '퀴즈',
  copyEmbed: '삽입 코드 복사',
  codeUsed: (code) => `퀴즈에는 “${code}” 코드가 쓰입니다. 코드에는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다.`,
  countError: (kept) => `1부터 50까지의 정수를 입력하세요. 그때까지 퀴즈는 ${kept}문제로 유지됩니다.`,
  countBeyondMix: (length) =>
    `이 콘텐츠와 설정으로는 ${length}문제까지 여러 유형이 고르게 섞입니다. 그보다 길면 같은 사실을 두 번 묻지 않기 때문에 한 유형(대개 참/거짓)이 많아지거나, 본문 속 확인 문제가 물은 내용을 다시 묻거나, 정한 것보다 적은 문제로 끝날 수 있습니다.`,
  errorPrefix: '오류:',
  linesCaption: '붙여 넣은 줄별 결과 코드',
  codeStatus: '상태',
  copied: '복사했습니다.',
  print: '종이로 인쇄',
  worksheet: '학습지',
  answerKey: '정답지',
  lessonKit: '수업 자료와 정답',
  lessonKitHelp: '설명 페이지의 ‘교사용 안내’에 있는 수업 계획의 배부 자료와 그 정답입니다. 정답은 학생용 페이지에는 나오지 않고 여기에만 있습니다.',
  classView: '학급 결과',
  classViewHelp: '학생들이 제출한 결과 코드를 한 줄에 하나씩 붙여 넣으세요.',
  pasteCodes: '결과 코드',
  checksumNote:
    '각 코드 끝에는 검사값(체크섬)이 있습니다. 잘못 입력했거나 잘린 코드는 찾아내지만, 학생이 일부러 코드를 고치는 것은 막지 못합니다. 점수는 학생이 스스로 제출한 것으로 보세요.',
  summary: (accepted, total, mean) => `코드 ${total}개 중 ${accepted}개를 읽었습니다. 학급 평균 ${mean}%.`,
  lineStatus: {
    ok: '읽음',
    damaged: '손상됨 — 제외',
    'other-quiz': '다른 퀴즈의 코드 — 제외',
    'other-version': '다른 버전의 퀴즈 생성기로 만든 코드 — 제외',
    duplicate: '중복 — 제외',
  },
  otherVersionHelp: (code, page) =>
    `학생에게 퀴즈를 다시 풀게 하거나, 코드를 만든 버전으로 여세요 (코드: ${code === undefined ? '더 새로운 버전' : `생성기 버전 ${code}`}, 이 페이지: 버전 ${page}).`,
  line: '줄',
  student: '이름',
  score: '점수',
  distribution: '점수 분포',
  studentsWithScore: (score, total, partial) =>
    partial && score < total ? `${total}점 만점에 ${score}점 이상 ${score + 1}점 미만` : `${total}문제 중 ${score}문제 정답`,
  studentCount: (count) => `학생 ${count}명`,
  perQuestion: '문제별 결과',
  question: '문제',
  shareCorrect: '정답률',
  meanCredit: '평균 득점률',
  partlyRightCount: (count) => `부분 정답 ${count}명`,
  partialNote: '연결하기, 순서 배열, 모두 고르기 문제는 부분 점수가 있어 점수에 소수점이 나올 수 있습니다. 빈칸 채우기는 맞거나 틀리거나 둘 중 하나입니다.',
  commonWrong: '가장 많이 나온 오답',
  none: '없음',
  byDifficulty: '어려운 문제부터',
  downloadClassCsv: '학급 결과 내려받기 (CSV)',
  discrimination: '변별도',
  itemAnalysisHelp: (minCodes, minGroupCodes) =>
    `변별도는 한 문제의 점수와 나머지 문제 점수 사이의 상관계수입니다. 1에 가까우면 다른 문제를 잘 푼 학생이 이 문제도 맞혔다는 뜻이고, 0에 가까우면 잘하는 학생과 못하는 학생을 구별하지 못한다는 뜻이며, 0보다 작으면 잘하는 학생이 오히려 더 많이 틀렸다는 뜻입니다. 대략 0.3 이상이면 좋고 0.2 미만이면 살펴볼 만합니다. 25명 안팎의 학급에서는 우연만으로도 0.2쯤 달라집니다. 변별도는 코드가 ${minCodes}개 이상일 때 계산하고, 상위·하위 집단(각각 학급의 약 4분의 1)의 평균은 코드가 모두 ${minGroupCodes}개 이상일 때 보여 줍니다.`,
  discriminationMissing: { 'few-codes': '코드가 부족함', 'no-spread': '없음: 이 문제나 나머지 문제에서 모든 학생의 점수가 같음' },
  upperLower: (upper, lower) => `상위 집단 평균 ${upper}, 하위 집단 평균 ${lower}`,
  check: '확인할 점',
  flag: {
    'nobody-misses': '틀린 학생이 없습니다. 기본 확인용으로는 괜찮지만 학생을 구별하지 못합니다.',
    'nobody-right': '맞힌 학생이 없습니다. 정답이 맞는지, 수업에서 다룬 내용인지 확인하세요.',
    'strong-miss': '상위 집단의 평균 득점률이 절반에 못 미칩니다. 정답이 맞는지, 문제 문구가 명확한지, 수업에서 다룬 내용인지 확인하세요.',
    negative: '다른 문제를 잘 푼 학생들이 오히려 이 문제를 눈에 띄게 더 많이 틀렸습니다. 정답과 문제 문구를 확인하세요.',
  },
  where: '바로 가기',
  inAnswerKey: (number) => `정답지의 ${number}번 문제`,
  opensInNewTab: '(새 탭에서 열림)',
  contentPath: '콘텐츠 항목',
  downloadItemCsv: '문항 분석 내려받기 (CSV)',
  wrongFillBlank: '(틀린 단어)',
  duplicate: '이미 붙여 넣은 코드입니다',
  worksheetIntro: '모든 문제에 답하세요. 문제에 다른 말이 없으면 답을 하나만 고르세요.',
  nameLine: '이름',
  dateLine: '날짜',
  answerLine: '답',
  orderHint: '가장 이른 사건부터 1, 2, 3… 번호를 쓰세요.',
  matchHint: '각 번호 옆에 알맞은 항목의 기호를 쓰세요.',
  selectAllHint: '해당하는 것을 모두 표시하세요.',
  answer: '정답',
  why: '풀이',
  sources: '출처',
  quizCode: (seed) => `퀴즈 코드: ${seed}`,
};

export const teacherJa: TeacherStrings = {
  title: '先生用ページ',
  intro: 'クラス全員で解くクイズを1つ設定します。リンクを開いた生徒は全員、同じ問題を同じ順番で解きます。情報はどこにも送信されません。',
  settings: 'クイズの設定',
  questionCount: '問題数',
  questionTypes: '問題の種類',
  typeNames: {
    'term-definition': '用語 → 意味',
    'definition-term': '意味 → 用語',
    'true-false': '正誤',
    order: '並べ替え',
    date: 'いつ起きた？',
    match: '組み合わせ',
    'group-member': '含まれるもの（含まれないもの）',
    'select-all': 'あてはまるものをすべて選ぶ',
    'fill-blank': '穴埋め（記述）',
    'blank-choice': '穴埋め（選択）',
    scenario: '事例：判断の流れに当てはめる',
  },
  themes: 'テーマ',
  mode: '形式',
  practice: '練習（1問ごとに答え合わせ）',
  test: 'テスト（最後に採点）',
  language: '言語',
  languageNames: { en: 'English（英語）', ko: '한국어（韓国語）', ja: '日本語' },
  classCode: 'クラスコード（シード）',
  classCodeHelp: '英字・数字・ハイフン。同じコードからはいつも同じクイズができます。',
  newCode: '新しいコード',
  shareLink: '生徒用リンク',
  shareLinkHelp: '解説とこのクイズを開きます。',
  embedSnippet: '自分のページに埋め込むコード',
  copyLink: 'リンクをコピー',
  coreOnly: '本文の基本部分で教える内容だけ（「もっと詳しく」の内容を除く）',
  checks: '本文中の理解度チェック',
  checksHelp: '生徒が読みながら答える短い練習問題です。採点はせず、クイズではこれらの問題で問われた内容を出題しません。',
  checksChoice: { theme: 'テーマごと（2問）', section: '節ごと（1問）', off: 'なし' },
  worksheetChecks: '理解度チェック：本文中の問題',
  worksheetChecksIntro: '本文中の問題の箇所で答えるか、ここで答えてください。クイズには含まれません。',
  worksheetQuiz: 'クイズ',
  copyEmbed: '埋め込みコードをコピー',
  codeUsed: (code) => `クイズでは「${code}」というコードを使います（英小文字・数字・ハイフンのみ）。`,
  countError: (kept) => `1から50までの整数を入力してください。入力されるまで、問題数は${kept}問のままです。`,
  countBeyondMix: (length) =>
    `この内容と設定では、${length}問までなら、さまざまな形式の問題がほどよく混ざります。それより多いと、同じ事柄を二度は問わないため、一つの形式（主に正誤問題）が増えたり、本文中の理解度チェックで問われた内容をもう一度問うたり、指定より少ない問題数で終わったりします。`,
  errorPrefix: 'エラー：',
  linesCaption: '貼り付けた行ごとの結果コード',
  codeStatus: '読み取り結果',
  copied: 'コピーしました。',
  print: '紙に印刷',
  worksheet: 'ワークシート',
  answerKey: '解答',
  lessonKit: '授業の配布資料と解答',
  lessonKitHelp: '解説ページの「先生向け」にある授業案の配布資料と、その解答です。解答は生徒用のページには表示せず、ここにだけ載せています。',
  classView: 'クラスの結果',
  classViewHelp: '生徒から受け取った結果コードを1行に1つずつ貼り付けてください。',
  pasteCodes: '結果コード',
  checksumNote:
    '各コードの最後にはチェックサムがあります。打ち間違いや途中で切れたコードは見つけられますが、生徒がわざとコードを書き換えることは防げません。得点は自己申告として扱ってください。',
  summary: (accepted, total, mean) => `${total}件中${accepted}件のコードを読み取りました。クラス平均 ${mean}%。`,
  lineStatus: {
    ok: '読み取り済み',
    damaged: '破損 — 除外',
    'other-quiz': '別のクイズのコード — 除外',
    'other-version': '別のバージョンのクイズ生成機能で作られたコード — 除外',
    duplicate: '重複 — 除外',
  },
  otherVersionHelp: (code, page) =>
    `生徒にクイズを解き直してもらうか、コードを作ったバージョンで開いてください（コード：${code === undefined ? 'より新しいバージョン' : `生成機能のバージョン${code}`}、このページ：バージョン${page}）。`,
  line: '行',
  student: '名前',
  score: '得点',
  distribution: '得点分布',
  studentsWithScore: (score, total, partial) => (partial && score < total ? `${total}点満点中${score}点以上${score + 1}点未満` : `${total}問中${score}問正解`),
  studentCount: (count) => `${count}人`,
  perQuestion: '問題ごとの結果',
  question: '問題',
  shareCorrect: '正答率',
  meanCredit: '平均得点率',
  partlyRightCount: (count) => `一部正解${count}人`,
  partialNote: '組み合わせ・並べ替え・すべて選ぶ問題には部分点があるため、得点に小数が出ることがあります。穴埋めは正解か不正解かのどちらかです。',
  commonWrong: 'よくある誤答',
  none: 'なし',
  byDifficulty: '難しい順',
  downloadClassCsv: 'クラスの結果をダウンロード（CSV）',
  discrimination: '識別力',
  itemAnalysisHelp: (minCodes, minGroupCodes) =>
    `識別力は、ある問題の得点と、ほかの問題の合計得点との相関係数です。1に近いほど、ほかの問題ができた生徒がこの問題にも正解している傾向が強いことを示します。0に近いとできる生徒とできない生徒を分けられず、0未満ならできる生徒のほうが多く間違えています。目安として0.3以上なら良好、0.2未満なら一度見直すとよいでしょう。25人ほどのクラスでは、偶然だけで0.2ほど変わります。識別力の計算にはコードが${minCodes}件以上、上位・下位グループ（それぞれクラスの約4分の1）の平均の表示にはコードが合計${minGroupCodes}件以上必要です。`,
  discriminationMissing: { 'few-codes': 'コードが不足', 'no-spread': 'なし：この問題（またはほかの問題）の得点が全員同じ' },
  upperLower: (upper, lower) => `上位グループの平均 ${upper}、下位グループの平均 ${lower}`,
  check: '要確認',
  flag: {
    'nobody-misses': '全員が正解しました。基本の確認には向きますが、生徒を見分けられません。',
    'nobody-right': '正解した生徒がいません。解答が正しいか、授業でこの内容を扱ったかを確認してください。',
    'strong-miss': '上位グループの平均得点率が半分に届きません。解答が正しいか、問題文がわかりにくくないか、授業でこの内容を扱ったかを確認してください。',
    negative: 'ほかの問題ができた生徒のほうが、この問題では明らかに多く間違えています。解答と問題文を確認してください。',
  },
  where: '該当箇所',
  inAnswerKey: (number) => `解答の問${number}`,
  opensInNewTab: '（新しいタブで開きます）',
  contentPath: 'コンテンツの項目',
  downloadItemCsv: '問題ごとの分析をダウンロード（CSV）',
  wrongFillBlank: '（誤った語句）',
  duplicate: 'このコードはすでに貼り付けられています',
  worksheetIntro: 'すべての問題に答えてください。特に指示がなければ、答えを1つ選んでください。',
  nameLine: '名前',
  dateLine: '日付',
  answerLine: '答え',
  orderHint: '古い順に 1, 2, 3… と番号を書いてください。',
  matchHint: '各番号の横に、合うものの記号を書いてください。',
  selectAllHint: 'あてはまるものすべてに印をつけてください。',
  answer: '答え',
  why: '解説',
  sources: '出典',
  quizCode: (seed) => `クイズコード：${seed}`,
};

export function teacherStringsFor(language: string): TeacherStrings {
  const primary = language.split('-')[0];
  return primary === 'ko' ? teacherKo : primary === 'ja' ? teacherJa : teacherEn;
}
