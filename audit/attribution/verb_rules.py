"""The fallback rules of a reporting verb, tried in :data:`RULES` order once its subject and complements are known
(:mod:`.verbs`); each returns an attribution, None (stop: no attribution), or ``NOT_HERE`` (try the next):

- :func:`_after_preposition`: "called for the complete repeal of Obamacare", "spoke out against the plan";
- :func:`_more_complements`: infinitives and gerunds the parse hung elsewhere ("pledged to resolve", "asked the
  students if they were serious", "has mentioned refinancing student loans");
- :func:`_surface_that`: "He notes that …", "told reporters that …" when the parse missed the complement;
- :func:`_stand_in`: "half said so", "three-quarters said the same of Ortiz", "but Cook did not say when";
- :func:`_detached`: a clause verb whose clause the parse detached ("said | the talks failed");
- :func:`_relative_predicate`: "The plan, which critics say is too costly, passed" with "is too costly" hung on
  the main clause;
- :func:`_told_clause`: "…, telling USA TODAY he had nothing to do with it";
- :func:`_as_clause`: "as she told the Ledger, …";
- :func:`_quote_before`: "“You winning?” she said, clapping";
- :func:`_object_read_as_subject`: "officials said the two raised $350 million" with "the two" read as an object;
- :func:`_participle_after_tag`: "“You squeezed employees …” to drive up the stock, she said, referencing …";
- :func:`_quote_after_addressee`: "…, telling CNBC: ''I wish I could be like that.''";
- :func:`_borrowed_participle`: "“…,” Kerr said, mentioning the new album is almost done".
"""
from __future__ import annotations

from .boundaries import _cut_aside, _cut_tag_clause
from .clauses import _as_clause_content, _detached_clause, _own_clause, _rebuilt_clause, _split_off_clause, _with_orphans
from .cue_clause import CueClause
from .cues import _speech_cue, _word_class
from .objects import _nominal_conjunct, _predicate_of
from .records import NOT_HERE, SPEECH_CLASSES, SUBJ
from .tags import _quote_after_addressee as _addressee_quote
from .tags import _quotes_ending_sentence_before, _tag_quote
from .tree import _children, _more_than, _quote_at, _subtree, _time_phrase, _trim
from .words import (
    ADDRESSEE_VERBS, CLAUSE_VERBS, NOT_CLAUSES, OCCASIONS, RELATIVE, TEMPORAL, TIME_OPENERS, WH_QUESTION, WH_WORDS)


