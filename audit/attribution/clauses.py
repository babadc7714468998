"""Complement clauses of reporting verbs: the cue clause's own span, the rest of a sentence after a tag, "as"
clauses ("as Lee put it"), clauses detached or split off by the parse, a second clause joined by "and", and the
tests that a candidate complement is not a time clause, an aside, a prepositional phrase or an inverted source.

Example: "Lee said the plan failed and that talks would resume" keeps both clauses as Lee's content.
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .build import _build
from .cues import _speech_cue, _word_class
from .records import Attribution, BARE_OBL, CLOSE_MARKS, SUBJ
from .subjects import _clause_above
from .tree import (
    _children, _described_noun, _first_word, _last_word, _left_name_edge, _nominal, _quote_at, _quote_marks,
    _root_of, _subtree, _trim)
from .words import RELATIVE, TIME_OPENERS


def _rest_after_tag(doc: ParsedDoc, w: Word, hi: int, speech: list[Quote], lex: Lexicons) -> tuple[int, int] | None:
    """The words after a mid-sentence tag clause (", they argue, could carry …"), up to the sentence end: unquoted
    narration set off by a comma, with no cue of its own and not the speaker's next quotation (that joins
    later, as the speaker going on)."""
    sent = doc.sentences[w.sent]
    k = hi + 1
    if k + 1 >= sent.last or doc.words[k].text != ",":
        return None
    ids = _trim(doc, set(range(k + 1, sent.last)))
    if len(ids) < 3 or _quote_at(speech, doc.words[ids[0]].start) is not None:
        return None
    first = doc.words[ids[0]]
    if first.xpos in ("VBG", "VBN") or first.upos in ("CCONJ",) or any(
            _speech_cue(doc, j, lex) and _quote_at(speech, doc.words[j].start) is None for j in ids):
        return None  # ", adding that …", ", and Clinton said …": a cue of its own
    if any(c.deprel in SUBJ and c.index > w.index for c in _children(doc, w.index)) and (not any(
            doc.words[j].xpos in ("VBD", "VBZ", "VBP", "MD") for j in ids) or _described_noun(doc, ids)):
        # "…, said Steve Grubbs, an Iowa operative currently working for …", "…, said Sherman, a … grad whose
        # aggressiveness has driven …": the speaker's apposition
        return None
    return doc.words[ids[0]].start, doc.words[ids[-1]].end


def _as_clause_content(doc: ParsedDoc, w: Word, speech: list[Quote], lex: Lexicons) -> list[tuple[int, int]] | None:
    """"As Comey noted, people involved could still be sanctioned", "…, as the Times reported", "The plan, as
    Smith noted, would cost billions": the rest of the sentence around the as-clause is what was said."""
    sent = doc.sentences[w.sent]
    own = [k for k in _subtree(doc, w.index) if doc.words[k].upos != "PUNCT"]
    a0, b0 = min(own), max(own)
    # the clause ends at the first comma after the cue, whatever the parse hung on it past there ("as Comey
    # noted, people involved …" with "involved" read as a conjunct of "noted")
    b0 = next((k - 1 for k in range(w.index + 1, b0 + 1) if doc.words[k].text == ","), b0)
    comma_before = a0 - 1 > sent.first and doc.words[a0 - 1].text == ","
    comma_after = b0 + 1 < sent.last and doc.words[b0 + 1].text == ","
    if all(doc.words[k].upos in ("PUNCT", "CCONJ") for k in range(sent.first, a0)) and comma_after:
        ids = _trim(doc, set(range(b0 + 2, sent.last)))  # "As Comey noted, …"
    elif comma_after and doc.words[a0 - 1].upos == "CCONJ" and a0 - 2 > sent.first and doc.words[a0 - 2].text == ",":
        ids = _trim(doc, set(range(b0 + 2, sent.last)))  # "…, and as Comey noted, …": the clause it opens
    elif comma_before and all(doc.words[k].upos == "PUNCT" for k in range(b0 + 1, sent.last)):
        ids = _trim(doc, set(range(sent.first, a0 - 1)))  # "…, as the Times reported."
    elif comma_before and comma_after:  # both sides of a mid-sentence aside
        before = _trim(doc, set(range(sent.first, a0 - 1)))
        after = _trim(doc, set(range(b0 + 2, sent.last)))
        if before and len(after) > 1 and not any(_speech_cue(doc, k, lex) for k in before + after):
            return [(doc.words[before[0]].start, doc.words[before[-1]].end),
                    (doc.words[after[0]].start, doc.words[after[-1]].end)]
        return None
    else:
        return None
    # (a cue in it reports speech of its own, unless it is an infinitive: "good things to say about China")
    if len(ids) > 2 and not any(_quote_at(speech, doc.words[k].start) is None and _speech_cue(doc, k, lex)
                                and k != w.head and doc.words[k - 1].text.lower() != "to" for k in ids):
        return [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    return None


def _rebuilt_clause(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], subj: Word,
                    ids: list[int]) -> Attribution:
    """The complement record for a clause put back together from a broken parse, at confidence 0.7 at most."""
    a = _build(doc, w, lemma, cls, prt, subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "complement")
    a.confidence = round(min(a.confidence, 0.7), 3)
    return a


