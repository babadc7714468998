"""The content of a reporting verb, once no fallback rule of :mod:`.verb_rules` applied (:func:`_content`):

- the complement clauses: "The mayor said the bridge would reopen" (pattern ``complement``);
- what precedes a tag clause: "The bridge will reopen, the mayor said" / "“…,” said the mayor"
  (``parenthetical``), and both sides of a tag in mid-sentence ("In several cases, officials say, they were asked
  to wait");
- otherwise a quotation after (or before) the cue: "X insisted an invitation was a “necessary thing”" (``quote``,
  ``mixed``), an answer's "with"/"by" phrase ("responded with a statement"), or the object (:mod:`.objects`).

:func:`_assemble` then cuts the content to its edges: the source's own words out, a second clause in, tag
clauses and "who" clauses out, widened to the quotations it starts or ends in, and a complement that the parse
started too early or too late moved to its subject or its "that".
"""
from __future__ import annotations

from .boundaries import _cut_aside, _cut_tag_clause, _cut_who_clause, _phrase_end
from .clauses import _inverted_speaker, _stray_predicate, _with_displaced_that, _with_orphans, _with_second_clause
from .cue_clause import CueClause
from .cues import _word_class
from .objects import _object_attribution, _object_cue
from .records import Attribution, BARE_OBL, SPEECH_CLASSES, SUBJ
from .subjects import _surface_source
from .tags import _following_quote, _is_reporting_clause, _lead_in, _preceding_quote
from .tree import _children, _finite, _more_than, _quote_at, _sentence_of, _subtree, _trim
from .unattributed import _unanswered
from .words import ADDRESSEE_VERBS, APPROXIMATORS, CLAUSE_VERBS, EVIDENCE_VERBS, NOT_CLAUSES, RESPONSE_VERBS, TEMPORAL


def _content(cx: CueClause) -> Attribution | None:
    doc = cx.doc
    if cx.comps:
        content_ids: set[int] = set()
        for c in cx.comps:
            content_ids |= _subtree(doc, c.index)
        cx.how.append("content: the complement clause")
        return _assemble(cx, content_ids, "complement")
    if not cx.aside and _tag_clause(cx):
        cx.how.append("content: what the tag clause reports")
        found = _before_tag(cx)
        if not isinstance(found, tuple):
            return found
        return _assemble(cx, *found)
    cx.how.append("content: a quotation by the cue, or its object")
    return _quote_or_object(cx)


def _tag_clause(cx: CueClause) -> bool:
    """Whether the cue clause is a tag: "…," X said / "…," said X, or set off by commas in mid-sentence ("That
    approach, many argue, could carry …")."""
    doc, w, lo, kids, speech = cx.doc, cx.w, cx.lo, cx.kids, cx.speech
    return _is_reporting_clause(doc, w, cx.subj, lo, cx.hi, speech, object_cue=_object_cue(cx.cls, cx.lemma)
                                and cx.lemma not in ADDRESSEE_VERBS) or (
        # (a parataxis that takes its object after it is no tag clause: "Worried the city might miss its
        # target, the council proposed a steep fee")
        w.deprel == "parataxis" and not (_object_cue(cx.cls, cx.lemma) and _quote_at(speech, doc.words[lo - 1].start)
                                         is None and any(c.deprel in ("obj", "xcomp") and c.index > w.index
                                                         for c in kids))) or (
        w.deprel in ("ccomp", "conj") and _quote_at(speech, doc.words[w.head].start)) or (
        cx.cls in ("neutral", "loaded", "framing") and not cx.has_obj and lo - 1 > cx.sent.first
        and doc.words[lo - 1].text == "," and cx.rest_after_tag() is not None)


