"""Tokenizer repairs: what newsaudit fixes in Stanza's tokens and sentences before the tagger reads them.

Plain words kept whole ("its" is not "it s"), sentences split at an abbreviation, an initial or a doubled
apostrophe joined again, and sentences too long for the parser cut, each a function here; :class:`TokenizerRepairs`
runs them as Stanza's tokenizer post-processor.
"""
from __future__ import annotations

import re

# English multi-word tokens without an apostrophe that UD does split; any other such split is a tokenizer
# slip (EWT's web-text typos taught the compact tokenizer to read every "its" as "it s")
PLAIN_MWT = {"cannot", "gonna", "wanna", "gotta"}
# a "sentence" of more tokens than this (a line with no sentence punctuation, a list run together) is cut: the
# parser's cost grows faster than the length; the article row says how many cuts were made
MAX_SENTENCE_TOKENS = 200


def keep_plain_words(sentences: list[list]) -> list[list]:
    """Stanza tokenizer post-processor: un-split multi-word tokens that have no apostrophe ("its")."""
    out = []
    for sent in sentences:
        fixed = []
        for tok in sent:
            if isinstance(tok, tuple) and tok[1] is True and not any(ch in tok[0] for ch in "'’") \
                    and tok[0].lower() not in PLAIN_MWT:
                fixed.append(tok[0])
            else:
                fixed.append(tok)
        out.append(fixed)
    return out


# what ends a sentence, and what ends a paragraph of prose (not a list line, a header or a signature)
SENTENCE_END = set(".!?…:;\"”’')»]")
PROSE_END = set(".!?…\"”’')»")


# abbreviations that never end an English sentence: a title before a name ("Sen. | Ted Cruz"), "vs." before what
# it is against; a month before its day ("on Feb. | 1")
TITLE_ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Gen.", "Lt.",
                       "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Rev.", "Pres.", "Prof.", "Hon.", "vs."}
MONTH_ABBREVIATIONS = {"Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}


# initialisms of places, which may end a sentence ("… to the U.S. | Trump said …"); inside one they stand before
# the name of an institution ("the U.S. | Senate", "former U.S. | Army captain", "the U.S. | Court of Appeals")
PLACE_INITIALISMS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "A.C."}
INSTITUTION_WORDS = {"Senate", "House", "Congress", "Capitol", "Army", "Navy", "Air", "Marine", "Marines", "Coast",
                     "Embassy", "Ambassador", "State", "Department", "Chamber", "Court", "Circuit", "District",
                     "Constitution", "Supreme", "Census", "Treasury", "Attorney", "Postal", "Border", "Customs",
                     "Secret", "Special", "Forces", "Intelligence", "Military", "Justice", "Bureau", "Agency",
                     "Office", "Council", "Mission", "Conference", "Presidential", "News"}
INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")


def _split_after_abbreviation(last: str, nxt: str) -> bool:
    return last in TITLE_ABBREVIATIONS and nxt[:1].isupper() or last in MONTH_ABBREVIATIONS and nxt[:1].isdigit()


def _split_after_initialism(last: str, nxt: str) -> bool:
    """"George H.W. | Bush", "scholar A.E. | Dick Howard": a person's initials before a capitalised word; "the U.S.
    | Senate": a place's initials before an institution (no sentence of UD English-EWT ends with an initialism
    of two letters or more before a capitalised word)."""
    if INITIALISM.fullmatch(last) is None or not nxt[:1].isupper():
        return False
    return nxt in INSTITUTION_WORDS if last in PLACE_INITIALISMS else True


def _split_after_initial(prev: list[str], nxt: str) -> bool:
    """"said David B. | Cohen": a middle initial between two capitalised names (no sentence of UD English-EWT test
    ends so)."""
    return len(prev) == 2 and re.fullmatch(r"[A-Z]\.", prev[-1]) is not None and prev[0][:1].isupper() \
        and nxt[:1].isupper()


