/**
 * Korean particles that depend on the word before them: 을/를, 이/가, 은/는,
 * 과/와, (으)로. The choice follows the last syllable's final consonant (받침).
 */

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;
const RIEUL = 8; // ㄹ as a final consonant

/** How a digit is read in Sino-Korean, as its final consonant: 0 = none, 8 = ㄹ, other = some. */
const DIGIT_FINALS: Record<string, number> = { '0': 21, '1': 8, '2': 0, '3': 16, '4': 0, '5': 0, '6': 1, '7': 8, '8': 8, '9': 0 };
/** Latin letters said with a final consonant in Korean (엘, 엠, 엔, 알); others end in a vowel. */
const LETTER_FINALS: Record<string, number> = { l: 8, m: 16, n: 4, r: 8 };

/** The final consonant index of the last pronounced character (0 = none), skipping quotes, brackets and spaces. */
function finalConsonant(word: string): number {
  const chars = Array.from(word.trim().replace(/[\s"'“”‘’「」『』()（）[\]<>.,!?…]+$/u, ''));
  const last = chars[chars.length - 1];
  if (!last) return 0;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_START && code <= HANGUL_END) return (code - HANGUL_START) % 28;
  if (/[0-9]/.test(last)) return DIGIT_FINALS[last]!;
  return LETTER_FINALS[last.toLowerCase()] ?? 0;
}

export type ParticlePair = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로';

/** The particle that agrees with `word`, e.g. particle('바세나르 체제', '은/는') → '는'. */
export function particle(word: string, pair: ParticlePair): string {
  const final = finalConsonant(word);
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  // (으)로 takes 로 after ㄹ as well as after a vowel.
  if (pair === '으로/로') return final === 0 || final === RIEUL ? withoutFinal : withFinal;
  return final === 0 ? withoutFinal : withFinal;
}

/** The word followed by its agreeing particle. */
export const withParticle = (word: string, pair: ParticlePair): string => `${word}${particle(word, pair)}`;