def _before_tag(cx: CueClause) -> Attribution | None | tuple[set[int], str]:
    """The content of a tag clause: the quote that ends right before it, else the words before it less the cue's
    own adverbials (a quote that follows the clause joins later, as the speaker going on). Returns an attribution,
    None, or the (word ids, pattern) for :func:`_assemble`."""
    doc, w, lemma, lo, hi, sent, speech = cx.doc, cx.w, cx.lemma, cx.lo, cx.hi, cx.sent, cx.speech
    if cx.cls == "belief" and not (lo > sent.first and doc.words[lo - 1].text == "," and hi + 1 < sent.last
                                   and doc.words[hi + 1].text == ","):
        # a belief is a tag only set off by commas ("which, his advisers believe, would lead to …"); "Voters
        # increasingly see Sanders as electable", "Israel regards Jerusalem as its capital" are no tags (on
        # PolNeAR train 11 of 43 such records matched a gold content)
        return None
    prev = doc.words[lo - 1] if lo > sent.first else None
    q = None
    for k in range(lo - 1, max(sent.first - 1, lo - 3), -1):
        q = _quote_at(speech, doc.words[k].start)
        if q is not None:
            break
    if q is not None and q.end <= doc.words[lo].start + 1:
        return cx.build([(q.start, q.end)], "parenthetical")
    nq = _quote_at(speech, doc.words[hi + 2].start) if hi + 2 < sent.last and doc.words[hi + 1].text in (",", ":") \
        else None
    if nq is not None and nq.start >= doc.words[hi + 1].end and any(
            _finite(doc, doc.words[k]) and _quote_at(speech, doc.words[k].start) is None for k in range(sent.first, lo)):
        # "…, he looked straight into my camera, furrowed his brow and said, “I'm gonna endorse YOU!”": after a
        # clause of the narrator's own, the quotation the cue opens is what was said
        return cx.build([(nq.start, nq.end)], "quote")
    content_ids, pattern = _words_before_tag(cx), "parenthetical"
    if not any(doc.words[k].upos not in ("PUNCT",) for k in content_ids):
        # only the cue's adverbials precede it: what was said follows ("Speaking at a rally, Trump says he
        # is making a demand", whatever the parse hung "making" on)
        after = [k for k in range(hi + 1, sent.last) if doc.words[k].upos != "PUNCT"]
        if len(after) < 3 or lemma not in CLAUSE_VERBS:
            # "Campaigning against Mitt Romney in 2012, he barely mentioned climate change": its object
            return _object_attribution(doc, w, lemma, cx.cls, cx.prt, cx.subj, cx.kids, speech, cx.lex)
        content_ids, pattern = set(range(hi + 1, sent.last)), "complement"
    if not content_ids or prev is None:
        return None
    return content_ids, pattern


def _words_before_tag(cx: CueClause) -> set[int]:
    """The words before the tag clause, less the cue's own adverbials ("However, …, the IMF said", "Speaking at a
    rally in Novi, Trump says", "In Honolulu last week, he told …")."""
    doc, w, lo, subj, speech = cx.doc, cx.w, cx.lo, cx.subj, cx.speech
    content_ids = set(range(cx.sent.first, lo))
    for c in cx.kids:
        if c.index < lo and (c.deprel in ("advmod", "cc", "discourse") or _quote_at(speech, c.start) is None and (
                c.deprel in ("obl", *BARE_OBL) or c.deprel == "advcl" and subj.index < w.index and (
                    # (after an inverted tag, "Defending that terrain is his strength, said a handful of
                    # Democrats", a gerund before it is what was said: the cue's own adverbial precedes a subject)
                    c.xpos in ("VBG", "VBN") or any(g.deprel == "mark" for g in _children(doc, c.index))))):
            content_ids -= _subtree(doc, c.index)
    whens = [c for c in cx.kids if c.index < lo and c.deprel == "advcl" and any(
        g.deprel == "advmod" and g.xpos == "WRB" and g.index < c.index for g in _children(doc, c.index))]
    if whens and all(doc.words[k].upos == "PUNCT" or any(k in _subtree(doc, c.index) for c in whens)
                     for k in content_ids):
        content_ids = set()  # "But when Congress cut funding, Mexico said enough": an adverbial clause only
    return content_ids