def _split_before_lowercase(prev: list[str], nxt: str, gap: str) -> bool:
    """A sentence the tokenizer ended right before a lowercase word, at a mark that ends no sentence there: an
    editor's bracket inside a quotation ("“[The situation] | is reminiscent …”"), an abbreviation ("the U.K. |
    less attractive", "Apple Inc. | and", "Outsports. | com": a period with no space after it). A period after a
    lowercase word ("Let's go back. | what was …") and a "?" or "!" stay sentence ends: web text starts sentences
    in lower case after them (on UD English-EWT test, 48 times)."""
    if not nxt[:1].islower() or not prev:
        return False
    last = prev[-1]
    if last == "]":
        return True
    if last == "." and len(prev) > 1:
        before = prev[-2]
        return gap == "" or before[:1].isupper() and (len(before) <= 5 or "." in before)
    return len(last) > 2 and last.endswith(".") and "." in last[1:-1]  # "U.S.", "p.m.", "a.k.a."


def _tok_text(tok) -> str:
    return tok[0] if isinstance(tok, tuple) else tok


def _token_bounds(sentences: list[list], text: str) -> list[list[tuple[int, int]]] | None:
    """Each token's (start, end) in ``text``, found in order; None when a token cannot be found."""
    out, pos = [], 0
    for sent in sentences:
        spans = []
        for tok in sent:
            at = text.find(_tok_text(tok), pos)
            if at < 0:
                return None
            pos = at + len(_tok_text(tok))
            spans.append((at, pos))
        out.append(spans)
    return out


APOSTROPHE_RUN = re.compile(r"'{2,4}|``")


def split_doubled_apostrophes(sentences: list[list], text: str) -> list[list]:
    """Make a quotation mark written as two apostrophes (or two backticks) a token of its own: the tokenizer,
    trained on UD English-EWT, which writes quotation marks as '"', glues it to the word it opens or closes or
    cuts it in two ("''misconstrued", "U.S.''", "'" + "'I"), and the tagger and the parser then misread that
    word. A run of three apostrophes is a single quotation mark inside a double one: "''" + "'" where it opens a
    word, "'" + "''" where it closes one; four are two doubled marks. Multi-word tokens are left as they are."""
    if "''" not in text and "``" not in text:
        return sentences
    bounds = _token_bounds(sentences, text)
    if bounds is None:
        return sentences
    out = []
    for sent, spans in zip(sentences, bounds):
        fixed: list = []
        i = 0
        while i < len(sent):
            if isinstance(sent[i], tuple):
                fixed.append(sent[i])
                i += 1
                continue
            j = i + 1  # a run of plain tokens with no space between them
            while j < len(sent) and isinstance(sent[j], str) and spans[j][0] == spans[j - 1][1]:
                j += 1
            a, b = spans[i][0], spans[j - 1][1]
            cuts = {x for x, _ in spans[i + 1:j]}
            for m in APOSTROPHE_RUN.finditer(text, a, b):
                x, y = m.span()
                if y - x == 3:
                    mid = x + 2 if y < len(text) and text[y].isalnum() else x + 1
                    marks = [(x, mid), (mid, y)]
                elif y - x == 4:
                    marks = [(x, x + 2), (x + 2, y)]
                else:
                    marks = [(x, y)]
                for mx, my in marks:
                    cuts -= set(range(mx + 1, my))
                    cuts |= {c for c in (mx, my) if a < c < b}
            edges = [a, *sorted(cuts), b]
            fixed.extend(text[x:y] for x, y in zip(edges, edges[1:]))
            i = j
        out.append(fixed)
    return out