def _detached_clause(doc: ParsedDoc, w: Word, skip: int) -> list[int]:
    """"defended the plan, saying the benefits would outweigh the losses" parsed with "outweigh" hung on
    "defended": a clause that opens right after the cue with its own subject is the cue's complement wherever
    the parse put its verb (not on a verb above the cue, which would be the sentence the cue sits in)."""
    sent = doc.sentences[w.sent]
    k = w.index + 1 + skip
    if k < sent.last and doc.words[k].deprel == "cc:preconj":
        k += 1  # "said both he and Rubio promised …"
    if k >= sent.last or doc.words[k].upos in ("PUNCT", "ADP", "SCONJ", "CCONJ", "VERB", "AUX"):
        return []
    s = next((doc.words[j] for j in range(k, min(k + 6, sent.last)) if doc.words[j].deprel in ("nsubj", "nsubj:pass")),
             None)
    if s is None or s.head <= s.index or not set(range(k, s.index)) <= _subtree(doc, s.index):
        return []
    v = doc.words[s.head]
    below_v = _subtree(doc, v.index)
    inverted = _clause_above(doc, w, k) is v
    if v.index != w.index and w.index in below_v and not inverted:
        return []  # the verb must not be one the cue hangs under (unless it is the very clause that follows it)
    if v.upos not in ("VERB", "AUX", "ADJ", "NOUN") or v.sent != w.sent:
        return []
    right = {j for j in below_v if j >= k} - (_subtree(doc, w.index) if inverted else set())
    for c in _children(doc, v.index):
        if c.deprel in ("conj", "parataxis", "cc") and c.index > v.index:
            right -= _subtree(doc, c.index)
    ids = _trim(doc, right)
    if inverted and ids and ids != list(range(ids[0], ids[-1] + 1)):
        # ("Though some teachers say the test is unfair, most parents back it" with the main clause hung on the
        # complement's verb: what was said ends at the comma)
        end = next(j for j in range(ids[0], ids[-1] + 2) if j not in right)
        ids = _trim(doc, set(range(ids[0], end))) if doc.words[end].text == "," else []
    return ids if len(ids) > 2 and ids == list(range(ids[0], ids[-1] + 1)) else []


def _split_off_clause(doc: ParsedDoc, w: Word, speech: list[Quote]) -> list[int]:
    """"Chris Christie Says | He Would Issue A Quarantine": the tokenizer ended the sentence at the cue, with no
    punctuation, in the middle of a line; the next sentence is what was said. (In a paragraph of punctuated prose
    the parse stage joins such a split before parsing; a headline or another unpunctuated line keeps it.)"""
    sent = doc.sentences[w.sent]
    if w.index != sent.last - 1 or w.sent + 1 >= len(doc.sentences) or _quote_at(speech, w.start) is not None:
        return []
    nxt = doc.sentences[w.sent + 1]
    if "\n" in doc.text[w.end:nxt.start] or doc.words[nxt.first].upos in ("PUNCT", "CCONJ", "VERB", "AUX"):
        return []
    ids = _trim(doc, set(range(nxt.first, nxt.last)))
    return ids if len(ids) > 2 and any(doc.words[k].upos in ("VERB", "AUX") for k in ids) else []