def _quote_or_object(cx: CueClause) -> Attribution | None:
    """No complement and no tag clause: a quotation after the cue (or, for a cue of speech, before it), else an
    answer's phrase, an unanswered request, or the object."""
    doc, w, lemma, kids, speech, lex = cx.doc, cx.w, cx.lemma, cx.kids, cx.speech, cx.lex
    if cx.in_quote:
        return None  # inside a quotation only a cue with its own complement reports nested speech
    q = _following_quote(doc, w, speech)
    if q is None and cx.cls in SPEECH_CLASSES and lemma not in EVIDENCE_VERBS:
        # (a position, a belief or a finding takes a quotation as its object, after it; the one before it is
        # someone's words: "“We have incompetent people.” Do you support Donald Trump?")
        q = _preceding_quote(doc, w, speech)
    if q is not None and any(c.deprel == "obj" and c.upos in ("NOUN", "PROPN") and c.index > w.index
                             and doc.words[max(_subtree(doc, c.index))].end <= q.start - 3 for c in kids) or (
            q is not None and q.end <= w.start and lemma not in ADDRESSEE_VERBS and any(
                c.deprel == "obj" and c.index > w.index and (c.upos in ("NOUN", "PROPN") or c.upos in (
                    "PRON", "DET", "NUM") and c.text.lower() not in NOT_CLAUSES) for c in kids)):
        # ("Trump had criticized the pope as ''a political person'' and accused him of visiting …": an object
        # after the verb is what it takes, not the quotation before it)
        # "claimed victory. “We just won Kentucky!”": an object that comes before the quotation is what the
        # verb takes; the quotation is someone's next words
        a = _object_attribution(doc, w, lemma, cx.cls, cx.prt, cx.subj, kids, speech, lex)
        if a is not None:
            return a
    if q is not None and lemma == "show":
        # ("praised Ortiz for showing “real backbone”", "the Sunday morning shows, … “…”"): a
        # quotation after "show" is a quality put on display or someone's next words, never what was shown
        # (on PolNeAR train and dev 3 of 21 such records matched a gold cue)
        q = None
    if q is None and lemma in RESPONSE_VERBS:
        a = _response_phrase(cx)
        if a is not None:
            return a
    if q is None and lemma in lex.no_comment.get("answers", ()):
        a = _unanswered(doc, w, lemma, cx.cls, cx.prt, cx.subj, kids)
        if a is not None:
            return a
    if q is None:
        return _object_attribution(doc, w, lemma, cx.cls, cx.prt, cx.subj, kids, speech, lex)
    return _quoted_content(cx, q)


