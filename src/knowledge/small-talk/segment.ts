import type { Phrase, PhraseTable } from "./phrase-table.js";

/** A phrase found in a message, and how many characters of it it covers. */
export interface Found {
  phrase: Phrase;
  length: number;
}

interface Step {
  pieces: number;
  found: readonly Found[];
}

/**
 * Splits the keys of some words, written together, into small-talk phrases
 * (those `usable` allows) and fillers, with the fewest pieces: the phrases
 * found, an empty list when fillers alone cover them, undefined when some
 * letter is left over. Writing the keys together lets a missing space
 * ("thankyou", "고마워요감사") or an extra one ("good bye") make no difference.
 */
export function segment(
  keys: readonly string[],
  table: PhraseTable,
  usable: (phrase: Phrase) => boolean = () => true,
): Found[] | undefined {
  const text = keys.join("");
  if (text === "") return undefined;
  // best[i]: the cheapest way to cover text[0, i); a filler-only way is kept apart from one with a phrase.
  const best: Array<{ withPhrase?: Step; fillersOnly?: Step }> = [
    { fillersOnly: { pieces: 0, found: [] } },
  ];
  // The last position some way reaches: past it by more than the longest
  // phrase, nothing can be covered, and a question is seldom small talk.
  let reached = 0;
  for (let end = 1; end <= text.length; end++) {
    if (end - reached > table.longest) return undefined;
    const here: { withPhrase?: Step; fillersOnly?: Step } = {};
    for (let start = Math.max(0, end - table.longest); start < end; start++) {
      const before = best[start];
      if (!before || (!before.withPhrase && !before.fillersOnly)) continue;
      const piece = text.slice(start, end);
      const listed = table.phrases.get(piece);
      const phrase = listed && usable(listed) ? listed : undefined;
      const filler = table.fillers.has(piece);
      for (const step of [before.withPhrase, before.fillersOnly]) {
        if (!step) continue;
        if (phrase) {
          const found = [...step.found, { phrase, length: piece.length }];
          keep(here, "withPhrase", { pieces: step.pieces + 1, found });
        }
        if (filler) {
          const slot = step === before.withPhrase ? "withPhrase" : "fillersOnly";
          keep(here, slot, { pieces: step.pieces + 1, found: step.found });
        }
      }
    }
    best[end] = here;
    if (here.withPhrase || here.fillersOnly) reached = end;
  }
  const last = best[text.length];
  return (last?.withPhrase ?? last?.fillersOnly)?.found.slice();
}

function keep(
  here: { withPhrase?: Step; fillersOnly?: Step },
  slot: "withPhrase" | "fillersOnly",
  step: Step,
): void {
  const current = here[slot];
  if (!current || step.pieces < current.pieces) here[slot] = step;
}