def _stray_predicate(doc: ParsedDoc, w: Word, ids: list[int]) -> set[int]:
    """"explain how he believes cuts to military spending left the generals' hands tied" with "left" hung on the
    sentence's verb: a complement that ends in a noun phrase right before a finite verb with no subject of its own
    (nor a conjunction) goes on with that verb's clause, its subject being that phrase."""
    end = ids[-1]
    sent = doc.sentences[w.sent]
    if end + 1 >= sent.last or not _nominal(doc.words[end]):
        return set()
    v = doc.words[end + 1]
    if v.upos != "VERB" or v.xpos not in ("VBD", "VBZ", "VBP") or v.deprel not in ("conj", "parataxis", "advcl") \
            or w.index in _subtree(doc, v.index) or any(
            c.deprel in SUBJ or c.deprel in ("cc", "mark") for c in _children(doc, v.index)) or not any(
            c.deprel in ("obj", "iobj", "ccomp", "xcomp") for c in _children(doc, v.index)):
        return set()  # (a verb with nothing it takes may be a participle: "the territories won in the war")
    return _own_clause(doc, v, v.index)


def _own_clause(doc: ParsedDoc, v: Word, start: int) -> set[int]:
    """The words of ``v``'s subtree from ``start`` on, without the clauses conjoined after ``v``."""
    ids = {k for k in _subtree(doc, v.index) if k >= start}
    for c in _children(doc, v.index):
        if c.deprel in ("conj", "parataxis") and c.index > v.index:
            ids -= _subtree(doc, c.index)
    return ids


def _inverted_speaker(doc: ParsedDoc, w: Word, c: Word, prt: list[int]) -> bool:
    """"The paradox of Nancy, says Carl Anthony, historian at …, is that …": a name right after the cue with a
    comma after it is the speaker of an inverted tag, not the subject of what was said ("said Obama “understood
    …”")."""
    last = max([c.index] + [g.index for g in _children(doc, c.index) if g.deprel in ("flat", "compound")])
    return c.upos == "PROPN" and c.index == max([w.index, *prt]) + 1 and last + 1 < len(doc.words) \
        and doc.words[last + 1].text == ","


def _time_clause(doc: ParsedDoc, w: Word, c: Word, lemma: str) -> bool:
    """A clause the parse made the cue's complement that says when it was said: "“…,” Renzi said after the meeting
    broke up", "That was what Wahl said when she resigned" (a question's "when" is what was asked)."""
    if c.index < w.index or lemma in ("ask", "wonder", "question"):
        return False
    sub = _subtree(doc, c.index)
    opener = doc.words[min(sub)]
    # "said when asked how …": the question is what was asked ("asked" without a subject, whatever its tag)
    asked = c.lemma.lower() in ("ask", "question") and c.xpos in ("VBN", "VBD") and not any(
        g.deprel in SUBJ for g in _children(doc, c.index))
    return min(sub) == w.index + 1 and opener.text.lower() in TIME_OPENERS and opener.deprel in ("mark", "advmod") \
        and opener.head == c.index and not any(
            doc.words[k].text.lower() == "that" and doc.words[k].upos == "SCONJ" or doc.words[k].deprel == "ccomp"
            and not (asked and doc.words[k].head == c.index) for k in sub - {c.index})


def _inverted_apposition(doc: ParsedDoc, w: Word, c: Word, subj: Word) -> bool:
    """After an inverted tag, "…, said Steve Grubbs, an Iowa operative currently working for Rand Paul's campaign",
    the parse may read the apposition as a clause: a participle without an auxiliary, right after the subject's
    comma, describes the speaker."""
    if not w.index < subj.index < c.index:
        return False
    first = _after_subject_comma(doc, c, subj)
    if first is None:
        return False
    # ("…, said Sherman, a George Washington University grad whose aggressiveness has driven …": or a noun phrase
    # and the relative clause that describes it)
    return _described_noun(doc, sorted(k for k in _subtree(doc, c.index) if first <= k < c.index)) \
        or c.xpos == "VBG" and not any(g.deprel in ("aux", "aux:pass", "cop", "mark") for g in _children(doc, c.index))


def _after_inverted_source(doc: ParsedDoc, w: Word, c: Word, subj: Word) -> bool:
    """Whether ``c`` is, or follows, the source of an inverted tag ("…, said Rhea Calloway, director of …, whose
    members lobby …", "…, said the chief executive, Oskar Dahl" with the source read as the cue's complement): the
    source's own words, apposition or relative clause, never what was said."""
    return w.index < subj.index <= c.index and w.index > doc.sentences[w.sent].first \
        and doc.words[w.index - 1].text in (",", *CLOSE_MARKS)