def join_split_sentences(sentences: list[list], text: str) -> list[list]:
    """Join a sentence the tokenizer ended without sentence punctuation to the next one in its paragraph
    ("Vatican spokesman the Rev. Federico Lombardi told reporters | Thursday that …", "Judicial | Watch said …"), so
    that the tagger and the parser see the sentence whole. ``sentences`` are the tokenizer's token lists for
    ``text`` (a multi-word token is a ``(text, True)`` pair), in order; a newline between two sentences is a
    paragraph break. Only a paragraph of punctuated prose is joined: lists, headers and unpunctuated web text
    (EWT's e-mail signatures) keep their lines as sentences. A split after a title or a month abbreviation before
    a name or a day ("Sen. | Ted Cruz", "on Feb. | 1"), after a middle initial (:func:`_split_after_initial`) or an
    initialism inside a name (:func:`_split_after_initialism`: "George H.W. | Bush", "the U.S. | Senate") and
    before a lowercase word at a mark that ends no sentence there (:func:`_split_before_lowercase`) is joined in any
    line. Tokens that cannot be found in ``text`` leave the sentences as they are."""
    spans = _token_bounds(sentences, text)
    if spans is None:
        return sentences
    bounds, pos = [], 0
    for sp in spans:
        bounds.append((sp[0][0], sp[-1][1]) if sp else (pos, pos))
        pos = sp[-1][1] if sp else pos
    paragraphs: list[list[int]] = []
    for i, (a, _) in enumerate(bounds):
        if not paragraphs or "\n" in text[bounds[i - 1][1]:a]:
            paragraphs.append([])
        paragraphs[-1].append(i)
    out: list[list] = []
    for para in paragraphs:
        end = sentences[para[-1]]
        prose = bool(end) and _tok_text(end[-1])[-1:] in PROSE_END
        out.append(list(sentences[para[0]]))
        for i in para[1:]:
            last = _tok_text(out[-1][-1]) if out[-1] else "."
            tail = [_tok_text(t) for t in out[-1][-2:]]
            nxt = _tok_text(sentences[i][0]) if sentences[i] else ""
            if prose and last[-1:] not in SENTENCE_END or sentences[i] and (
                    _split_after_abbreviation(last, nxt) or _split_after_initial(tail, nxt)
                    or _split_after_initialism(last, nxt)
                    or _split_before_lowercase(tail, nxt, text[bounds[i - 1][1]:bounds[i][0]])):
                out[-1].extend(sentences[i])
            else:
                out.append(list(sentences[i]))
    return out


def _cut_point(sent: list, limit: int) -> int:
    """Where to cut an overlong token list: after the last comma, semicolon, colon or dash in the second half of
    the first ``limit`` tokens, else at ``limit``."""
    for k in range(limit - 1, limit // 2, -1):
        if _tok_text(sent[k]) in (",", ";", ":", "-", "–", "—"):
            return k + 1
    return limit


def cut_long_sentences(sentences: list[list], limit: int = MAX_SENTENCE_TOKENS) -> tuple[list[list], list[int]]:
    """Sentences of more than ``limit`` tokens cut into pieces (:func:`_cut_point`); also returns, for each cut,
    the number of the first token after it among all the tokens (to find its article)."""
    out, cuts, n = [], [], 0
    for sent in sentences:
        while len(sent) > limit:
            k = _cut_point(sent, limit)
            out.append(sent[:k])
            n += k
            cuts.append(n)
            sent = sent[k:]
        out.append(sent)
        n += len(sent)
    return out, cuts


class TokenizerRepairs:
    """The tokenizer post-processor newsaudit runs: plain words kept whole (:func:`keep_plain_words`), split
    sentences joined (:func:`join_split_sentences`) and overlong ones cut (:func:`cut_long_sentences`, whose
    character offsets in ``text`` it keeps in ``cuts``). Stanza hands it the token lists of a whole batch,
    without offsets, so the parser sets ``text`` to the batch's text (the chunks joined by blank lines, as Stanza
    joins them) before each call."""

    def __init__(self):
        self.text: str | None = None
        self.cuts: list[int] = []

    def __call__(self, sentences: list[list]) -> list[list]:
        sentences = keep_plain_words(sentences)
        if self.text is not None:
            sentences = join_split_sentences(split_doubled_apostrophes(sentences, self.text), self.text)
        if all(len(s) <= MAX_SENTENCE_TOKENS for s in sentences):
            return sentences
        sentences, cuts = cut_long_sentences(sentences)
        bounds = _token_bounds(sentences, self.text) if self.text is not None else None
        if bounds is not None:
            starts = [a for sent in bounds for a, _ in sent]
            self.cuts.extend(starts[c] for c in cuts if c < len(starts))
        return sentences
