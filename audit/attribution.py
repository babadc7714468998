"""Attribute stage: (ParsedDoc, Lexicons) → attributions: who said what, with source, cue and content spans.

A pure function of the parse and the lexicons. Patterns, in the order they are tried for each cue:
- a reporting verb (data: ``reporting_verbs.toml``) with a subject and a clausal complement:
  ``X said (that) ...``, ``X told Y (that) ...``, ``X insisted ...``, ``X pledged to ...`` (commitment);
- a reporting verb in a parenthetical after or inside a quote: ``"...," X said`` / ``"...," said X, a spokeswoman``;
- a reporting verb followed by a quote: ``X said: "..."``, ``X wrote on Telegram: "..."``;
- ``according to X, ...`` and ``..., according to X``; ``X, cited by Y`` keeps Y as ``via``;
- a quote that runs on over the next sentences or paragraphs without a cue of its own extends the
  previous attribution's content (discontinuous content with several parts).
Quotes inside narration that no attribution covers are kept as ``scare`` quotes (not attributions).
``classify.classify`` then resolves speakers and types the sources.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicons
from .parse import ParsedDoc, Word
from .quotes import Quote, find_quotes

SUBJ = ("nsubj", "nsubj:pass", "nsubj:outer", "csubj")
COMP = ("ccomp",)
SKIP_DEPRELS = ("amod", "compound", "det", "case", "fixed", "flat", "nmod")
NON_SOURCES = {"plan", "schedule", "law", "rule", "rules", "tradition", "custom", "legend", "script", "protocol",
               "design", "expectation", "expectations", "form", "standard", "procedure", "instruction",
               "instructions", "theory", "definition", "logic", "scripture", "reason", "order", "formula"}
CONFIDENCE = {"neutral": 0.9, "loaded": 0.9, "framing": 0.8, "belief": 0.6, "commitment": 0.5, "according": 0.9}


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Attribution:
    kind: str  # direct | mixed | indirect
    cue: Span | None
    cue_lemma: str
    cue_class: str
    content_parts: list[tuple[int, int]]
    sentence_index: int
    confidence: float
    source: Span | None = None
    source_head: int | None = None  # word index of the source's head
    via: Span | None = None  # "X, cited by Y": Y
    pattern: str = ""
    # filled by classify
    speaker: str | None = None
    speaker_id: str | None = None
    source_type: str = "unknown"
    anonymous: bool = False
    affiliation: str | None = None
    side: str | None = None
    actor: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def content_start(self) -> int:
        return min(a for a, _ in self.content_parts)

    @property
    def content_end(self) -> int:
        return max(b for _, b in self.content_parts)


@dataclass
class Extraction:
    attributions: list[Attribution]
    quotes: list[Quote]
    scare_quotes: list[Quote]


# -- tree helpers -------------------------------------------------------------------------------------
def _children(doc: ParsedDoc, i: int) -> list[Word]:
    s = doc.sentences[doc.words[i].sent]
    return [w for w in doc.words[s.first:s.last] if w.head == i]


def _subtree(doc: ParsedDoc, i: int, exclude: set[int] | None = None, cut: tuple[str, ...] = ()) -> set[int]:
    out = {i}
    stack = [i]
    exclude = exclude or set()
    while stack:
        k = stack.pop()
        for c in _children(doc, k):
            if c.index in exclude or c.index in out:
                continue
            if cut and c.deprel in cut and k == i:
                continue
            out.add(c.index)
            stack.append(c.index)
    return out


def _trim(doc: ParsedDoc, idx: set[int], quotes_ok: bool = True) -> list[int]:
    """Sorted word indices with punctuation stripped from the edges (quote marks kept when asked)."""
    ids = sorted(idx)
    keep_marks = set("“”\"«»‘’'") if quotes_ok else set()

    def strip(word: Word) -> bool:
        return word.upos == "PUNCT" and not (word.text in keep_marks)

    while ids and (strip(doc.words[ids[0]]) or doc.words[ids[0]].deprel == "cc"):
        ids.pop(0)
    while ids and strip(doc.words[ids[-1]]) and doc.words[ids[-1]].text not in ".?!":
        ids.pop()
    return ids


def _span(doc: ParsedDoc, ids: list[int]) -> Span | None:
    if not ids:
        return None
    a, b = doc.words[ids[0]].start, doc.words[ids[-1]].end
    return Span(a, b, doc.text[a:b])


def _quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None


def _kind(parts: list[tuple[int, int]], quotes: list[Quote], text: str) -> str:
    total = inside = 0
    speech = [q for q in quotes if not q.title]
    for a, b in parts:
        for p in range(a, b):
            ch = text[p]
            if ch.isspace() or ch in "“”\"«»‘’'.,;:!?":
                continue
            total += 1
            if any(q.start <= p < q.end for q in speech):
                inside += 1
    if total == 0 or inside == 0:
        return "indirect"
    return "direct" if inside >= 0.9 * total else "mixed"


def _cue_lemma(doc: ParsedDoc, w: Word) -> tuple[str, list[int]]:
    lemma = w.lemma.lower()
    extra = []
    for c in _children(doc, w.index):
        if c.deprel == "compound:prt":
            lemma = f"{lemma} {c.text.lower()}"
            extra.append(c.index)
    return lemma, extra


def _subject(doc: ParsedDoc, w: Word) -> Word | None:
    for c in _children(doc, w.index):
        if c.deprel in SUBJ and c.deprel != "nsubj:pass":
            return c
    # "X said ... and added ..." / "X has pledged to ..." : share the subject of the head verb
    if w.deprel in ("conj", "xcomp") and w.head >= 0:
        head = doc.words[w.head]
        for c in _children(doc, head.index):
            if c.deprel in ("nsubj", "nsubj:outer"):
                return c
    return None


def _source_ids(doc: ParsedDoc, subj: Word) -> tuple[list[int], Word | None]:
    """The source span: the subject's subtree without relative clauses; an ``acl`` 'cited by Y' gives via Y."""
    via = None
    cut = set()
    for c in _children(doc, subj.index):
        if c.deprel in ("acl:relcl",):
            cut |= _subtree(doc, c.index)
        elif c.deprel == "acl" and c.lemma.lower() in ("cite", "quote"):
            cut |= _subtree(doc, c.index)
            for g in _children(doc, c.index):
                if g.deprel.startswith("obl"):
                    via = g
    ids = _trim(doc, _subtree(doc, subj.index, exclude=cut), quotes_ok=False)
    return ids, via