def _after_subject_comma(doc: ParsedDoc, c: Word, subj: Word) -> int | None:
    """Where the words of ``c`` start when they follow the subject's own words and a comma ("Cruz, who …",
    "Steve Grubbs, an Iowa operative …"); None otherwise."""
    sub = _subtree(doc, c.index)
    first = _first_word(doc, sub)
    end = _last_word(doc, _subtree(doc, subj.index) - sub)
    return first if end is not None and first == end + 2 and doc.words[first - 1].text == "," else None


def _prepositional(doc: ParsedDoc, c: Word) -> bool:
    """A noun the parse made a complement clause while it heads a prepositional phrase ("One delegate not on the
    Cruz slate, Kelly Schmdit, told …", "said in a follow-up interview"): no clause at all."""
    kids = _children(doc, c.index)
    # (not a number's "than": "said more than 1 million donors made …")
    return c.upos in ("NOUN", "PROPN", "PRON") \
        and any(g.deprel == "case" and g.index < c.index and g.text.lower() != "than" for g in kids) \
        and not any(g.deprel in ("cop", "nsubj", "aux") for g in kids)


def _subject_aside(doc: ParsedDoc, w: Word, c: Word, subj: Word) -> bool:
    """An aside on the subject that the parse made the cue's complement, set off by commas between the subject and
    the cue: a relative clause ("Cruz, who has proposed repealing the mandate, said at the time") or a participle
    ("Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, said …")."""
    if not subj.index < c.index < w.index or doc.words[w.index - 1].text != ",":
        return False
    first = _after_subject_comma(doc, c, subj)
    if first is None:
        return False
    kids = _children(doc, c.index)
    return any(g.deprel in SUBJ and g.text.lower() in RELATIVE and g.index == first for g in kids) \
        or first == c.index and c.xpos in ("VBG", "VBN") and not any(
            g.deprel in (*SUBJ, "aux", "aux:pass", "mark") for g in kids) \
        or c.xpos in ("VBD", "VBN") and not any(g.deprel in ("aux", "aux:pass", "mark", "obj", "ccomp", "xcomp")
                                                for g in kids) and any(
            # "Ann Lee, president of the fund, a super PAC allied with council leadership, said": a reduced
            # relative read as a clause with the apposition's noun as its subject
            g.deprel == "nsubj" and g.index == c.index - 1 and g.upos in ("NOUN", "PROPN") and first < g.index
            and doc.words[first].upos == "DET" for g in kids)


def _sentence_adverb(doc: ParsedDoc, c: Word, sub: set[int], subj: Word) -> bool:
    """"But ultimately, other experts say, …": a lone adverb set off by its comma before the subject (not a time:
    "later", "then")."""
    return c.deprel == "advmod" and c.upos == "ADV" and doc.words[c.index + 1].text == "," \
        and c.index + 1 < min(_subtree(doc, subj.index)) and all(k == c.index or doc.words[k].upos == "PUNCT" for k in sub) \
        and c.text[:1].islower() and c.text.lower() not in ("later", "earlier", "then", "now")


def _own_span(doc: ParsedDoc, w: Word, subj: Word) -> tuple[int, int]:
    """First and last word of the cue clause proper: the cue, its subject phrase, particles and adverbials
    (not its complements)."""
    ids = {w.index} | _subtree(doc, subj.index)
    for c in sorted(_children(doc, w.index), key=lambda c: -c.index):
        if c.deprel in ("aux", "advmod", "obl", *BARE_OBL, "compound:prt", "iobj", "obj", "nsubj", "neg"):
            if _quote_marks(c.text):
                continue  # a closing quotation mark the tagger read as a word
            if c.deprel == "nsubj" and c.index < subj.index and any(
                    doc.words[k].text == "," for k in range(_last_word(doc, _subtree(doc, c.index)) + 1, subj.index)):
                continue  # "Secret Service protocol called for …, sources said": a fronted second subject is content
            sub = _subtree(doc, c.index)
            if c.index < subj.index and any(_quote_marks(doc.words[k].text) for k in sub):
                continue  # "“Every time you say that,” Tester said": the quotation is not the cue's adverbial
            if max(sub) < min(ids) - 2:
                continue  # "However, growth is offset …, the IMF said": an adverb the parse hung far to the left
            if c.index < subj.index and _sentence_adverb(doc, c, sub, subj):
                continue  # "But ultimately, other experts say, …": a sentence adverb set off by its comma
            ids |= sub
    ids = {k for k in ids if not (doc.words[k].upos == "PUNCT" and k < subj.index)}  # not a stray leading comma
    return _left_name_edge(doc, min(ids), doc.sentences[w.sent].first, with_det=True), max(ids)


