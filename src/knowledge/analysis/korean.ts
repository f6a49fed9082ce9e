import { getJongseong, hasBatchim } from "es-hangul";

/**
 * Korean has no offline analyser worth its weight here, so this strips the
 * particles and verb endings people attach to the content words of a
 * question (나토와의 → 나토, 협력을 → 협력, 체결됐어 → 체결), longest first.
 * A particle that depends on the final consonant (은/는, 이/가, 을/를,
 * 과/와, 으로/로) is only stripped where the word before it fits, so 국가 keeps
 * its 가.
 */

// 로 also follows ㄹ (서울로), the one final consonant that takes it.
type Needs = "batchim" | "vowel" | "vowel-or-rieul" | "any";

// [suffix, what the syllable before it must end in]
const PARTICLES: ReadonlyArray<readonly [string, Needs]> = [
  ["에서는", "any"],
  ["에게서", "any"],
  ["으로는", "batchim"],
  ["으로서", "batchim"],
  ["으로써", "batchim"],
  ["이라는", "batchim"],
  ["라는", "vowel"],
  ["에서", "any"],
  ["에게", "any"],
  ["께서", "any"],
  ["까지", "any"],
  ["부터", "any"],
  ["처럼", "any"],
  ["보다", "any"],
  ["마다", "any"],
  ["이나", "batchim"],
  ["이랑", "batchim"],
  ["와의", "vowel"],
  ["과의", "batchim"],
  ["에는", "any"],
  ["에도", "any"],
  ["에의", "any"],
  ["으로", "batchim"],
  ["로는", "vowel-or-rieul"],
  ["로서", "vowel-or-rieul"],
  ["하고", "any"],
  ["의", "any"],
  ["은", "batchim"],
  ["는", "vowel"],
  ["이", "batchim"],
  ["가", "vowel"],
  ["을", "batchim"],
  ["를", "vowel"],
  ["과", "batchim"],
  ["와", "vowel"],
  ["로", "vowel-or-rieul"],
  ["에", "any"],
  ["도", "any"],
  ["만", "any"],
  ["랑", "vowel"],
];

// Verb and copula endings of questions, longest first; what is left is the noun.
const ENDINGS = [
  "되었습니까",
  "되었나요",
  "되었어요",
  "되었는지",
  "되었어",
  "됐습니까",
  "했습니까",
  "합니까",
  "입니까",
  "인가요",
  "인지요",
  "이에요",
  "이었어",
  "이었나요",
  "됐나요",
  "됐어요",
  "됐는지",
  "됐대",
  "됐어",
  "됐나",
  "됐지",
  "했나요",
  "했어요",
  "했는지",
  "했대",
  "했어",
  "했나",
  "했지",
  "했다",
  "하나요",
  "하는지",
  "하는",
  "해요",
  "한다",
  "하다",
  "했던",
  "된",
  "된다",
  "되나요",
  "되는",
  "예요",
  "인가",
  "인지",
  "이야",
  "이지",
  "나요",
  "어요",
  "아요",
  "지요",
  "죠",
  "야",
  "냐",
  // Chat endings (반말 typed short): 체결됨, 분야임, 서명했음, 서명했냐.
  "했냐",
  "됐냐",
  "했음",
  "됐음",
  "였음",
  "이었음",
  "임",
  "함",
  "됨",
  "니",
  "이니까",
  "니까",
  "이라서",
  "라서",
  "다던데",
  "라던데",
  "던데",
  "는데",
  "인데",
  "었습니까",
  "았습니까",
  "었나요",
  "았나요",
  "었어요",
  "았어요",
  "었어",
  "았어",
  "습니까",
  "주세요",
  "해줘",
  "줘",
  // What is left of 하다/되다 after a longer ending went: 서명했(다던데) → 서명.
  "했",
  "됐",
  "였",
  "한",
  "된",
  "할",
  "될",
].sort((a, b) => b.length - a.length);

// Particles that depend on the final consonant before them: only these may
// leave a one-syllable noun behind (개를 → 개), since their fit is a check.
const CONDITIONED = new Set(["은", "는", "이", "가", "을", "를", "과", "와"]);

// Nouns that end in 의 themselves (회의 meeting, 협의 consultation…): not the particle.
/** What a past-tense verb keeps once a short ending is gone. */
const TENSE_LEFT = ["했", "됐", "였", "었", "았"];

const NOUNS_ENDING_IN_UI = ["회의", "협의", "논의", "합의", "동의", "주의", "정의", "의의", "결의"];

export function stripKorean(word: string): string {
  let current = word;
  // An ending, then a particle (협력하는 → 협력; 분야는 → 분야), never below one syllable.
  const endings = ENDINGS.map((ending) => [ending, "any"] as const);
  current = stripOnce(current, endings);
  // A short ending may leave the tense behind it: 체결됐(죠), 서명했(죠), 분야였(죠).
  if (TENSE_LEFT.some((tense) => current.endsWith(tense))) current = stripOnce(current, endings);
  current = stripOnce(current, PARTICLES);
  return current;
}

function stripOnce(word: string, suffixes: ReadonlyArray<readonly [string, Needs]>): string {
  for (const [suffix, needs] of suffixes) {
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (suffix === "의" && NOUNS_ENDING_IN_UI.some((noun) => word.endsWith(noun))) continue;
    // Never cut a word down to one syllable on a guess (분야 is not 분 + 야).
    if ([...stem].length < 2 && !CONDITIONED.has(suffix)) continue;
    const last = stem.at(-1) ?? "";
    if (!/\p{Script=Hangul}/u.test(last)) continue;
    if (needs === "batchim" && !hasBatchim(last)) continue;
    if (needs === "vowel" && hasBatchim(last)) continue;
    if (needs === "vowel-or-rieul" && hasBatchim(last) && getJongseong(last) !== "ㄹ") continue;
    return stem;
  }
  return word;
}

/** Overlapping two-syllable pieces of a word, so compounds match their parts (대테러협력 → 테러, 협력). */
export function hangulBigrams(word: string): string[] {
  const syllables = [...word];
  if (syllables.length < 3) return [];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) pieces.push(`${syllables[i]}${syllables[i + 1]}`);
  return pieces;
}
