"""Source spans: how far a source reaches once its head word is known: its title and apposition ("Kremlin
spokesman Dmitry Peskov", "Anna Lee, a spokeswoman for the ministry,"), a source after the cue ("said one
Republican involved in the planning"), an aside or a place cut off, the dateline cut off ("WASHINGTON (AP) — Mayor
Ann Lee said …"), and a relative pronoun linked to its antecedent ("Mitch McConnell, who said …").

Example: for "“We are ready,” said Anna Lee, a spokeswoman for the ministry.", the source is "Anna Lee, a
spokeswoman for the ministry".
"""
from __future__ import annotations

from ..parse import ParsedDoc, Word
from .records import Attribution, CLOSE_MARKS, SUBJ
from .subjects import _antecedent, _apposition_subject, _title_verb
from .tree import _children, _first_word, _left_name_edge, _set_off, _span, _subtree, _time_phrase, _trim
from .words import ASIDES, CLAUSE_OPENERS, OCCASION_CASE, RELATIVE, RELATIVE_OPENERS, TEMPORAL


def _source_ids(doc: ParsedDoc, subj: Word) -> tuple[list[int], Word | None]:
    """The source span: the subject's subtree without relative clauses; an ``acl`` 'cited by Y' gives via Y."""
    via = None
    cut = set()
    for c in _children(doc, subj.index):
        if c.deprel in ("acl:relcl",) and (c.index < subj.index or _set_off(doc, min(_subtree(doc, c.index)))):
            # ("Voters who rank the ferry first said …": a restrictive clause names who speaks)
            cut |= _subtree(doc, c.index)
        elif c.deprel == "case" and c.index < subj.index and c.text.lower() in ("with", *CLAUSE_OPENERS):
            # "with 22 percent saying …", "Though engineers … say": the preposition or conjunction is not part of
            # who says it
            cut.add(c.index)
        elif c.index > subj.index and (_time_phrase(doc, c) or _place_aside(doc, subj, c)):
            cut |= _subtree(doc, c.index)  # "Trump at the time said", "Trump, in Kentucky, said": when and where
        elif c.deprel == "acl" and c.lemma.lower() in ("cite", "quote"):
            cut |= _subtree(doc, c.index)
            for g in _children(doc, c.index):
                if g.deprel.startswith("obl"):
                    via = g
    ids = _trim(doc, _subtree(doc, subj.index, exclude=cut), quotes_ok=False)
    return ids, via


def _participle_read_as_verb(doc: ParsedDoc, p: Word, cue: Word) -> bool:
    """"People briefed on the move said that …" parsed with the participle "briefed" as the sentence's verb and
    "said" as its clause: a participle with a subject before it and prepositional phrases of its own after it, right
    before a finite cue that has no subject, "that" or conjunction of its own."""
    if p.upos != "VERB" or p.xpos not in ("VBN", "VBD") or cue.head != p.index or cue.index <= p.index \
            or cue.deprel not in ("ccomp", "parataxis", "conj") or cue.xpos not in ("VBD", "VBZ", "VBP"):
        return False
    kids = _children(doc, p.index)
    if not any(c.deprel in SUBJ and c.index < p.index for c in kids) or any(
            g.deprel in SUBJ or g.deprel in ("mark", "cc") for g in _children(doc, cue.index)):
        return False
    between = set(range(p.index + 1, cue.index))
    # (prepositional phrases only: not "the advisor warned on Sunday the strike signaled …")
    phrase = set().union(*(_subtree(doc, c.index) for c in kids if c.deprel == "obl" and c.index > p.index and any(
        g.deprel == "case" and g.index == min(_subtree(doc, c.index)) for g in _children(doc, c.index))))
    return bool(between) and between <= phrase and not any(
        doc.words[k].text.lower() in (",", "that", "“", '"') for k in between)


def _place_aside(doc: ParsedDoc, subj: Word, c: Word) -> bool:
    """", in Kentucky," set off by commas after a name: where the speaker was, not who spoke."""
    if subj.upos != "PROPN" or c.deprel != "nmod" or not any(
            g.deprel == "case" and g.text.lower() in OCCASION_CASE for g in _children(doc, c.index)):
        return False
    return doc.words[_first_word(doc, _subtree(doc, c.index)) - 1].text == ","