def _after_preposition(cx: CueClause):
    """"called for the complete repeal of Obamacare", "spoke out against the plan": what follows the preposition, to
    the clause end."""
    doc, w, prt, kids = cx.doc, cx.w, cx.prt, cx.kids
    if not (prt and doc.words[prt[-1]].upos in ("ADP", "SCONJ") and doc.words[prt[-1]].deprel in ("case", "mark")
            and not cx.comps):
        return NOT_HERE
    pobj = doc.words[doc.words[prt[-1]].head]
    right = {k for k in _subtree(doc, w.index) | _subtree(doc, pobj.index) if k > prt[-1]}
    for c in kids:
        if c.deprel in ("conj", "parataxis", "cc") and c.index > prt[-1] and not _nominal_conjunct(doc, c) or (
                c.index > max(prt[-1], pobj.index) and c.lemma.lower() in OCCASIONS and _time_phrase(doc, c)):
            right -= _subtree(doc, c.index)  # (and the occasion: "called for more funds in a statement")
    ids = _cut_aside(doc, _cut_tag_clause(doc, _trim(doc, right), cx.lex), cx.speech)
    if ids:
        return cx.build([(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "object")
    return NOT_HERE


def _more_complements(cx: CueClause):
    """Complements the parse hung elsewhere, added to ``cx.comps`` (never a result of its own)."""
    doc, w, lemma, kids, comps = cx.doc, cx.w, cx.lemma, cx.kids, cx.comps
    if not comps and (cx.cls in ("commitment", "belief") or cx.has_obj):
        # "pledged to resolve", "told supporters to vote", "urged Kyiv to negotiate"
        comps += [c for c in kids if c.deprel == "xcomp" and c.upos in ("VERB", "AUX")
                  and any(g.text.lower() == "to" for g in _children(doc, c.index))]
    if not comps and lemma in cx.lex.no_comment.get("refusals", ()):
        # "refused to comment on the vote", "refused to sign the trade deal": what was refused (an infinitive that
        # is a cue with something of its own to say, "refused to say whether …", is that verb's record, with the
        # refusal leading its cue)
        comps += [c for c in kids if c.deprel == "xcomp" and c.upos == "VERB" and any(
            g.text.lower() == "to" for g in _children(doc, c.index)) and not (_word_class(cx.lex, c) and any(
                g.deprel in ("obj", "ccomp", "xcomp") or g.deprel == "advcl" and any(
                    m.deprel == "mark" for m in _children(doc, g.index)) for g in _children(doc, c.index)))]
    if not comps and cx.has_obj and lemma in ADDRESSEE_VERBS:
        comps += _addressee_complements(cx)
    if not comps:
        # "proposes doing away with the mandate", "has mentioned refinancing student loans": a gerund complement
        comps += [c for c in kids if c.deprel in ("xcomp", "obj") and c.xpos == "VBG" and c.upos == "VERB"
                  and c.index > w.index and not any(g.deprel == "mark" for g in _children(doc, c.index))
                  # (not an adjective before the addressee: "told cheering supporters that …")
                  and not (c.index + 1 < cx.sent.last and doc.words[c.index + 1].head == w.index
                           and doc.words[c.index + 1].deprel in ("obj", "iobj"))]
    return NOT_HERE


def _addressee_complements(cx: CueClause) -> list:
    """"asked the students if they were serious", "asked the campaign to release …": the parse hung the question
    on the verb as an adverbial clause, or the infinitive on the addressee."""
    doc, lemma, kids = cx.doc, cx.lemma, cx.kids
    obj = next(c for c in kids if c.deprel in ("obj", "iobj"))
    comps = [c for c in kids if c.deprel == "advcl" and c.index > obj.index and lemma == "ask" and any(
        g.deprel == "mark" and g.text.lower() in ("if", "whether") for g in _children(doc, c.index))]
    comps += [c for c in _children(doc, obj.index) if c.deprel == "acl" and c.upos == "VERB" and c.index > obj.index
              and any(g.text.lower() == "to" and g.deprel == "mark" for g in _children(doc, c.index))]
    # "told POLITICO she was leaning toward Cruz": the clause right after the addressee, with a subject of its
    # own that is no relative pronoun, is what was told, not a clause about the addressee
    comps += [c for c in _children(doc, obj.index) if c.deprel == "acl:relcl" and c.index > obj.index
              and min(_subtree(doc, c.index)) == obj.index + 1 and any(
                  g.index == obj.index + 1 and (
                      g.deprel == "nsubj" and g.text.lower() not in RELATIVE and g.upos in ("PRON", "PROPN", "NOUN", "DET")
                      # "asked our followers what they thought …": after "ask" a wh-word opens the question
                      or lemma == "ask" and g.text.lower() in WH_WORDS) for g in _children(doc, c.index))]
    if lemma == "ask":
        # "asked Obama what he thought of …" parsed with "what" as a second object: the question
        comps += [c for c in kids if c.deprel == "obj" and c.index == max(_subtree(doc, obj.index)) + 1
                  and c.text.lower() in WH_WORDS and len(_subtree(doc, c.index)) > 2]
    return comps


def _surface_that(cx: CueClause):
    """Surface fallback when the parse missed the complement: "He notes that …", "told reporters that …"."""
    doc, w, lemma, prt, sent = cx.doc, cx.w, cx.lemma, cx.prt, cx.sent
    if cx.comps or cx.cls not in ("neutral", "loaded", "framing", "belief"):
        return NOT_HERE
    k = w.index + 1 + len(prt)
    limit = k + (10 if lemma in ADDRESSEE_VERBS or lemma == "show" else 1)
    if k < sent.last and (doc.words[k].upos == "ADP" or doc.words[k].text.lower() in TIME_OPENERS
                          and k + 1 < sent.last and doc.words[k + 1].xpos == "VBG"):
        limit = k + 12  # "suggested in a report issued earlier this year that …", "said before attending … that"
    elif any(doc.words[j].lemma.lower() in TEMPORAL for j in range(k, min(k + 3, sent.last))):
        limit = max(limit, k + 4)  # "said last week that …"
        if any(doc.words[j].upos == "ADP" for j in range(k, min(k + 3, sent.last))):
            limit = k + 12  # "said earlier on Friday during a news conference that …"
    if k < sent.last and doc.words[k].text == ",":
        # "cautioned, as did the campaign itself, that …": step over an aside between commas
        close = next((j for j in range(k + 1, min(k + 14, sent.last)) if doc.words[j].text == ","), None)
        if close is not None and close + 1 < sent.last and doc.words[close + 1].text.lower() == "that" \
                and not any(doc.words[j].text.lower() == "that" for j in range(k + 1, close)):
            k, limit = close + 1, close + 2
    while k < min(limit, sent.last) and doc.words[k].text.lower() != "that" and (
            doc.words[k].upos != "PUNCT" or doc.words[k].text == "-" and doc.words[k].xpos == "HYPH") \
            and not (doc.words[k].upos == "VERB" and doc.words[k].xpos not in ("VBN", "VBG")):
        # (the one told may be a long name: "members of the AFL-CIO executive council that …")
        k += 1
    if k < sent.last and doc.words[k].text.lower() == "that" and doc.words[k].upos in ("SCONJ", "PRON", "DET"):
        ids = _cut_tag_clause(doc, _trim(doc, set(range(k, sent.last))), cx.lex)
        if len(ids) > 2:
            return cx.build([(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "complement")
    return NOT_HERE


def _stand_in(cx: CueClause):
    """"three-quarters said the same of Ortiz", "half said so", "everyone said yes": a stand-in for a clause."""
    doc, w, sent = cx.doc, cx.w, cx.sent
    if cx.comps or cx.lemma not in ("say", "add", "write", "answer", "reply", "explain", "specify", "disclose"):
        return NOT_HERE
    same = next((c for c in cx.kids if c.deprel == "obj" and c.index > w.index and c.lemma.lower() == "same"), None)
    k = w.index + 1 + len(cx.prt)
    if same is not None:
        ids = _trim(doc, _subtree(doc, same.index))
    elif k < sent.last and doc.words[k].text.lower() in ("so", "yes", "no", "thanks", "goodbye", "sorry") and (
            k + 1 == sent.last or doc.words[k + 1].upos in ("PUNCT", "ADP")):
        ids = [k]
    elif k < sent.last and doc.words[k].xpos in ("WRB", "WP") and doc.words[k].text.lower() in WH_QUESTION and (
            k + 1 == sent.last or doc.words[k + 1].text in (",", ".", ";")) and not (
            k + 2 < sent.last and doc.words[k + 2].text.lower() == "or"):
        ids = [k]  # "but Cook did not say when.": the question left open, put in one word
    else:
        ids = []
    if ids:
        return cx.build([(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "object")
    return NOT_HERE


def _detached(cx: CueClause):
    """A clause verb with no complement and no object: the clause the parse detached from it."""
    if cx.comps or cx.has_obj or cx.lemma not in CLAUSE_VERBS:
        return NOT_HERE
    doc, w = cx.doc, cx.w
    ids = _cut_tag_clause(doc, _detached_clause(doc, w, len(cx.prt)), cx.lex) or _split_off_clause(doc, w, cx.speech)
    if ids:
        return _rebuilt_clause(doc, w, cx.lemma, cx.cls, cx.prt, cx.subj, ids)
    return NOT_HERE


def _relative_predicate(cx: CueClause):
    """"The plan, which critics say is too costly, passed": a clause verb inside a relative clause whose own
    predicate, the relative pronoun's, the parse hung on the sentence's clause. What follows the cue up to the
    relative clause's closing comma is what was said."""
    doc, w, sent = cx.doc, cx.w, cx.sent
    if cx.comps or cx.has_obj or cx.lemma not in CLAUSE_VERBS or w.deprel != "acl:relcl" or cx.prt \
            or not any(c.deprel in SUBJ and c.index < w.index and c.text.lower() in RELATIVE for c in cx.kids):
        return NOT_HERE
    k = w.index + 1
    if k >= sent.last or doc.words[k].upos not in ("AUX", "VERB") \
            or doc.words[k].xpos not in ("VBZ", "VBP", "VBD", "MD"):
        return NOT_HERE
    end = next((j for j in range(k, sent.last) if doc.words[j].text in (",", ";", "—", "–", ":")), None)
    if end is None or end - k < 2:
        return NOT_HERE
    ids = _trim(doc, set(range(k, end)))
    return cx.build([(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "complement") if ids else NOT_HERE


def _told_clause(cx: CueClause):
    """"…, telling USA TODAY he had nothing to do with it" with "had" hung elsewhere: past the one told, a clause
    with its own subject is what was told."""
    doc, w, lemma, lex = cx.doc, cx.w, cx.lemma, cx.lex
    told = next((c for c in cx.kids if c.deprel in ("obj", "iobj") and min(_subtree(doc, c.index)) == w.index + 1 + len(cx.prt)
                 and (c.upos in ("PROPN", "PRON") or c.lemma.lower() in lex.sources["person_nouns"]
                      or c.lemma.lower() in lex.sources["group_nouns"])),
                None) if not cx.comps and lemma in ADDRESSEE_VERBS and w.text[:1].islower() else None
    if told is not None:
        ids = _cut_tag_clause(doc, _detached_clause(doc, w, max(_subtree(doc, told.index)) - w.index), lex)
        if ids:
            return _rebuilt_clause(doc, w, lemma, cx.cls, cx.prt, cx.subj, ids)
    return NOT_HERE


def _as_clause(cx: CueClause):
    """"as she told the Ledger, …", "as some liberals hope, …"; not "as the crowd applauded": a position with no
    object reports nothing there."""
    if not cx.comps and (not cx.has_obj or cx.lemma in ADDRESSEE_VERBS) and cx.w.deprel == "advcl" and any(
            c.deprel == "mark" and c.text.lower() == "as" for c in cx.kids) and cx.cls != "stance":
        parts = _as_clause_content(cx.doc, cx.w, cx.speech, cx.lex)
        if parts:
            return cx.build(parts, "parenthetical")
    return NOT_HERE


def _quote_before(cx: CueClause):
    """"“You winning?” she said, clapping": a quote that ends right before the cue clause is what was said,
    whatever the parse hung on the cue after it."""
    tag = _tag_quote(cx.doc, cx.w, cx.subj, cx.lo, cx.speech, cx.lex)
    return cx.build([tag], "parenthetical") if tag is not None else NOT_HERE


def _object_read_as_subject(cx: CueClause):
    """"officials said the two raised $350 million": the parse read the clause's subject as the object
    ("Cameron's spokesman said the prime minister stood by …": or as a second subject after the verb)."""
    doc, w, subj, kids, sent = cx.doc, cx.w, cx.subj, cx.kids, cx.sent
    if cx.comps or cx.lemma not in CLAUSE_VERBS:
        return NOT_HERE
    obj = next((c for c in kids if c.index > w.index and (c.deprel in ("obj", "iobj") or (
        c.deprel == "nsubj" and subj.index < w.index))), None)
    # ("said more than 1,300 emails contained …": "more" opens a number there, not the object "said more")
    if obj is None or obj.index == subj.index or obj.text.lower() in NOT_CLAUSES and not (
            _more_than(doc, obj.index) and obj.index + 2 < len(doc.words) and doc.words[obj.index + 2].upos == "NUM"):
        return NOT_HERE
    right = set(range(min(_subtree(doc, obj.index)), sent.last)) & _subtree(doc, w.index)
    right |= _predicate_of_head(cx, right)
    for c in kids:
        if c.deprel in ("conj", "parataxis", "cc") and c.index > obj.index and not _predicate_of(doc, c, obj):
            right -= _subtree(doc, c.index)
    end = max(_subtree(doc, obj.index))
    v = next((c for c in _children(doc, w.head) if c.deprel in ("conj", "parataxis", "advcl") and c.index > end
              and min(_subtree(doc, c.index)) == end + 1), None) if w.deprel == "advcl" and w.head >= 0 else None
    if v is not None and v.upos == "VERB" and v.xpos in ("VBD", "VBZ", "VBP") and not any(
            c.deprel in ("cc", "mark") or c.deprel in SUBJ and doc.words[min(_subtree(doc, c.index))].upos != "ADP"
            for c in _children(doc, v.index)) and not any(doc.words[k].upos in ("VERB", "AUX") for k in right):
        # "…, saying the majority of people in the region wanted to be part of Russia" with "wanted" read as a
        # conjunct of the sentence's verb (its subject, if any, a phrase of the object's: "saying the workers on
        # the night shift deserved a raise"): the object is the subject of the clause that verb goes on with
        right |= _own_clause(doc, v, end + 1)
    ids = _cut_tag_clause(doc, _with_orphans(doc, w, _trim(doc, right)), cx.lex)
    if len(ids) > 2 and any(doc.words[k].upos in ("VERB", "AUX") for k in ids) \
            and doc.words[ids[0]].upos != "ADP":  # (not "said on a media call set up by the unions")
        return _rebuilt_clause(doc, w, cx.lemma, cx.cls, cx.prt, subj, ids)
    return NOT_HERE


def _predicate_of_head(cx: CueClause, right: set[int]) -> set[int]:
    """"…, saying the gains would outweigh the losses" with "saying" hung on "outweigh", whose subject the parse read
    as the cue's object: the predicate is the rest of the clause."""
    doc, w = cx.doc, cx.w
    head = doc.words[w.head] if w.head >= 0 else None
    if w.deprel == "advcl" and head is not None and head.index > max(right) and all(
            doc.words[k].deprel in ("aux", "advmod") and doc.words[k].head == head.index
            for k in range(max(right) + 1, head.index)) \
            and head.upos == "VERB" and not any(g.deprel in SUBJ for g in _children(doc, head.index)):
        return {k for k in _subtree(doc, head.index) if k >= min(right)} - {
            k for c in _children(doc, head.index) if c.deprel in ("conj", "parataxis", "cc") and c.index > head.index
            for k in _subtree(doc, c.index)}
    return set()


def _participle_after_tag(cx: CueClause):
    """"“You squeezed employees …” to drive up the stock, she said, referencing …": the participle after a
    sentence-final tag clause is an aside; what precedes the clause is the content."""
    doc, w, lo, sent, speech = cx.doc, cx.w, cx.lo, cx.sent, cx.speech
    if not (cx.comps and all(c.index > w.index and c.xpos == "VBG" and not any(
            g.text.lower() == "that" or g.deprel in ("nsubj", "aux") for g in _children(doc, c.index)) for c in cx.comps)):
        return NOT_HERE
    lead = _trim(doc, set(range(sent.first, lo)))
    if len(lead) > 2 and doc.words[lo - 1].text == "," and not any(
            _speech_cue(doc, k, cx.lex) and _quote_at(speech, doc.words[k].start) is None for k in lead):
        if doc.words[lead[0]].upos in ("ADV", "CCONJ") and doc.words[lead[1]].text == ",":
            lead = lead[2:]
        return cx.build([(doc.words[lead[0]].start, doc.words[lead[-1]].end)], "parenthetical")
    before = next(iter(_quotes_ending_sentence_before(doc, w, speech)), None) \
        if not lead and doc.words[w.index + 1 + len(cx.prt)].text == "," else None
    if before is not None:
        # ("…?” Mr. Lamb said, looking out on the crowd.": the tag split off as a sentence of its own)
        return cx.build([(before.start, before.end)], "parenthetical")
    return NOT_HERE


def _quote_after_addressee(cx: CueClause):
    """"…, telling CNBC: ''I wish I could be like that.''": a participle's quotation after its colon or comma, not
    the clause before the participle."""
    told = _addressee_quote(cx.doc, cx.w, cx.speech) if (cx.w.xpos == "VBG" or cx.lemma in ADDRESSEE_VERBS) \
        and not cx.comps else None
    return cx.build([(told.start, told.end)], "quote") if told is not None else NOT_HERE


def _borrowed_participle(cx: CueClause):
    """A participle whose subject is another cue's ("“…,” Lee said, citing slow growth"): with an object of its own
    it is no tag of the quotation (``cx.aside``), and with none it takes a clause that opens after it ("…,” Kerr
    said, mentioning the new album is almost done", the clause hung on "said")."""
    doc, w, subj, kids = cx.doc, cx.w, cx.subj, cx.kids
    borrowed = w.xpos == "VBG" and subj.index < w.index and subj.head != w.index
    cx.aside = borrowed and any(c.deprel in ("obj", "iobj") and c.index > w.index for c in kids)
    if borrowed and not cx.comps and not cx.has_obj and doc.words[w.index - 1].text == "," \
            and cx.cls in SPEECH_CLASSES:
        ids = _cut_tag_clause(doc, _detached_clause(doc, w, len(cx.prt)), cx.lex)
        if ids:
            return _rebuilt_clause(doc, w, cx.lemma, cx.cls, cx.prt, subj, ids)
    return NOT_HERE


RULES = (_after_preposition, _more_complements, _surface_that, _stand_in, _detached, _relative_predicate, _told_clause,
         _as_clause, _quote_before, _object_read_as_subject, _participle_after_tag, _quote_after_addressee,
         _borrowed_participle)
