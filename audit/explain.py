"""Why the engine read a text as it did: the parse of each sentence and, for each attribution, the pattern that
made it and the rules that shaped its source, cue and content (the trail recorded during extraction). This is
how a miss is debugged: ``newsaudit explain "TEXT"`` or ``audit.explain(text)``.

Example: ``explain("The mayor told reporters that the bridge would reopen.")`` shows the nine words with their
lemma, part of speech, head and relation, then one attribution: source "The mayor", cue "told", content "that the
bridge would reopen", made by "pattern: reporting verb (neutral), complement" with "subject: the verb's own
subject" and "content: the complement clause".
"""
from __future__ import annotations

from dataclasses import dataclass

from .analysis import _extraction
from .classify import classify
from .errors import ArticleError
from .lexicon import Lexicons, load_lexicons
from .parse import ParsedDoc, get_parser
from .textcheck import check_text


@dataclass
class Explanation:
    doc: ParsedDoc
    attributions: list  # attribution.Attribution, classified, each with its trail

    def sentences(self) -> list[list[dict]]:
        """Each sentence as rows: id (1-based in the sentence), word, lemma, UPOS, head (0: root), relation, entity."""
        ents = {}
        for e in self.doc.entities:
            for w in self.doc.words:
                if e.start <= w.start < e.end:
                    ents[w.index] = e.label
        out = []
        for s in self.doc.sentences:
            rows = []
            for w in self.doc.words[s.first:s.last]:
                rows.append({"id": w.index - s.first + 1, "word": w.text, "lemma": w.lemma, "upos": w.upos,
                             "head": w.head - s.first + 1 if w.head >= 0 else 0, "deprel": w.deprel,
                             "entity": ents.get(w.index, "")})
            out.append(rows)
        return out

    def format(self) -> str:
        text = self.doc.text
        lines: list[str] = []
        for k, (s, rows) in enumerate(zip(self.doc.sentences, self.sentences()), start=1):
            lines.append(f"sentence {k}: {text[s.start:s.end]}")
            lines.append(f"  {'id':>3}  {'word':<18}{'lemma':<16}{'upos':<7}{'head':>4}  {'deprel':<14}entity")
            for r in rows:
                lines.append(f"  {r['id']:>3}  {r['word'][:17]:<18}{r['lemma'][:15]:<16}{r['upos']:<7}{r['head']:>4}  "
                             f"{r['deprel']:<14}{r['entity']}")
            lines.append("")
        if not self.attributions:
            lines.append("no attributions")
        for n, a in enumerate(self.attributions, start=1):
            lines += _attribution_lines(n, a, text)
        return "\n".join(lines).rstrip() + "\n"


def _attribution_lines(n: int, a, text: str) -> list[str]:
    def span(s):
        return f"“{s.text}” [{s.start}:{s.end}]" if s is not None else "—"

    content = " … ".join(f"“{text[x:y]}” [{x}:{y}]" for x, y in sorted(a.content_parts))
    out = [f"attribution {n}: {a.kind}, pattern {a.pattern or '—'}, sentence {a.sentence_index + 1}",
           f"  source   {span(a.source)}" + (f" → speaker {a.speaker!r}" if a.speaker else ""),
           f"  type     {a.source_type}{', anonymous' if a.anonymous else ''}"
           + (f", side {a.side}" if a.side else "") + (f", actor {a.actor}" if a.actor else ""),
           *(["  nested   reported inside another statement"
              + (f", via {span(a.via)}" if a.via else ", the same speaker's")]
             if a.nested else ([f"  via      {span(a.via)}"] if a.via else [])),
           f"  cue      {span(a.cue)} lemma {a.cue_lemma!r} ({a.cue_class})",
           f"  content  {content}",
           f"  confidence {a.confidence}" + (f"; notes: {'; '.join(a.notes)}" if a.notes else ""),
           "  how:"]
    out += [f"    {k}. {step}" for k, step in enumerate(a.trail, start=1)] or ["    (no trail)"]
    return out + [""]


def explain(text: str, lexicons: Lexicons | None = None, models=None, parser=None) -> Explanation:
    """Parse ``text`` and extract its attributions, keeping the parse and each attribution's trail."""
    text = check_text("explain", text)
    if not text.strip():
        raise ArticleError("explain", "text is empty (or only whitespace)")
    parser = parser or get_parser(models)
    doc = parser.parse([text])[0]
    lex = lexicons or load_lexicons()
    ext = _extraction(doc, lex)
    classify(doc, ext, lex)
    return Explanation(doc, ext.attributions)
