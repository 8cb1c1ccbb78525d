/**
 * The quiz's session lifecycle, owned by the element: which quiz is shown, what is saved and
 * where, when it starts, and the events a page listens to. The element keeps what is about the
 * screen (focus, announcements, confirmations) and calls these methods from its handlers, so
 * every event comes from a learner's action, never from a render.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Content } from '../../core/content/schema.js';
import { isAnswered, scoreAnswer } from '../../core/questions/answers.js';
import type { Answer, Question } from '../../core/questions/types.js';
import { encodeResultCode } from '../../core/quiz/result-code.js';
import {
  checkAnswer,
  finish,
  moveTo,
  practiceRound,
  questionsOf,
  restoreSession,
  retryMissed,
  scoreSession,
  setAnswer,
  startSession,
  type SessionOptions,
  type SessionState,
} from '../../core/quiz/session.js';
import { completedStatement } from '../../core/quiz/xapi.js';
import { anchorsOf } from '../../core/questions/generate.js';
import { dueAnchors, localDay, parsePracticeRecord, practiceQuestionIds, recordAnswers, type PracticeRecord } from '../../core/quiz/practice.js';
import { randomSeed } from '../shared/browser.js';
import { readStored, removeStored, writeStored } from '../shared/storage.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizStartEvent } from './events.js';

/** It needs no lifecycle hooks: it updates the element (`requestUpdate`) and dispatches its events. */
export class QuizSessionController {
  /** The session shown, restored or new; undefined until content is there. */
  session?: SessionState;
  /** The session's questions, in its order. */
  questions: Question[] = [];