def _sentence_of(doc: ParsedDoc, pos: int) -> int:
    for s in doc.sentences:
        if s.start <= pos < s.end + 1:
            return s.index
    return -1


def extract(doc: ParsedDoc, lex: Lexicons) -> Extraction:
    text = doc.text
    quotes = find_quotes(text)
    speech = [q for q in quotes if not q.title]
    found: list[Attribution] = []
    used_cues: set[int] = set()

    for sent in doc.sentences:
        words = doc.words[sent.first:sent.last]
        for w in words:
            # -- according to X ----------------------------------------------------------------
            if w.text.lower() == "according" and w.index + 1 < sent.last and doc.words[w.index + 1].text.lower() == "to":
                a = _according(doc, w, speech)
                if a:
                    found.append(a)
                continue
            if w.upos not in ("VERB",) or w.deprel in SKIP_DEPRELS:
                continue
            lemma, prt = _cue_lemma(doc, w)
            cls = lex.verb_class(lemma) or lex.verb_class(w.lemma)
            if cls is None:
                continue
            if lemma not in lex.verbs:
                lemma = w.lemma.lower()
                prt = []
            a = _verb_attribution(doc, w, lemma, cls, prt, speech, lex)
            if a:
                found.append(a)
                used_cues.add(w.index)

    found = _extend_with_quote_runs(doc, found, speech)
    found = _dedupe(found)
    for a in found:
        a.kind = _kind(a.content_parts, quotes, text)
        if any(not q.balanced for q in speech if any(q.start < b and a_ < q.end for a_, b in a.content_parts)):
            a.confidence = round(a.confidence * 0.7, 3)
            a.notes.append("unbalanced quotation marks")
    covered = [(a_, b) for a in found for a_, b in a.content_parts]
    scare = [q for q in speech if not any(a_ <= q.start and q.end <= b + 1 for a_, b in covered)]
    return Extraction(attributions=sorted(found, key=lambda x: (x.content_start, x.cue.start if x.cue else 0)),
                      quotes=quotes, scare_quotes=scare)