def _title_before(doc: ParsedDoc, first: Word, name: Word) -> bool:
    """"Republican presidential candidate | Donald Trump", "Sanders campaign manager | Jeff Weaver": a common-noun
    phrase right before a name, with nothing between them, is the name's title, not a second subject."""
    sub = _subtree(doc, first.index)
    return first.upos == "NOUN" and name.upos == "PROPN" and max(sub) + 1 == min(_subtree(doc, name.index))


def _title_after_quote(doc: ParsedDoc, ids: list[int], subj: Word) -> list[int]:
    """"“…,” election law expert Rick Hasen tweeted": the bare title between a quotation's close and the name
    that speaks, which the parse hung on the quotation; [] when there is none."""
    if not ids or subj.upos != "PROPN":
        return []
    k = min(ids) - 1
    first = doc.sentences[subj.sent].first
    while k > first and (doc.words[k].upos in ("NOUN", "ADJ", "PROPN") or doc.words[k].xpos == "HYPH"):
        k -= 1
    title = list(range(k + 1, min(ids)))
    if not title or doc.words[k].text not in CLOSE_MARKS or not any(doc.words[j].upos == "NOUN" for j in title):
        return []
    return title


def _extend_to_verb(doc: ParsedDoc, ids: list[int], w: Word) -> list[int]:
    """"Opposition leader Mark Dunn insisted": a name the parse hung elsewhere, between the subject and the verb
    group, belongs to the source."""
    if not ids or ids[-1] >= w.index:
        return ids
    k = ids[-1] + 1
    stop = w.index
    while stop - 1 > k and doc.words[stop - 1].upos in ("AUX", "ADV", "PART"):
        stop -= 1
    gap = range(k, stop)
    name = next((doc.words[i] for i in ids if doc.words[i].head not in ids), doc.words[ids[0]])
    second = [c for c in _children(doc, w.index) if c.deprel in SUBJ and c.index != name.index and len(gap) > 3
              and doc.words[k].text == "," and doc.words[stop - 1].text == "," and _apposition_subject(doc, name, c, w)]
    if 0 < len(gap) <= 4 and all(doc.words[g].upos in ("PROPN", "NOUN") for g in gap):
        ids = ids + list(gap)
    elif w.head == k and _participle_read_as_verb(doc, doc.words[k], w):
        ids = ids + list(gap)  # "People briefed on the move said": the participle and its phrase describe the speaker
    elif second:
        # ("Mike Lamb, a veteran of the port authority who retired in 2019, said": the apposition the parse made the cue's
        # second subject, however long)
        ids = ids + list(range(k, stop - 1))
    elif 3 <= len(gap) <= 14 and doc.words[k].text == "," and doc.words[stop - 1].text == "," \
            and (doc.words[k + 1].upos not in ("VERB", "AUX", "ADP", "SCONJ") or _title_verb(doc, k + 1)) and not any(
            doc.words[g].upos in ("VERB", "AUX") and doc.words[g].xpos not in ("VBN", "VBG") and not _title_verb(doc, g)
            or doc.words[g].text in ("“", '"', "”", ";", ":") for g in gap):
        # "Brian Fallon, the campaign's press secretary, noted": an apposition the parse made a second subject
        ids = ids + list(range(k, stop - 1))
    elif 2 <= len(gap) <= 6 and doc.words[k].upos == "ADP" and doc.words[k].text.lower() in ("by", "of", "from", "at") \
            and all(doc.words[g].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART") for g in gap) \
            and not any(doc.words[g].lemma.lower() in TEMPORAL for g in gap):  # not "Trump at the time said"
        ids = ids + list(gap)  # "A report by the city auditor questioned": the parse made "auditor" a subject
    else:
        # "US President-elect Donald Trump, who has never supported the idea, has pledged": the name runs to
        # the comma that opens the relative clause
        comma = next((g for g in gap if doc.words[g].text == ","), None)
        head_part = range(k, comma) if comma is not None else range(0)
        if 0 < len(head_part) <= 5 and all(doc.words[g].upos in ("PROPN", "NOUN", "PUNCT") or (
                doc.words[g - 1].text == "-") for g in head_part):
            ids = ids + list(head_part)
    # "Finance Minister Anna Berg said": capitalised words just before the subject belong to it
    lo = _left_name_edge(doc, ids[0], doc.sentences[w.sent].first, adjacent=True)
    ids = list(range(lo, ids[0])) + ids
    first = doc.sentences[w.sent].first
    k = ids[0] - 1
    if k - 1 >= first and ids[-1] + 1 < w.index and doc.words[k].text == "," and doc.words[k - 1].upos == "PROPN" \
            and doc.words[ids[0]].upos == "DET" and doc.words[ids[-1] + 1].text == ",":
        # "But earlier this month, Oksana Lamb, an adviser to the mayor, explained" with the name read
        # as an apposition of what precedes it: the name before the description is who speaks
        j = k - 1
        while j - 1 >= first and doc.words[j - 1].upos == "PROPN":
            j -= 1
        if j == first or doc.words[j - 1].text in (",", "—", "–") or doc.words[j - 1].upos == "CCONJ":
            ids = list(range(j, ids[0])) + ids
    return ids


def _dateline_end(doc: ParsedDoc, sent_index: int) -> int | None:
    """Where the dateline or slug that opens a sentence ends ("WASHINGTON (AP) — …", "MYRTLE BEACH, S.C. - …",
    "The Latest: …"): the index of the first word after it, or None."""
    sent = doc.sentences[sent_index]
    first = doc.words[sent.first]
    for j in range(sent.first + 1, min(sent.first + 12, sent.last - 1)):
        t = doc.words[j].text
        if t == ":" and [doc.words[k].text.lower() for k in range(sent.first, j)] == ["the", "latest"]:
            return j + 1
        if t in ("—", "–", "-", "--"):
            spaced = doc.words[j].start > doc.words[j - 1].end and doc.words[j + 1].start > doc.words[j].end
            if spaced and first.text.isupper() and first.text.isalpha() and len(first.text) > 1 and all(
                    doc.words[k].upos in ("PROPN", "PUNCT", "NOUN") and not doc.words[k].text.islower()
                    for k in range(sent.first, j)):
                return j + 1
            return None
    return None


def _without_aside(doc: ParsedDoc, ids: list[int]) -> list[int]:
    """"The Ortiz campaign, for example": a discourse aside at the end of a source is not part of it."""
    for n in (1, 2):
        if len(ids) > n + 1 and doc.words[ids[-n - 1]].text == "," and \
                tuple(doc.words[k].text.lower() for k in ids[-n:]) in ASIDES:
            return ids[:-n - 1]
    return ids


def _inverted_source(doc: ParsedDoc, w: Word, subj: Word) -> list[int]:
    """"said Lena Ortiz, a spokeswoman for the ministry.": the name and its apposition, to the sentence end."""
    sent = doc.sentences[w.sent]
    ids = []
    for k in range(w.index + 1, sent.last):
        t = doc.words[k]
        if t.text in ("“", '"', "‘") or (t.text == "," and k + 1 < sent.last and (
                doc.words[k + 1].upos in ("VERB", "SCONJ", "CCONJ", "AUX") or doc.words[k + 1].text in ("“", '"')
                or doc.words[k + 1].text.lower() in RELATIVE_OPENERS)):
            break  # the source stops before a verb, a quote or a relative clause
        ids.append(k)
    return _trim(doc, set(ids), quotes_ok=False)


def _link_antecedent(doc: ParsedDoc, w: Word, a: Attribution) -> None:
    """A relative-pronoun source ("…, who said …") keeps its text; the antecedent becomes the span that
    ``classify`` types and resolves."""
    if a.source is None or a.source.text.lower() not in RELATIVE or a.source_head is None:
        return
    ante = _antecedent(doc, w, doc.words[a.source_head])
    if ante is None:
        return
    ids = [k for k in _source_ids(doc, ante)[0] if (k < a.source_head or doc.words[k].end <= a.source.start)
           and not (k < ante.index and doc.words[k].deprel == "case" and doc.words[k].head == ante.index)]
    # (not the preposition the antecedent hangs on: "… by the mayor of Leeds, who …" → "the mayor of Leeds")
    if ante.upos in ("PRON", "NUM", "SYM"):
        # "is among those who say …", "against 18% who say …": the pronoun or the figure with its own modifiers
        # (the parse may head the whole sentence with it)
        k = ante.index
        while k - 1 >= doc.sentences[w.sent].first and doc.words[k - 1].head == ante.index and doc.words[
                k - 1].deprel in ("nummod", "det", "det:predet", "amod", "compound", "advmod"):
            k -= 1
        ids = list(range(k, ante.index + 1))
    span = _span(doc, ids)
    if span is not None:
        a.antecedent = span
        a.source_head = ante.index
