"""Tree and span helpers: the dependency tree of the parse (children, subtrees, the root of a word), word ranges
trimmed of edge punctuation, spans, the quotation at an offset, and the kind of a content (direct, mixed,
indirect) from its quotation marks.

Example: in "“We will win,” she said", ``_quote_at(speech, start of "We")`` is the quotation, and ``_kind`` of its
content is "direct".
"""
from __future__ import annotations

from ..parse import ParsedDoc, Word
from ..quotes import Quote, span_test
from .records import BARE_OBL, CLOSE_MARKS, QUOTE_CHARS, Span
from .words import MONTHS, OCCASIONS, OCCASION_CASE, RELATIVE_OPENERS, SHARES, TEMPORAL, TIME_CASE


def _children(doc: ParsedDoc, i: int) -> list[Word]:
    return doc.children(i)


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
    keep_marks = set("“”\"«»‘’'") | set(CLOSE_MARKS) if quotes_ok else set()

    def mark(word: Word) -> bool:  # punctuation, also where the tagger read a mark as a word ("'''" as a number)
        return word.upos == "PUNCT" or _quote_marks(word.text)

    def strip(word: Word) -> bool:
        return mark(word) and not (word.text in keep_marks)

    while ids and (strip(doc.words[ids[0]]) or doc.words[ids[0]].deprel == "cc"):
        ids.pop(0)
    while ids and strip(doc.words[ids[-1]]) and not (
            # ("Ann Lee (D-Eastbridge)": a bracket that closes one opened inside stays)
            doc.words[ids[-1]].text in (")", "]") and any(doc.words[k].text in ("(", "[") for k in ids[:-1])):
        ids.pop()  # sentence punctuation outside quotation marks is not part of the content
    words = [k for k in ids if not mark(doc.words[k])]
    last = ids.index(words[-1]) if words else len(ids) - 1
    if last + 1 < len(ids) and ids[last + 1] > words[-1] + 1:
        ids = ids[:last + 1]  # closing marks cut off from the words (their quote was cut)
    return ids


def _quote_marks(text: str) -> bool:
    """A token of quotation marks only, which the tagger may read as a word ("'''" as a number)."""
    return bool(text) and all(ch in QUOTE_CHARS for ch in text)


def _without_by(span: Span | None) -> Span | None:
    """"by the French daily" → "the French daily" (agents of "cited by", passive "reported by")."""
    if span is not None and span.text.lower().startswith("by ") and len(span.text) > 3:
        return Span(span.start + 3, span.end, span.text[3:])
    return span


def _left_name_edge(doc: ParsedDoc, lo: int, first: int, with_det: bool = False, adjacent: bool = False) -> int:
    """Step left over capitalised words the parse hung elsewhere ("Finance Minister Anna | Berg", "Le | Monde")."""
    tags = ("PROPN", "NOUN", "DET") if with_det else ("PROPN", "NOUN")
    while lo - 1 >= first and doc.words[lo - 1].upos in tags and doc.words[lo - 1].text[:1].isupper() and (
            not adjacent or doc.words[lo - 1].end + 1 >= doc.words[lo].start):
        lo -= 1
    return lo


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
    in_speech = span_test((q.start, q.end) for q in quotes if not q.title)
    for a, b in parts:
        for p in range(a, b):
            ch = text[p]
            if ch.isspace() or ch in "“”\"«»‘’'.,;:!?":
                continue
            total += 1
            if in_speech(p):
                inside += 1
    if total == 0 or inside == 0:
        return "indirect"
    return "direct" if inside >= 0.9 * total else "mixed"


def _set_off(doc: ParsedDoc, k: int) -> bool:
    """Whether the phrase that opens at word ``k`` is set off by a comma, a dash or a parenthesis."""
    return doc.words[k].upos == "PUNCT" or k > 0 and doc.words[k - 1].text in (",", "—", "–", "―", "--", "-", "(")


def _first_word(doc: ParsedDoc, ids) -> int:
    """The first of ``ids`` that is not punctuation (a subtree's own comma or quotation mark may open it)."""
    return min(k for k in ids if doc.words[k].upos != "PUNCT")