def _verb_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], speech: list[Quote],
                      lex: Lexicons) -> Attribution | None:
    subj = _subject(doc, w)
    if subj is None:
        return None
    if subj.upos in ("PRON",) and subj.text.lower() in ("it", "this", "that", "which", "what", "there"):
        return None  # "it is believed", "that shows": no source
    sent = doc.sentences[w.sent]
    kids = _children(doc, w.index)
    comps = [c for c in kids if c.deprel in COMP]
    pattern = ""
    if cls in ("commitment", "belief", "framing"):
        comps += [c for c in kids if c.deprel == "xcomp" and c.upos in ("VERB", "AUX", "ADJ")]
    content_ids: set[int] = set()
    if comps:
        for c in comps:
            content_ids |= _subtree(doc, c.index)
        pattern = "complement"
    elif w.deprel == "parataxis" or (w.deprel in ("ccomp", "conj") and _quote_at(speech, doc.words[w.head].start)):
        # "…," X said  /  "…," said X: the rest of the sentence is the content
        head = doc.words[w.head]
        own = _subtree(doc, w.index)
        content_ids = set(range(sent.first, sent.last)) - own
        pattern = "parenthetical"
        if not content_ids or not _quote_at(speech, head.start) and head.index not in content_ids:
            return None
    else:
        q = _following_quote(doc, w, speech)
        if q is None:
            q = _preceding_quote(doc, w, speech)
        if q is None:
            return None
        pattern = "quote"
        parts = [(q.start, q.end)]
        return _build(doc, w, lemma, cls, prt, subj, parts, pattern)
    if "parenthetical" == pattern or "complement" == pattern:
        own_src = set(_subtree(doc, subj.index))
        content_ids -= own_src
        ids = _trim(doc, content_ids)
        if not ids:
            return None
        # widen to the quote marks around the content
        a_, b_ = doc.words[ids[0]].start, doc.words[ids[-1]].end
        qa = _quote_at(speech, a_)
        if qa and qa.start < a_ and doc.text[qa.start:a_].strip(" “\"«‘'") == "":
            a_ = qa.start
        qb = _quote_at(speech, max(a_, b_ - 1))
        if qb and qb.end > b_ and doc.text[b_:qb.end].strip(" ”\"»’'.,") == "":
            b_ = qb.end
        if pattern == "complement" and b_ <= w.start:
            pattern = "fronted"
        return _build(doc, w, lemma, cls, prt, subj, [(a_, b_)], pattern)
    return None


def _following_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """X said: "..." — a quote that starts after the cue, in this sentence or right after a colon."""
    sent = doc.sentences[w.sent]
    tail = doc.text[w.end:min(len(doc.text), sent.end + 3)]
    for q in speech:
        if q.start >= w.end and q.start <= sent.end + 2:
            between = doc.text[w.end:q.start]
            if len(between) <= 80 and ("," in between or ":" in between or between.strip() == "" or q.start < sent.end):
                return q
    if tail.rstrip().endswith(":"):
        for q in speech:
            if sent.end <= q.start <= sent.end + 4:
                return q
    return None


def _preceding_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """"…," he said — a quote ending just before the cue clause in the same sentence."""
    sent = doc.sentences[w.sent]
    best = None
    for q in speech:
        if sent.start <= q.end <= w.start and doc.text[q.end:w.start].count(" ") <= 6:
            best = q
        elif q.start < sent.start and sent.start <= q.end <= w.start and len(doc.text[q.end:w.start].split()) <= 6:
            best = q
    return best


def _build(doc, w, lemma, cls, prt, subj, parts, pattern) -> Attribution:
    cue_ids = sorted([w.index, *prt])
    cue = _span(doc, cue_ids)
    src_ids, via = _source_ids(doc, subj)
    src = _span(doc, src_ids)
    via_span = _span(doc, _trim(doc, _subtree(doc, via.index), quotes_ok=False)) if via is not None else None
    if via_span is not None:
        # drop the "by" of "cited by"
        words = via_span.text.split(" ", 1)
        if words[0].lower() == "by" and len(words) > 1:
            via_span = Span(via_span.start + 3, via_span.end, words[1])
    conf = CONFIDENCE.get(cls, 0.7)
    if pattern == "quote":
        conf -= 0.1
    return Attribution(kind="indirect", cue=cue, cue_lemma=lemma, cue_class=cls, content_parts=parts,
                       sentence_index=w.sent, confidence=round(conf, 3), source=src, source_head=subj.index,
                       via=via_span, pattern=pattern)