def _response_phrase(cx: CueClause) -> Attribution | None:
    """"responded with a statement", "responded by using the example of Chicago" (the gerund as advcl)."""
    doc, w = cx.doc, cx.w
    pp = next((c for c in cx.kids if c.deprel in ("obl", "advcl") and c.index > w.index and any(
        g.deprel in ("case", "mark") and g.text.lower() in ("by", "with") and g.index < c.index
        for g in _children(doc, c.index))), None)
    if pp is not None:
        ids = _cut_tag_clause(doc, _trim(doc, _subtree(doc, pp.index)), cx.lex)
        if len(ids) > 1:
            a = cx.build([(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "object")
            a.confidence = round(min(a.confidence, 0.6), 3)
            return a
    return None


def _quoted_content(cx: CueClause, q) -> Attribution | None:
    """The quotation the cue takes, with the words between them when they belong to it: "X insisted an invitation
    was a “necessary thing …”" (``mixed``); a partial quotation inside the phrase the cue takes ends that phrase."""
    doc, w, kids, speech, sent = cx.doc, cx.w, cx.kids, cx.speech, cx.sent
    pattern = "quote"
    parts = [(q.start, q.end)]
    between = doc.text[w.end:q.start]
    if q.start > w.end and ":" not in between and _sentence_of(doc, q.start) == w.sent and any(
            ch.isalnum() for ch in between):
        first = _first_of_mixed(cx, q)
        if first is False:
            # ("accused him of sexism, he warned, “Certainly …”", "did not mention his rivals, but told his
            # supporters, “…”": the quotation is another cue's; this one takes its object, if any)
            return _object_attribution(doc, w, cx.lemma, cx.cls, cx.prt, cx.subj, kids, speech, cx.lex)
        if first is not None and doc.words[first].start < q.start:
            parts = [(doc.words[first].start, q.end)]
            pattern = "mixed"
            # "criticized Clinton's email use, which an FBI investigation said was “extremely careless”":
            # the quotation sits in the narrator's aside, not in what was criticized
            ids = [k for k in range(first, sent.last) if doc.words[k].start < q.end]
            cut = _cut_aside(doc, ids, speech)
            if cut and cut != ids:
                parts = [(doc.words[cut[0]].start, doc.words[cut[-1]].end)]
    if parts[-1][1] == q.end and q.start > w.end and _sentence_of(doc, q.start) == w.sent:
        # "continued to portray “illegal” immigrants as violent criminals": a partial quotation inside the
        # phrase the cue takes is a part of that phrase, not all of what was reported
        parts = [(parts[0][0], _phrase_end(doc, w, kids, q))]
    return cx.build(parts, pattern)


def _first_of_mixed(cx: CueClause, q):
    """The first word of a mixed quotation's content (the words before the quote belong to it), None, or False
    when another cue between stands for the quotation."""
    doc, w, prt, sent = cx.doc, cx.w, cx.prt, cx.sent
    subj_ids = _subtree(doc, cx.subj.index)
    first = next((k for k in range(w.index + 1, sent.last) if k not in subj_ids and k not in prt
                  and doc.words[k].upos not in ("PUNCT", "ADV")), None)
    that = next((k for k in range(w.index + 1, sent.last) if doc.words[k].start < q.start
                 and doc.words[k].text.lower() == "that" and doc.words[k].deprel == "mark"), None)
    if that is not None and cx.lemma in ADDRESSEE_VERBS:
        first = that  # "told a town hall in Ashford on Monday that the tax is “peanuts”"
    if first is not None and any(
            doc.words[k].upos == "VERB" and _word_class(cx.lex, doc.words[k]) in SPEECH_CLASSES and (
                any(c.deprel in SUBJ for c in _children(doc, k))
                or doc.words[k - 1].text.lower() in ("and", "but"))
            for k in range(first, sent.last) if doc.words[k].start < q.start and k not in prt):
        return False
    return first


def _assemble(cx: CueClause, content_ids: set[int], pattern: str) -> Attribution | None:
    """The complement's or the tag clause's words → the attribution, cut to its edges."""
    doc, w, sent, hi = cx.doc, cx.w, cx.sent, cx.hi
    ids = _content_words(cx, content_ids, pattern)
    if not ids:
        return None
    # widen to the quotations the content starts or ends in (a parse may cut a long quote short),
    # never over the cue itself
    a_, b_ = doc.words[ids[0]].start, doc.words[ids[-1]].end
    qa = _quote_at(cx.speech, a_)
    if qa and qa.start < a_ and not (qa.start <= w.start < qa.end):
        a_ = qa.start
    qb = _quote_at(cx.speech, max(a_, b_ - 1))
    if qb and qb.end > b_ and not (qb.start <= w.start < qb.end):
        b_ = qb.end
    if cx.fronted is not None and pattern == "complement" and a_ > w.end and hi + 1 < sent.last \
            and doc.words[hi + 1].text in (",", "—"):
        # (a cue clause set off in mid-sentence; not "A dock worker for years, she plans to …": a fronted
        # description of the subject)
        front = _trim(doc, _subtree(doc, cx.fronted.index) - _subtree(doc, cx.subj.index))
        if front and doc.words[front[-1]].end <= cx.subj.start:
            return cx.build([(doc.words[front[0]].start, doc.words[front[-1]].end), (a_, b_)], pattern)
    if pattern == "complement":
        found = _complement_edges(cx, ids, a_, b_)
        if not isinstance(found, tuple):
            return found
        a_, b_, pattern = found
    if pattern in ("parenthetical", "fronted") and b_ <= w.start:
        rest = cx.rest_after_tag()
        if rest is not None:
            # "In several cases, officials say, they were asked to wait": a tag clause in mid-sentence
            # reports both sides of it
            return cx.build([(a_, b_), rest], pattern)
    return cx.build([(a_, b_)], pattern)


def _content_words(cx: CueClause, content_ids: set[int], pattern: str) -> list[int]:
    """The content's word ids: less the source's own words, with a second clause and its orphans, less tag clauses
    and "who" clauses and a leading connective."""
    doc, w, subj, lex = cx.doc, cx.w, cx.subj, cx.lex
    own_src = set(_subtree(doc, subj.index)) - _subtree(doc, w.index)  # ("30 percent of voters saying …")
    chunk = _surface_source(doc, w, subj)
    if chunk is not None:
        own_src |= set(range(chunk, w.index))  # a source read from the surface, with its apposition
    content_ids -= own_src
    ids = _trim(doc, content_ids)
    if pattern == "complement" and ids and ids[0] > w.index:
        ids = _with_displaced_that(doc, w, _with_second_clause(doc, w, subj, ids, lex))
        ids = [k for k in _with_orphans(doc, w, ids) if k > max([w.index, *cx.prt])]
    if pattern == "complement" and ids and ids[0] > w.index:
        ids = sorted(set(ids) | _stray_predicate(doc, w, ids))
    ids = _cut_tag_clause(doc, ids, lex)
    if pattern == "complement" and ids and ids[0] > w.index:
        ids = _cut_who_clause(doc, ids, cx.speech)
    if len(ids) > 3 and ids[-1] < w.index and doc.words[ids[0]].upos in ("ADV", "CCONJ") \
            and doc.words[ids[1]].text == ",":
        ids = ids[2:]  # "However, the boats will not arrive, the authority said": the connective is narration
    return ids


def _complement_edges(cx: CueClause, ids: list[int], a_: int, b_: int):
    """A complement the parse started before the cue or too far after it: returns an attribution of two parts,
    or the corrected (start, end, pattern); ``fronted`` when all of it precedes the cue."""
    doc, w, lo, hi, sent = cx.doc, cx.w, cx.lo, cx.hi, cx.sent
    if a_ < w.start < b_ and all(doc.words[k].upos == "PUNCT" for k in ids if doc.words[k].start > w.end):
        # (only the sentence's closing marks after the cue: the complement is the quotation before it)
        b_ = max(doc.words[k].end for k in ids if doc.words[k].start < w.start)
    if a_ < w.start < b_:
        # the parse put words before the cue into its complement ("While …, the bloc has warned that …");
        # a subject before a parenthetical cue clause stays a part of it ("The difference, he said, is clear")
        after = [k for k in ids if doc.words[k].start > w.end]
        before = _trim(doc, {k for k in ids if k < lo})
        if after and before and len(before) <= 12 and doc.words[before[-1]].end <= doc.words[lo].start \
                and doc.words[lo - 1].text == "," and not any(doc.words[k].upos in ("VERB", "AUX") for k in before):
            return cx.build([(doc.words[before[0]].start, doc.words[before[-1]].end),
                             (doc.words[after[0]].start, b_)], "complement")
        if after:
            a_ = doc.words[after[0]].start
    if b_ <= w.start:
        if lo > sent.first and doc.words[lo - 1].text == "," and all(
                doc.words[k].upos == "PUNCT" for k in range(hi + 1, sent.last)):
            # "…, but the Secret Service whisked her away before cops could accompany her, another source
            # said": a tag clause ending the sentence reports all of it, not just the clause the parse chose
            lead = _lead_in(doc, w, lo, cx.speech, cx.lex)
            if lead:
                a_ = min(a_, doc.words[lead[0]].start)
        return a_, b_, "fronted"
    if a_ > w.end and cx.lemma not in ADDRESSEE_VERBS:
        # "said a deal with the unions was close" parsed with "a deal" as the verb's object
        objs = [c for c in cx.kids if c.deprel in ("obj", "iobj") and w.index < c.index and c.start < a_
                and c.lemma.lower() not in TEMPORAL and c.index not in cx.prt]
        if objs:
            a_ = min(doc.words[min(_subtree(doc, o.index))].start for o in objs)
    if a_ > w.end:
        a_ = _complement_start(cx, a_)
    return a_, b_, "complement"


def _that_before_adverbial(doc, k: int) -> bool:
    """"suggested in a report issued earlier this year that in order to convince Moscow …, leaders “should …”"
    with "that" read as a relative pronoun: a "that" followed at once by a preposition or a conjunction opens no
    relative clause of its own (no subject or verb follows it); it is the complement's."""
    return doc.words[k].upos == "PRON" and k + 1 < len(doc.words) and doc.words[k + 1].upos in ("ADP", "SCONJ") \
        and doc.words[k + 1].sent == doc.words[k].sent


def _complement_start(cx: CueClause, a_: int) -> int:
    """"said the simplistic approach put forward by Trump is insufficient" with "approach" read as a second subject
    of "said"; "told the Times that she took off eight days …" with the clause read as a relative clause on "Times":
    the complement starts at its subject, or at its "that"."""
    doc, w, prt = cx.doc, cx.w, cx.prt
    subj_ids = _subtree(doc, cx.subj.index)
    starts = [doc.words[min(_subtree(doc, c.index))].start for c in cx.kids if c.deprel in SUBJ
              and c.index > w.index and c.index not in subj_ids and c.start < a_ and c.index not in prt
              and c.lemma.lower() not in TEMPORAL and not _inverted_speaker(doc, w, c, prt)]
    starts += [doc.words[k].start for k in range(max([w.index, *prt]) + 1, cx.sent.last)
               if doc.words[k].start < a_ and doc.words[k].text.lower() == "that"
               and (doc.words[k].upos == "SCONJ" or _that_before_adverbial(doc, k))][:1]
    if starts:
        a_ = min(a_, min(starts))
    k0 = doc.word_at(a_)
    if k0 is not None and k0 - 1 > w.index and doc.words[k0 - 1].head == w.index and (
            _more_than(doc, k0 - 1)
            or doc.words[k0 - 1].text.lower() in APPROXIMATORS and doc.words[k0].upos == "NUM"):
        a_ = doc.words[k0 - 1].start  # "said more than 5,100 civilians had died" with "more" hung on "said"
    return a_
