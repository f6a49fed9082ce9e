/**
 * Every reference resolves: source ids, article sentence ids, related facts,
 * glossary ids (aliases, speakers) and quiz facts. References to an entry that
 * exists but failed its schema are not reported again, nor references into a
 * file that could not be read at all.
 */
import type { IdSpace, ParsedContent } from "../parsed.js";
import { LANGS } from "../schema.js";
import { at } from "./shared.js";

const LABELS: Record<IdSpace, string> = {
  source: "source",
  sentence: "article sentence",
  fact: "fact",
  glossary: "glossary entry",
};

/** The references held at one path of one entry. */
interface Ref {
  file: string;
  kind: string;
  id: string;
  space: IdSpace;
  /** `sources` for a list (reported as `sources[2]`), `speaker` for a single id. */
  path: string;
  targets: readonly string[];
  list: boolean;
}

export function checkReferences(parsed: ParsedContent): string[] {
  const known = knownIds(parsed);
  const problems: string[] = [];
  for (const ref of references(parsed)) {
    if (parsed.unchecked.has(ref.space)) continue;
    ref.targets.forEach((target, i) => {
      if (known[ref.space].has(target)) return;
      const path = ref.list ? `${ref.path}[${i}]` : ref.path;
      const problem = `refers to unknown ${LABELS[ref.space]} "${target}"`;
      problems.push(at(ref.file, ref.kind, ref.id, path, problem));
    });
  }
  return problems;
}

function knownIds(parsed: ParsedContent): Record<IdSpace, Set<string>> {
  const ids = (space: IdSpace, valid: readonly string[]) =>
    new Set([...valid, ...parsed.invalidIds[space]]);
  const sentenceIds = parsed.paragraphs.flatMap((p) => p.value.sentences.map((s) => s.id));
  return {
    source: ids(
      "source",
      parsed.sources.map((s) => s.value.id),
    ),
    sentence: ids("sentence", sentenceIds),
    fact: ids(
      "fact",
      parsed.facts.map((f) => f.value.id),
    ),
    glossary: ids(
      "glossary",
      parsed.glossary.map((g) => g.value.id),
    ),
  };
}

function* references(parsed: ParsedContent): Generator<Ref> {
  /** References of one entry; `list` and `one` add a path holding several or one. */
  const entry = (file: string, kind: string, id: string) => ({
    list: (path: string, space: IdSpace, targets: readonly string[]): Ref => ({
      file,
      kind,
      id,
      space,
      path,
      targets,
      list: true,
    }),
    one: (path: string, space: IdSpace, target: string | undefined): Ref => ({
      file,
      kind,
      id,
      space,
      path,
      targets: target === undefined ? [] : [target],
      list: false,
    }),
  });

  if (parsed.meta) {
    yield entry(parsed.meta.file, "article", "meta").one(
      "source",
      "source",
      parsed.meta.value.source,
    );
  }
  for (const { file, value: a } of parsed.areas) {
    const e = entry(file, "area", a.id);
    yield e.list("sources", "source", a.sources);
    yield e.list("article.sentences", "sentence", a.article.sentences);
  }
  if (parsed.ipcp) {
    const { file, value: ipcp } = parsed.ipcp;
    yield entry(file, "areas", "ipcp").list("sources", "source", ipcp.sources);
    for (const k of ipcp.known) {
      yield entry(file, "ipcp-area", k.id).list("sentences", "sentence", k.sentences);
    }
  }
  for (const { file, value: q } of parsed.quotes) {
    const e = entry(file, "quote", q.id);
    yield e.one("speaker", "glossary", q.speaker);
    yield e.list("sources", "source", q.sources);
    for (const lang of LANGS) {
      yield e.one(`translations.${lang}.article`, "sentence", q.translations[lang]?.article);
    }
  }
  for (const { file, value: f } of parsed.facts) {
    const e = entry(file, "fact", f.id);
    yield e.list("sources", "source", f.sources);
    yield e.list("article", "sentence", f.article);
    yield e.list("related", "fact", f.related);
    yield e.list("aliases", "glossary", f.aliases);
    yield e.list("subject", "glossary", f.subject);
  }
  for (const { file, value: p } of parsed.premises) {
    const e = entry(file, "premise", p.id);
    yield e.list("names", "glossary", p.names);
    yield e.list("sources", "source", p.sources);
  }
  for (const { file, value: q } of parsed.quiz) {
    yield entry(file, "quiz", q.id).one("fact", "fact", q.fact);
  }
}