def _according(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """according to X: X is the source; the clause X modifies is the content."""
    x = doc.words[w.head] if w.head >= 0 else None
    if x is None or x.index == w.index or x.upos not in ("NOUN", "PROPN", "PRON", "NUM"):
        # parsers sometimes hang "to X" differently: take the noun right after "to"
        nxt = [k for k in range(w.index + 2, doc.sentences[w.sent].last) if doc.words[k].upos in ("NOUN", "PROPN", "PRON")]
        if not nxt:
            return None
        x = doc.words[nxt[0]]
        while x.head >= 0 and doc.words[x.head].upos in ("NOUN", "PROPN") and doc.words[x.head].deprel != "root" \
                and x.deprel in ("compound", "flat", "amod", "det"):
            x = doc.words[x.head]
    if x.lemma.lower() in NON_SOURCES:
        return None
    sent = doc.sentences[w.sent]
    src_ids, via = _source_ids(doc, x)
    src_ids = [k for k in src_ids if k not in (w.index, w.index + 1)]
    src_set = set(src_ids) | {w.index, w.index + 1} | _subtree(doc, x.index)
    clause_head = doc.words[x.head] if x.head >= 0 else None
    if clause_head is not None and clause_head.index != x.index:
        content = _subtree(doc, clause_head.index) - src_set
    else:
        content = set(range(sent.first, sent.last)) - src_set
    ids = _trim(doc, content)
    if not ids or not src_ids:
        return None
    parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    cue = Span(w.start, doc.words[w.index + 1].end, doc.text[w.start:doc.words[w.index + 1].end])
    via_span = _span(doc, _trim(doc, _subtree(doc, via.index), quotes_ok=False)) if via is not None else None
    if via_span is not None and via_span.text.lower().startswith("by "):
        via_span = Span(via_span.start + 3, via_span.end, via_span.text[3:])
    return Attribution(kind="indirect", cue=cue, cue_lemma="according to", cue_class="neutral", content_parts=parts,
                       sentence_index=w.sent, confidence=CONFIDENCE["according"], source=_span(doc, src_ids),
                       source_head=x.index, via=via_span, pattern="according")


def _extend_with_quote_runs(doc: ParsedDoc, found: list[Attribution], speech: list[Quote]) -> list[Attribution]:
    """A quote continuing over later sentences/paragraphs with no cue of its own belongs to the attribution
    whose content ends in the same quote group (or right before it)."""
    if not found:
        return found
    by_group: dict[int, list[Quote]] = {}
    for q in speech:
        by_group.setdefault(q.group, []).append(q)
    covered = lambda q: any(a <= q.start < b for att in found for a, b in att.content_parts)  # noqa: E731
    for att in sorted(found, key=lambda a: a.content_end):
        end = att.content_end
        # quotes of the same group after the content
        groups = {q.group for q in speech if q.start < end and q.end >= end - 1 and any(
            a <= q.start < b or a < q.end <= b for a, b in att.content_parts)}
        for g in groups:
            for q in by_group[g]:
                if q.start >= end and not covered(q):
                    att.content_parts.append((q.start, q.end))
        # a direct quote whose next sentence is a whole quote with no cue: same speaker goes on
        last = att.content_end
        while True:
            nxt = [q for q in speech if 0 <= q.start - last <= 3 and not covered(q)
                   and _sentence_of(doc, q.start) != att.sentence_index]
            if not nxt:
                break
            q = nxt[0]
            # the quote must not contain or touch its own cue
            s_idx = _sentence_of(doc, q.start)
            s_end = doc.sentences[s_idx].end if s_idx >= 0 else q.end
            if s_end > q.end + 2 and doc.text[q.end:s_end].strip(" .,"):
                break
            att.content_parts.append((q.start, q.end))
            last = q.end
    return found


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per cue; where two cues claim the same content keep the more confident."""
    out: list[Attribution] = []
    seen_cue: set[tuple[int, int]] = set()
    for a in sorted(found, key=lambda x: -x.confidence):
        key = (a.cue.start, a.cue.end) if a.cue else (a.content_start, a.content_end)
        if key in seen_cue:
            continue
        seen_cue.add(key)
        out.append(a)
    return out