def _with_second_clause(doc: ParsedDoc, w: Word, subj: Word, ids: list[int], lex: Lexicons) -> list[int]:
    """"X said one shooting may have more than one victim, so thousands of victims …": a clause with a
    subject of its own that the parse hung on the cue instead of on its complement is still content (a
    cue of its own, "…, and Clinton said …", is not)."""
    out = set(ids)
    for c in _children(doc, w.index):
        if c.deprel not in ("conj", "parataxis") or c.index <= max(out) or c.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        kids = _children(doc, c.index)
        own = [g for g in kids if g.deprel in ("nsubj", "nsubj:pass", "expl")]
        if _word_class(lex, c) is not None and not any(g.deprel == "mark" and g.text.lower() == "that" for g in kids):
            break  # (a cue of its own; "said she appreciated it and that she wanted …" is a second complement)
        between = [doc.words[k].text.lower() for k in range(max(out) + 1, c.index)]
        listed = not own and c.deprel == "conj" and between in ([",", "and"], [",", "or"]) and any(
            doc.words[k].text == "," for k in out)
        # "said he has not held fundraising dinners and never called a donor": a second predicate of the
        # complement's own subject (or a second "to …" of an infinitive) goes on the content; without either,
        # "has declined to take part and is instead hosting …" goes on the cue's subject
        own_subject_inside = any(doc.words[k].deprel.startswith("nsubj") and doc.words[k].head in out for k in out)
        second_to = any(g.text.lower() == "to" and g.deprel == "mark" for g in kids)
        shared = not own and c.deprel == "conj" and (own_subject_inside or second_to)
        if (not own and not listed and not shared) or (own and own[0].text.lower() == subj.text.lower()):
            break  # "…, commit to neutral status, and cede claims …": the last item of a list stays in it
        gap = range(max(out) + 1, min(_subtree(doc, c.index)))
        if any(doc.words[k].upos not in ("PUNCT", "CCONJ", "ADV") for k in gap):
            break
        out |= set(gap) | _subtree(doc, c.index)
    return _trim(doc, out)


def _with_orphans(doc: ParsedDoc, w: Word, ids: list[int]) -> list[int]:
    """Extend a content to the words right after it that the parse hung on another root of the sentence
    ("mentioned remarks | Trump had made about Machado …" parsed as two sentences in one)."""
    if not ids:
        return ids
    sent = doc.sentences[w.sent]
    root = _root_of(doc, w.index)
    k = ids[-1] + 1
    extra = []
    while k < sent.last and _root_of(doc, k) != root:
        extra.append(k)
        k += 1
    return _trim(doc, set(ids) | set(extra)) if extra else ids


def _with_displaced_that(doc: ParsedDoc, w: Word, ids: list[int]) -> list[int]:
    """"The inquiry looked at the budget and said that while the plan was sound, the costs were too high", parsed
    with "sound" as the complement and "that" hung on "high", itself hung on the verb before the cue: the clause the
    cue's "that" opens is the content's main clause, and joins it."""
    if not ids:
        return ids
    for k in range(w.index + 1, ids[0]):
        that = doc.words[k]
        if that.text.lower() != "that" or that.deprel != "mark" or that.upos != "SCONJ":
            continue
        h = that.head
        sub = _subtree(doc, h)
        if h <= ids[-1] or w.index in sub:
            return ids
        rest = sorted(sub - {k})
        if any(doc.words[j].upos not in ("PUNCT", "CCONJ") for j in range(ids[-1] + 1, rest[0])):
            return ids
        return _trim(doc, set(ids) | sub | set(range(ids[-1] + 1, rest[0])))
    return ids