def _last_word(doc: ParsedDoc, ids) -> int | None:
    """The last of ``ids`` that is not punctuation; None when all are."""
    return max((k for k in ids if doc.words[k].upos != "PUNCT"), default=None)


def _sentence_of(doc: ParsedDoc, pos: int) -> int:
    for s in doc.sentences:
        if s.start <= pos < s.end + 1:
            return s.index
    return -1


def _nominal(x: Word) -> bool:
    """A word that can head a source chunk: a noun, a name, a pronoun, a number of people ("49% say",
    "In the end, 12 said") or a share of them, whatever its tag ("Nearly a third say", "; most said")."""
    return x.upos in ("NOUN", "PROPN", "PRON", "NUM") or x.text == "%" or x.text.lower() in SHARES


def _described_noun(doc: ParsedDoc, ids: list[int]) -> bool:
    """Words that open with a noun phrase and hold a relative clause: "a … grad whose aggressiveness has driven …"."""
    return bool(ids) and doc.words[ids[0]].upos in ("DET", "NOUN", "PROPN", "ADJ") and any(
        doc.words[k].text.lower() in RELATIVE_OPENERS for k in ids)


def _time_phrase(doc: ParsedDoc, c: Word) -> bool:
    """"since the debate", "during a rally", "last week", "in February", "in an interview published Saturday":
    when or on what occasion something was said, not what."""
    if c.deprel in BARE_OBL and (c.lemma.lower() in TEMPORAL or c.lemma.lower() in MONTHS or c.deprel == "obl:tmod"
                                 or any(g.deprel == "det" or g.upos == "NUM" for g in _children(doc, c.index))):
        return True  # "last week", "this morning", "Tuesday" (UD 2.14 folds tmod and npmod into obl:unmarked)
    if c.deprel not in ("obl", "nmod"):
        return False
    cases = {g.text.lower() for g in _children(doc, c.index) if g.deprel == "case"}
    return c.lemma.lower() in TEMPORAL or c.lemma.lower() in MONTHS or bool(cases & TIME_CASE) or (
        c.lemma.lower() in OCCASIONS and bool(cases & OCCASION_CASE))


def _root_of(doc: ParsedDoc, k: int) -> int:
    for _ in range(64):
        h = doc.words[k].head
        if h is None or h < 0:
            return k
        k = h
    return k


def _finite(doc: ParsedDoc, t: Word) -> bool:
    """A finite verb, or a predicate with a finite auxiliary or copula ("has sued", "is lower", "will go")."""
    return t.upos in ("VERB", "AUX") and t.xpos in ("VBD", "VBZ", "VBP") or t.upos in ("VERB", "AUX", "ADJ", "NOUN") \
        and any(c.deprel in ("aux", "aux:pass", "cop") and c.xpos in ("VBD", "VBZ", "VBP", "MD")
                for c in _children(doc, t.index))


def _inner_text(doc: ParsedDoc, q: Quote) -> str:
    """The words inside a quotation without the closing marks of a quotation nested in it ("… 'no,’”")."""
    return doc.text[q.inner[0]:q.inner[1]].rstrip().rstrip("'’\"”")


def _hangs_on(doc: ParsedDoc, ids: list[int], other: list[int]) -> bool:
    """Whether the parse hangs a word of ``ids`` (other than punctuation) whose head lies outside ``ids`` on a word
    of ``other``."""
    inside, there = set(ids), set(other)
    return any(doc.words[i].head in there for i in ids if doc.words[i].upos != "PUNCT" and doc.words[i].head not in inside)


def _more_than(doc: ParsedDoc, k: int) -> bool:
    """"more than", "less than", "fewer than" at word ``k``: a number's approximation ("said more than 1,300 …"), not
    an object or a comparison."""
    return 0 <= k < len(doc.words) - 1 and doc.words[k].text.lower() in ("more", "less", "fewer") \
        and doc.words[k + 1].text.lower() == "than"
