"""Loaded-term stage: find lexicon terms in a parsed article and tag each occurrence with its voice.

Voice: ``quoted`` (inside quotation marks: the source's words), ``paraphrase`` (inside an indirect
attribution's content: the outlet's words for the source's view) or ``narrator`` (the outlet's own voice).
Patterns match on word forms and lemmas ("chose to join Russia" matches "choose"), tolerate inflection,
hyphen splitting and, where a variant allows it, a few inserted words.
"""
from __future__ import annotations

from dataclasses import dataclass

from .attribution import Extraction
from .lexicon import Lexicons, Term, Variant
from .parse import ParsedDoc


@dataclass(slots=True)
class Tok:
    text: str
    lemma: str
    start: int
    end: int
    punct: bool
    sent: int


@dataclass(slots=True)
class TermHit:
    term: Term
    variant: Variant
    start: int
    end: int
    text: str
    voice: str
    sentence_index: int


def match_stream(doc: ParsedDoc) -> list[Tok]:
    """Words with hyphenated pieces merged back ("so - called" → "so-called")."""
    out: list[Tok] = []
    for w in doc.words:
        t, l = w.text.lower(), w.lemma.lower()
        if out and out[-1].end == w.start and (w.text == "-" or out[-1].text.endswith("-")) and out[-1].sent == w.sent:
            prev = out[-1]
            prev.text += t
            prev.lemma = prev.text if w.text == "-" else prev.text[: len(prev.text) - len(t)] + l
            prev.end = w.end
            prev.punct = False
            continue
        out.append(Tok(t, l, w.start, w.end, w.upos == "PUNCT" and w.text not in ("'s", "’s"), w.sent))
    for tok in out:
        tok.text = tok.text.replace("’", "'")
        tok.lemma = tok.lemma.replace("’", "'")
    return out


def _tok_match(p: str, tok: Tok) -> bool:
    if p.endswith("*"):
        stem = p[:-1]
        return tok.text.startswith(stem) or tok.lemma.startswith(stem)
    return p == tok.text or p == tok.lemma


def _index(stream: list[Tok]) -> dict[str, list[int]]:
    """Positions of each form and lemma, so a pattern only visits the words its first token can match."""
    idx: dict[str, list[int]] = {}
    for i, t in enumerate(stream):
        idx.setdefault(t.text, []).append(i)
        if t.lemma != t.text:
            idx.setdefault(t.lemma, []).append(i)
    return idx


def _find(tokens: tuple[str, ...], gap: int, stream: list[Tok], index: dict | None = None) -> list[tuple[int, int]]:
    hits = []
    n = len(stream)
    if index is not None and not tokens[0].endswith("*"):
        starts = sorted(set(index.get(tokens[0], ())))
    elif index is not None:
        stem = tokens[0][:-1]
        starts = sorted({i for key, pos in index.items() if key.startswith(stem) for i in pos})
    else:
        starts = range(n)
    for i in starts:
        if not _tok_match(tokens[0], stream[i]):
            continue
        j, k, ok = i, 1, True
        while k < len(tokens):
            skipped, j = 0, j + 1
            while j < n and not _tok_match(tokens[k], stream[j]):
                if stream[j].sent != stream[i].sent:
                    ok = False
                    break
                if not stream[j].punct:
                    skipped += 1
                if skipped > gap:
                    ok = False
                    break
                j += 1
            if not ok or j >= n:
                ok = False
                break
            k += 1
        if ok:
            hits.append((i, j))
    return hits


def find_terms(doc: ParsedDoc, ext: Extraction, lex: Lexicons) -> list[TermHit]:
    stream = match_stream(doc)
    index = _index(stream)
    speech = [q for q in ext.quotes if not q.title]
    # an unattributed claim (no source: "X seems to …") is the outlet's own voice, not a paraphrase of anyone
    paraphrase = [(a, b) for att in ext.attributions if att.kind != "direct" and att.source is not None
                  for a, b in att.content_parts]
    hits: list[TermHit] = []
    for term in lex.terms:
        excluded = []
        for ex in term.exclude:
            for i, j in _find(ex, 0, stream, index):
                excluded.append((stream[i].start, stream[j].end))
        found = []
        for v in term.variants:
            for i, j in _find(v.tokens, v.gap, stream, index):
                a, b = stream[i].start, stream[j].end
                if any(a < eb and ea < b for ea, eb in excluded):
                    continue
                found.append((a, b, v, stream[i].sent))
        # the longest variant wins where two overlap ("illegally annexed" over "annexed")
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        kept: list[tuple] = []
        for f in found:
            if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
                kept.append(f)
        for a, b, v, sent in sorted(kept, key=lambda x: x[0]):
            if any(q.start <= a and b <= q.end for q in speech):
                voice = "quoted"
            elif any(pa <= a and b <= pb for pa, pb in paraphrase):
                voice = "paraphrase"
            else:
                voice = "narrator"
            hits.append(TermHit(term, v, a, b, doc.text[a:b], voice, sent))
    return sorted(hits, key=lambda h: h.start)
