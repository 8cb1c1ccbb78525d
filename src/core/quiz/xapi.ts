/**
 * An xAPI statement for a finished quiz, without `actor`: the learning platform
 * that embeds the quiz knows who the learner is and adds it before sending.
 */
import type { Content } from '../content/schema.js';
import type { SessionOptions } from './session.js';

export interface XapiStatement {
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: Record<string, string>; extensions: Record<string, unknown> };
  };
  result: {
    score: { raw: number; min: number; max: number; scaled: number };
    success: boolean;
    completion: true;
    duration: string;
  };
  context: { language: string; extensions: Record<string, unknown> };
  timestamp: string;
}

/** The share of the points (credits) at which a quiz counts as passed (`result.success`). */
export const PASSING_SCALED_SCORE = 0.6;

const EXTENSION = 'https://github.com/export-controls-explainer/xapi';

/** ISO 8601 duration, e.g. `PT2M5.3S`. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

/** The quiz's activity id: content id, content version and seed, so the same quiz always has the same id. */
export const quizActivityId = (content: Content, seed: string) =>
  `urn:export-controls-explainer:quiz:${encodeURIComponent(content.id)}:${encodeURIComponent(content.version)}:${encodeURIComponent(seed)}`;

/**
 * The `completed` statement. `score` is the sum of the credits (partial credit
 * included, see `scoreAnswer`), so `result.score.raw` may have decimals and
 * `scaled` is `score / total` to 4 decimals.
 */
export function completedStatement(
  content: Content,
  options: SessionOptions,
  score: number,
  total: number,
  durationMs: number,
  finishedAt: number,
): XapiStatement {
  const scaled = total === 0 ? 0 : Math.round((score / total) * 10000) / 10000;
  return {
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: quizActivityId(content, options.seed),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/assessment',
        name: { [content.language]: content.title },
        extensions: {
          [`${EXTENSION}/content-version`]: content.version,
          [`${EXTENSION}/seed`]: options.seed,
          [`${EXTENSION}/options`]: { count: options.count, mode: options.mode, types: options.types, themes: options.themes, scope: options.scope ?? 'all' },
        },
      },
    },
    result: {
      score: { raw: score, min: 0, max: total, scaled },
      success: scaled >= PASSING_SCALED_SCORE,
      completion: true,
      duration: isoDuration(durationMs),
    },
    context: { language: content.language, extensions: { [`${EXTENSION}/content-id`]: content.id } },
    timestamp: new Date(finishedAt).toISOString(),
  };
}