  private storageKey = '';
  /** Whether the learner has acted on this quiz (answered, or asked for it): until then it is only shown. */
  private started = false;
  /** A random seed chosen for a quiz not yet started: kept for reloads only once the learner starts. */
  private unsavedSeed?: { key: string; seed: string };
  /** Answers already reported by quiz-answer (test mode reports on leaving a question). */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** Tells instances apart in saved state (see `instanceKey`). */
    private readonly instance: () => string,
  ) {}

  /** Where the random seed of a quiz without a `seed` attribute is kept, per content and instance. */
  seedKey(content: Content): string {
    return `ece-quiz-seed:${content.id}:${this.instance()}`;
  }

  /** The saved seed for this content, if a learner has started a quiz with a random one. */
  savedSeed(content: Content): string | undefined {
    return readStored(this.seedKey(content)) ?? undefined;
  }

  get current(): Question | undefined {
    return this.session ? this.questions[this.session.position] : undefined;
  }

  /**
   * Restores the saved session for these settings, or prepares a new one. A new quiz is only shown:
   * nothing is stored and no `quiz-start` fires until the learner acts on it (`commit`), so content
   * that is replaced before anyone answers (a late `src`, changed settings) leaves no trace.
   */
  begin(content: Content, options: SessionOptions): void {
    this.unsavedSeed = undefined;
    if (!options.seed) {
      options.seed = randomSeed();
      this.unsavedSeed = { key: this.seedKey(content), seed: options.seed };
    }
    this.storageKey = `ece-quiz:${content.id}:${content.version}:${options.seed}:${this.instance()}`;
    const restored = restoreSession(readStored(this.storageKey), content, options);
    this.reported.clear();
    if (restored) {
      this.session = restored;
      this.started = true;
      this.questions = questionsOf(content, restored);
    } else {
      const { state, questions } = startSession(content, options, Date.now());
      this.questions = questions;
      this.session = state;
      this.started = false;
    }
    this.host.requestUpdate();
  }

  /** Saves the learner's progress; the first save of a quiz is its start (`quiz-start`, and its seed kept for reloads). */
  commit(next: SessionState): void {
    this.session = next;
    if (!this.started) {
      this.started = true;
      // The quiz's time runs from the learner's start, not from when it was first shown (a page
      // shows it below a lesson that takes minutes to read): duration and xAPI depend on it.
      this.session = next = { ...next, startedAt: Date.now() };
      if (this.unsavedSeed) writeStored(this.unsavedSeed.key, this.unsavedSeed.seed);
      this.unsavedSeed = undefined;
      this.host.dispatchEvent(new QuizStartEvent({ seed: next.options.seed, questionIds: next.questionIds }));
    }
    writeStored(this.storageKey, JSON.stringify(next));
    this.host.requestUpdate();
  }

  /** The answer shown for a question: for ordering, the displayed order counts as an answer. */
  answerFor(question: Question): Answer | undefined {
    const saved = this.session?.answers[question.id];
    if (saved !== undefined) return saved;
    return question.type === 'order' ? question.options.map((option) => option.id) : undefined;
  }

  answer(question: Question, answer: Answer): void {
    if (this.session) this.commit(setAnswer(this.session, question.id, answer));
  }

  /** Fires `quiz-answer` for an answer not reported as it stands. */
  report(question: Question): void {
    const answer = this.answerFor(question);
    if (!isAnswered(question, answer)) return;
    const serialized = JSON.stringify(answer);
    if (this.reported.get(question.id) === serialized) return;
    this.reported.set(question.id, serialized);
    const { correct, credit } = scoreAnswer(question, answer);
    this.host.dispatchEvent(new QuizAnswerEvent({ id: question.id, type: question.type, answer: answer!, correct, credit, context: 'quiz' }));
  }

  /** Marks the current question (practice mode); false when it has no answer yet. */
  check(): boolean {
    const question = this.current;
    if (!question || !this.session) return false;
    const answer = this.answerFor(question);
    if (!isAnswered(question, answer)) return false;
    let next = this.session;
    if (this.session.answers[question.id] === undefined) next = setAnswer(next, question.id, answer!);
    this.commit(checkAnswer(next, question.id));
    this.report(question);
    return true;
  }

  /** Moves to another question; a test reports the answer it leaves. */
  go(position: number): void {
    if (!this.session) return;
    const question = this.current;
    if (question && this.session.options.mode === 'test') this.report(question);
    this.commit(moveTo(this.session, position));
  }

  /** Where the learner's practice record is kept: per content id, so it holds across languages, seeds and quizzes. */
  private practiceKey(content: Content): string {
    return `ece-practice:${content.id}`;
  }

  /** What this learner missed on this content, with when each item is due again (empty when storage fails or holds garbage). */
  practiceRecord(content: Content): PracticeRecord {
    return parsePracticeRecord(readStored(this.practiceKey(content)));
  }

  /** The last answer of `practiceDue`, by what it depends on: the element asks on every render. */
  private practiceCache?: { key: string; value: { due: number; questions: number; recorded: number } };

  /** How many items are due for practice today, how many questions a round would ask now, and how many are recorded. */
  practiceDue(content: Content): { due: number; questions: number; recorded: number } {
    if (!this.session) return { due: 0, questions: 0, recorded: 0 };
    const raw = readStored(this.practiceKey(content));
    const today = localDay(Date.now());
    const key = `${content.id}|${content.version}|${content.language}|${this.session.options.seed}|${today}|${raw}`;
    if (this.practiceCache?.key !== key) {
      const record = parsePracticeRecord(raw);
      this.practiceCache = {
        key,
        value: {
          due: dueAnchors(record, today).length,
          questions: practiceQuestionIds(content, this.session.options.seed, record, today).length,
          recorded: Object.keys(record.items).length,
        },
      };
    }
    return this.practiceCache.value;
  }

  /** Whether the learner has acted on the quiz shown (a quiz only shown can give way to a practice round). */
  get isStarted(): boolean {
    return this.started;
  }

  /** A round of the items due for practice: a `quiz-start` of its own. False when nothing is due. */
  practise(content: Content): boolean {
    if (!this.session) return false;
    const ids = practiceQuestionIds(content, this.session.options.seed, this.practiceRecord(content), localDay(Date.now()));
    if (ids.length === 0) return false;
    const next = practiceRound(this.session, ids, Date.now());
    this.questions = questionsOf(content, next);
    this.reported.clear();
    const wasStarted = this.started;
    this.commit(next);
    if (wasStarted) this.host.dispatchEvent(new QuizStartEvent({ seed: next.options.seed, questionIds: next.questionIds }));
    return true;
  }

  /** Forgets what the learner missed ("Forget my progress"). */
  forgetPractice(content: Content): void {
    removeStored(this.practiceKey(content));
    this.host.requestUpdate();
  }

  /** Ends the quiz and fires `quiz-complete` with the score, the result code and an xAPI statement. */
  finish(content: Content): void {
    const session = this.session;
    if (!session) return;
    if (this.current && session.options.mode === 'test') this.report(this.current);
    const done = finish(session, Date.now());
    this.commit(done);
    const results = scoreSession(done, this.questions, content.themes.map((theme) => theme.id));
    // Each finished round updates the practice record: missed items come back, items practised right wait longer.
    const anchors = anchorsOf(content, done.options.seed);
    const answered = results.results.flatMap((result) => {
      const anchor = anchors.get(result.id);
      return anchor ? [{ anchor, type: result.type, correct: result.correct }] : [];
    });
    writeStored(this.practiceKey(content), JSON.stringify(recordAnswers(this.practiceRecord(content), answered, localDay(done.finishedAt!))));
    const durationMs = done.finishedAt! - done.startedAt;
    this.host.dispatchEvent(
      new QuizCompleteEvent({
        score: results.score,
        total: results.total,
        percent: results.percent,
        seed: done.options.seed,
        durationMs,
        results: results.results.map(({ id, type, correct, credit, answer }) => ({ id, type, correct, credit, answer })),
        resultCode: encodeResultCode(content, done.options, this.questions, done.answers),
        xapi: completedStatement(content, done.options, results.score, results.total, durationMs, done.finishedAt!),
      }),
    );
  }

  /** A new round of the questions not wholly right: a `quiz-start` of its own. */
  retry(content: Content): void {
    if (!this.session) return;
    const next = retryMissed(this.session, this.questions, Date.now());
    this.questions = questionsOf(content, next);
    this.reported.clear();
    this.commit(next);
    this.host.dispatchEvent(new QuizStartEvent({ seed: next.options.seed, questionIds: next.questionIds }));
  }

  /** Forgets this quiz and starts one with a new random seed, saved for reloads; returns the seed. */
  restart(content: Content, options: (seed: string) => SessionOptions): string {
    removeStored(this.storageKey);
    const seed = randomSeed();
    writeStored(this.seedKey(content), seed);
    this.begin(content, options(seed));
    // The learner asked for it: the new quiz starts now.
    this.commit(this.session!);
    return seed;
  }
}
