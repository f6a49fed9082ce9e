/**
 * What a user's message says without the marks typed around its words, as
 * the language detector and the analyser should see it: Markdown (`*bold*`,
 * `_italic_`, `` `code` ``, `~strike~`, `||spoiler||`, `# heading`, `> quote`;
 * a link `[label](url)` keeps its label), HTML tags and entities, bare links,
 * emoji and emoticons, and runs of punctuation. A link's address or an
 * emoji's name would otherwise count as English words.
 */

const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)\s]*\)/gu;
const HTML_TAG = /<\/?[a-z][^<>]*>/giu;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};
const HTML_ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/giu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|org|net|ua|kr|int|eu|me)\/\S*/giu;
const MARKDOWN_MARKS = /[*_`~|]+|^\s*(?:#{1,6}|>+)\s/gmu;
// Pictographs with their modifiers: skin tones, variation selectors, joiners, keycaps, flags.
const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0F|\u200D|\u20E3)+/gu;
// ":)", ";-D", ":P", "xD", "^^", ")))": faces made of punctuation and a letter or two.
const EMOTICON = /(?<=^|\s)(?:[:;=][-'^]?[()DPpOo3*\][/\\|]+|[xX]D+|\^[_.]?\^|[)(]{2,})(?=\s|$)/gu;
const PUNCTUATION_RUN = /([\p{P}\p{S}])[\p{P}\p{S}]+/gu;
const SPACES = /\s+/gu;
// Where a mark stood before a question mark or a comma.
const SPACE_BEFORE_PUNCTUATION = /\s+([?!.,;:])/gu;

export function plainWords(text: string): string {
  return text
    .normalize("NFC")
    .replace(MARKDOWN_LINK, " $1 ")
    .replace(HTML_TAG, " ")
    .replace(HTML_ENTITY, (entity, name: string) => decodeEntity(name) ?? entity)
    .replace(URL, " ")
    .replace(MARKDOWN_MARKS, " ")
    .replace(EMOJI, " ")
    .replace(EMOTICON, " ")
    .replace(PUNCTUATION_RUN, "$1")
    .replace(SPACES, " ")
    .replace(SPACE_BEFORE_PUNCTUATION, "$1")
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith("#x") || name.startsWith("#X")) {
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  }
  if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()];
}
