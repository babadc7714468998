"""Subjects: who a cue's subject is when the parse did not give it plainly: through relative pronouns
("Mitch McConnell, who said …" → the antecedent), participles ("…, saying …" → the subject of the clause it
hangs on), a name after the cue ("“…,” said Caddell"), a left chunk a parse broke up ("…, Le Monde reported"),
and whether a word can be a source at all (not "the plan", not a time word). How far the source span then
reaches is :mod:`.spans`.

Examples: "…, Le Monde reported" → "Le Monde"; "A poll released Saturday found …" → "poll"; "The town released a
statement saying …" → "The town".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .cues import _carrier_verb, _participle_cue, _verb_group, _word_class
from .records import CLOSE_MARKS, COMP, NOT_HERE, PARTY_TAG, SPEECH_CLASSES, SUBJ
from .tree import _children, _left_name_edge, _more_than, _nominal, _quote_at, _quote_marks, _subtree
from .words import APPROXIMATORS, ASIDES, CLAUSE_OPENERS, QUANTIFIERS, RELATIVE, SHARES, TEMPORAL


def _plausible_source(doc: ParsedDoc, x: Word) -> bool:
    """A misparsed adverbial is not a source: "Friday", "in an interview", "last week"; nor a quotation mark the
    tagger read as a word (the "'''" of "… 'old-school,''' said")."""
    if x.lemma.lower() in TEMPORAL or x.text.lower() in TEMPORAL or _quote_marks(x.text) or x.text in ("'s", "’s"):
        return False  # (the "'s" of "Let's say …" is no one)
    case = [c for c in _children(doc, x.index) if c.deprel == "case" and c.index < x.index]
    if case and case[0].text.lower() == "than" and x.upos == "NUM" and _more_than(doc, case[0].index - 1):
        return True  # "more than 4 in 10 said": a share of people, not a comparison
    if case and case[0].text.lower() in APPROXIMATORS and (x.text.lower() in QUANTIFIERS or any(
            c.deprel == "nummod" and c.index > case[0].index for c in _children(doc, x.index))):
        return True  # "About 9 percent said", "About half of the voters said": an approximation, not a preposition
    if case and any(c.deprel == "det" and c.text.lower() == "what" and c.index == case[0].index + 1
                    for c in _children(doc, x.index)):
        return True  # "in what officials called a hate crime": the preposition takes the free relative, not them
    if case and x.upos == "PROPN" and x.index - case[0].index > 2 and any(
            e.start == x.start and e.label in ("PER", "PERSON", "ORG") for e in doc.entities):
        # "In a meeting with the board of the Washington Post Trump said …": a name the parse glued to the
        # adverbial before it is still the speaker when it starts an entity of its own
        return True
    if case and case[0].text.lower() in CLAUSE_OPENERS and x.deprel in SUBJ:
        return True  # "Though engineers who … say they …": the clause's conjunction, read as a preposition
    return not case


def _subject(doc: ParsedDoc, w: Word, lex: Lexicons | None = None) -> Word | None:
    """A subject the parse did not give the cue as a child (the caller tried those first): the first of these
    ways to find one that applies decides."""
    for find in (_named_after_cue, _inverted_subject, _host_of_relative_cue, _subject_of_conjoined_participle,
                 _issuer_of_carrier):
        found = find(doc, w)
        if found is not NOT_HERE:
            return found
    return _subject_up_the_chain(doc, w, lex)


def _named_after_cue(doc: ParsedDoc, w: Word):
    """"“…,” said Lena Ortiz, a spokeswoman …": the name right after the cue is the speaker ("“…,” said Small": a
    surname the tagger read as a word)."""
    sent = doc.sentences[w.sent]
    nxt = doc.words[w.index + 1] if w.index + 1 < sent.last else None
    if sent.first < w.index < sent.last - 1 and doc.words[w.index - 1].text in (",", *CLOSE_MARKS) \
            and (nxt.upos == "PROPN" or doc.words[w.index - 1].text != "," and nxt.text[:1].isupper()
                 and nxt.upos in ("ADJ", "NOUN", "ADV") and nxt.text.lower() not in TEMPORAL) and w.xpos != "VBG":
        k = w.index + 1
        while k + 1 < sent.last and doc.words[k + 1].upos == "PROPN" and doc.words[k + 1].start == doc.words[k].end + 1:
            k += 1
        return doc.words[k]
    return NOT_HERE


def _inverted_subject(doc: ParsedDoc, w: Word):
    """"“…,” said Caddell": an inverted subject the parser may have read as an object."""
    nxt = w.index + 1
    if nxt < doc.sentences[w.sent].last and w.index > doc.sentences[w.sent].first and w.xpos != "VBG":
        # (", saying Trump …", ", attacking Trump's plan": what follows a participle is its content)
        prev = doc.words[w.index - 1].text
        cand = doc.words[nxt]
        if prev in (",", "—", *CLOSE_MARKS) and (cand.upos in ("PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ")
                                                 or prev in CLOSE_MARKS and _title_participle(doc, cand)):
            head, steps = cand, 0
            while head.head >= 0 and head.head != w.index and steps < 4:
                head, steps = doc.words[head.head], steps + 1
            if head.head == w.index and (head.upos in ("PROPN", "NOUN", "PRON") or _age_noun(doc, head)) \
                    and _plausible_source(doc, head):
                return head
            if (prev in CLOSE_MARKS and w.deprel in ("root", "parataxis") or prev == "," and w.deprel == "parataxis"
                    and w.xpos in ("VB", "VBD", "VBP", "VBZ")) \
                    and not any(c.deprel in SUBJ for c in _children(doc, w.index)):
                # "“…,” said the younger Mr. Brandt, surrounded by …" with the name parsed into the clause after it
                # ("…, say some Democrats, who fear …")
                head = _noun_phrase_after(doc, w)
                if head is not None and _plausible_source(doc, head):
                    return head
    return NOT_HERE


def _host_of_relative_cue(doc: ParsedDoc, w: Word):
    """"“…,” Massimo Franco, a columnist for Corriere della Sera, wrote on Friday" with the cue parsed as a relative
    clause on the apposition: a relative clause has a subject of its own, so the noun it hangs on (and the name
    that noun stands beside) is the speaker."""
    if w.deprel == "acl:relcl" and 0 <= w.head < w.index and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and doc.words[w.index - 1].text == "," and not any(c.deprel in SUBJ for c in _children(doc, w.index)) \
            and not any(g.deprel == "case" for g in _children(doc, w.head)):
        head = doc.words[w.head]
        while head.deprel == "appos" and 0 <= head.head < head.index:
            head = doc.words[head.head]
        return head
    return NOT_HERE


def _subject_of_conjoined_participle(doc: ParsedDoc, w: Word):
    """"Ortiz poked at the mayor's silence during the debate, tweeting, “…”" with the participle conjoined to
    "debate": the subject of the clause it is set in speaks."""
    if w.deprel == "conj" and w.xpos == "VBG" and 0 <= w.head < w.index and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and doc.words[w.index - 1].text == ",":
        above = _subject_of_clause_above(doc, w)
        if above is not None and _plausible_source(doc, above) and above.text.lower() not in RELATIVE | {"this", "it"}:
            return above  # (not "That" of a quotation the clause above holds: "-- ''That makes me smart'' --")
    return NOT_HERE


def _issuer_of_carrier(doc: ParsedDoc, w: Word):
    """"The town released a statement saying …": whoever issued the statement speaks."""
    carrier = _carrier_verb(doc, w)
    if carrier is not None:
        return next((c for c in _children(doc, carrier.index) if c.deprel in ("nsubj", "nsubj:outer")), None)
    return NOT_HERE


def _subject_up_the_chain(doc: ParsedDoc, w: Word, lex: Lexicons | None) -> Word | None:
    """"X said ... and added ...", "X has pledged to ...", "..., X said, adding that ...": the head's subject."""
    if not ((w.deprel in ("conj", "xcomp", "advcl") or w.deprel == "parataxis" and w.xpos == "VBG"
             or lex is not None and _participle_cue(doc, w, lex)) and w.head >= 0):
        return None
    # (", saying that …" parsed as parataxis: the participle goes on the clause it hangs on)
    head = doc.words[w.head]
    if w.xpos == "VBG" and head.head >= 0 and _clause_above(doc, w, w.index + 1) is not None:
        # that clause is what was said (``_detached_clause``); its subject is not the speaker, the subject above
        # it is
        head = doc.words[head.head]
    for _ in range(3):  # "Dean … appeared on MSNBC and began by saying …": up the chain to a subject
        if any(c.deprel in ("nsubj", "nsubj:outer") for c in _children(doc, head.index)) \
                or head.deprel not in ("conj", "xcomp", "advcl") or head.head < 0:
            break
        head = doc.words[head.head]
    if w.deprel == "conj" and lex is not None:
        head = _nearest_cue_above(doc, w, head, lex)
    # ("Ruiz was forced into damage control and said …": a conjoined cue shares a passive subject too)
    subjects = [c for c in _children(doc, head.index) if (c.deprel in ("nsubj", "nsubj:outer") or (
        c.deprel == "nsubj:pass" and w.deprel == "conj" and head.index == w.head and c.upos in ("PROPN", "PRON")
        and c.index < head.index and any(g.deprel == "cc" and g.index == w.index - 1 for g in _children(doc, w.index))))
        and not _quote_marks(c.text)]
    if subjects:
        # (the nearest before the verb where the parse gave it two: "WASHINGTON — Sen. Lee defended …")
        return max((c for c in subjects if c.index < head.index), key=lambda c: c.index, default=subjects[0])
    if lex is not None and head.upos == "VERB" and _word_class(lex, head) in SPEECH_CLASSES and w.xpos == "VBG" \
            and _word_class(lex, w) in SPEECH_CLASSES and head.index < w.index and doc.words[w.index - 1].text == ",":
        # "“…,” Port Chairman Oskar Dahl (R-Eastbridge) said in a statement, adding that …": the participle
        # shares the source its cue read from the surface, where the parse gave that cue no subject
        return _left_chunk_subject(doc, head)
    return None


def _nearest_cue_above(doc: ParsedDoc, w: Word, head: Word, lex: Lexicons) -> Word:
    """"he told Kyodo that Kiev could agree …, and maintained …": the conjoined cue shares the subject of the
    nearest cue above it, not of the verb inside that cue's content (the top-most cue above wins)."""
    up = head
    for _ in range(8):
        if up.upos == "VERB" and _word_class(lex, up) and up.index != w.index \
                and any(c.deprel in ("nsubj", "nsubj:outer") for c in _children(doc, up.index)):
            head = up
        if up.head < 0:
            break
        up = doc.words[up.head]
    return head


def _age_noun(doc: ParsedDoc, x: Word) -> bool:
    """"the 46-year-old", "a 30-year-old": an age used as a noun, which the tagger reads as an adjective."""
    return x.text.lower() == "old" and x.index >= 2 and doc.words[x.index - 1].text == "-" \
        and doc.words[x.index - 2].lemma.lower() in ("year", "month") and any(
            c.deprel == "det" for c in _children(doc, x.index))


def _title_participle(doc: ParsedDoc, x: Word) -> bool:
    """A lower-case participle that opens a title before a name ("retired Army Lt. Gen. …", "embattled Mayor …")."""
    return x.upos == "VERB" and x.xpos in ("VBN", "VBD") and x.text.islower() and x.index + 1 < len(doc.words) \
        and doc.words[x.index + 1].upos == "PROPN"


def _noun_phrase_after(doc: ParsedDoc, w: Word) -> Word | None:
    """The last noun of the noun phrase right after ``w``, read from the surface (up to 8 words)."""
    last = doc.sentences[w.sent].last
    k, noun = w.index + 1, None
    if k + 1 < last and _title_participle(doc, doc.words[k]):
        k += 1  # "said retired Army Lt. Gen. Mick Bednarek" with "retired" parsed as a verb
    while k < last and doc.words[k].upos in ("DET", "NUM", "ADJ", "PROPN", "NOUN") and k - w.index - 1 < 8:
        # ("said one Republican involved in the planning": a capitalised word the tagger read as an adjective)
        noun = doc.words[k] if doc.words[k].upos in ("PROPN", "NOUN") or (
            doc.words[k].upos == "ADJ" and doc.words[k].text[:1].isupper()) else noun
        k += 1
    return noun


def _title_verb(doc: ParsedDoc, i: int) -> bool:
    """"retired General Keith Kellogg", "acting Director …", "President-elect": a title the parse read as a
    verb, part of the name it opens or ends."""
    sent = doc.sentences[doc.words[i].sent]
    return doc.words[i].upos == "VERB" and (i > sent.first and doc.words[i - 1].text == "-" or (
        i + 1 < sent.last and doc.words[i + 1].upos == "PROPN"
        and (i == sent.first or doc.words[i - 1].text in (",", "—", *CLOSE_MARKS))))


def _subject_of_clause_above(doc: ParsedDoc, w: Word) -> Word | None:
    """The subject of the clause a participle after a comma is set in, whatever noun the parse hung it on: up from
    the word it hangs on to a verb with a subject before the participle (within four steps)."""
    v, steps = doc.words[w.head] if w.head >= 0 else None, 0
    while v is not None and steps < 4 and not (v.upos in ("VERB", "AUX") and any(
            c.deprel in ("nsubj", "nsubj:outer") and c.index < w.index for c in _children(doc, v.index))):
        v, steps = (doc.words[v.head] if v.head >= 0 else None), steps + 1
    subjects = [c for c in _children(doc, v.index) if c.deprel in ("nsubj", "nsubj:outer") and c.index < w.index] \
        if v is not None and v.sent == w.sent else []
    return subjects[-1] if subjects else None


def _misread_tag_name(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Word | None:
    """"“My apologies, I'm sorry,” Quick said", "…,” Will wrote": a name that is also a common word, which the
    parse read as an adjective or an auxiliary, between a quotation's close and its tag verb."""
    first = doc.sentences[w.sent].first
    k = w.index - 1
    while k >= first and w.index - k <= 3 and doc.words[k].text[:1].isupper() and doc.words[k].upos != "PUNCT":
        k -= 1
    if k == w.index - 1 or k <= first or not _quote_marks(doc.words[k].text) \
            or doc.words[k - 1].text not in (",", "?", "!"):
        return None
    q = _quote_at(speech, doc.words[k].start)
    return doc.words[w.index - 1] if q is not None and q.end <= doc.words[k].end else None


def _blamed_for(doc: ParsedDoc, w: Word, lex: Lexicons) -> Word | None:
    """The object of the verb a participle after "for" hangs on ("criticized Lee for saying …", "thanked the
    union for backing her plan"): who the participle is about; None for any other participle, or an object that
    is itself a speech act or a verdict ("has endured criticism for telling …", "gave Lee two stars for
    dismissing …": the subject did it)."""
    if w.xpos != "VBG" or w.index == doc.sentences[w.sent].first or doc.words[w.index - 1].text.lower() != "for" \
            or w.head < 0 or w.deprel not in ("advcl", "acl", "xcomp", "obl"):
        return None
    obj = next((c for c in _children(doc, w.head) if c.deprel in ("obj", "iobj") and c.index < w.index), None)
    if obj is None or obj.upos not in ("PROPN", "NOUN", "PRON") or obj.upos == "NOUN" and (
            lex.nominal_class(obj.lemma.lower()) or any(g.upos == "NUM" for g in _children(doc, obj.index))):
        return None
    return obj


def _subject_taken_by_complement(doc: ParsedDoc, w: Word, kids: list[Word]) -> Word | None:
    """"Builders who hoped to win the contract said the terms were unfair" parsed with "Builders" as a second
    subject of "unfair": a complement after the cue with two subjects, one before the cue, lost the cue's."""
    for c in kids:
        if c.deprel not in COMP or c.index < w.index:
            continue
        subs = [g for g in _children(doc, c.index) if g.deprel == "nsubj"]
        before = [g for g in subs if g.index < w.index and _plausible_source(doc, g)]
        if before and len(subs) > 1 and any(g.index > w.index for g in subs):
            return before[0]
    return None


def _left_chunk_subject(doc: ParsedDoc, w: Word) -> Word | None:
    span = _left_chunk(doc, w)
    return span[0] if span else None


def _object_of_preposition(doc: ParsedDoc, x: Word) -> bool:
    """Whether ``x`` is the object of a preposition inside its sentence, or a conjunct of one ("with the US, China
    and France"; not a heading's "From Andrea Peyser writing at The New York Post: …")."""
    first = doc.sentences[x.sent].first
    for _ in range(4):
        if any(c.deprel == "case" and first < c.index < x.index for c in _children(doc, x.index)):
            return True
        if x.deprel not in ("conj", "flat", "appos") or x.head < 0:
            return False
        x = doc.words[x.head]
    return False


def _left_chunk(doc: ParsedDoc, w: Word) -> tuple[Word, int] | None:
    """No subject in the parse: a nominal chunk right before the verb ("People familiar with the
    negotiations said") whose first noun heads it; returns (head, first word index). Read once per cue and
    document: the subject search, the content cut and the source span all ask for it."""
    memo = doc.__dict__.setdefault("_left_chunks", {})
    if w.index not in memo:
        memo[w.index] = _read_left_chunk(doc, w)
    return memo[w.index]


def _read_left_chunk(doc: ParsedDoc, w: Word) -> tuple[Word, int] | None:
    sent = doc.sentences[w.sent]
    k = w.index - 1
    had_comma = False
    if k - 1 > sent.first and doc.words[k].text == ",":
        # "The campaign, for example, said …": step over a discourse aside between commas
        opener = next((j for j in range(k - 1, max(sent.first, k - 4) - 1, -1) if doc.words[j].text == ","), None)
        if opener is not None and tuple(doc.words[j].text.lower() for j in range(opener + 1, k)) in ASIDES:
            k = opener - 1
    party = PARTY_TAG.search(doc.text[doc.words[sent.first].start:w.start])
    if party is not None:
        # "Senate Majority Leader Mitch McConnell, R-Ky., said": step over the party and state tag
        opener = doc.word_at(doc.words[sent.first].start + party.start())
        if opener is not None and opener - 1 >= sent.first:
            k = opener - 1
    while k >= sent.first and (doc.words[k].upos in ("AUX", "ADV", "PART") or (doc.words[k].text == "," and not had_comma)
                               or doc.words[k].text == ")") and not (
            # "; most said they were worried": a share of people opening the clause is its subject
            doc.words[k].text.lower() in SHARES and (k == sent.first or doc.words[k - 1].upos in ("PUNCT", "CCONJ"))):
        if doc.words[k].text == ")":
            # "Sen. Claire McCaskill (D-Mo.) said": step over the parenthesis
            j = k
            while j > sent.first and doc.words[j].text != "(":
                j -= 1
            if doc.words[j].text != "(" or k - j > 6:
                break
            k = j - 1
            continue
        had_comma = had_comma or doc.words[k].text == ","
        k -= 1
    if had_comma:
        # "US President-elect Donald Trump, who has never supported the idea, has pledged", "Okafor, who has given
        # money to the mayor, said": step over a relative clause between commas
        close = next((j for j in range(w.index - 1, max(sent.first, w.index - 4) - 1, -1)
                      if doc.words[j].text == ","), None)
        opener = next((j for j in range(close - 1, max(sent.first, close - 14) - 1, -1)
                       if doc.words[j].text == ","), None) if close is not None else None
        if opener is not None and opener + 1 < close and doc.words[opener + 1].text.lower() in ("who", "which", "whose"):
            k = opener - 1
            if k >= sent.first and doc.words[k].text[:1].isupper() and doc.words[k].upos in ("ADJ", "VERB", "ADV"):
                # "Small, who attended the rally, said": what "who" stands for is a name, whatever its tag
                start = _left_name_edge(doc, k, sent.first)
                return (doc.words[k], start) if start == sent.first or doc.words[start - 1].upos == "PUNCT" else None
    if k < sent.first or not _nominal(doc.words[k]):
        return None

    def chunk_start(end: int) -> int:
        st = end
        while st - 1 >= sent.first and doc.words[st - 1].text not in (",", "“", '"', "”", ";", ":", "—") \
                and not (doc.words[st - 1].upos in ("VERB", "SCONJ") and doc.words[st - 1].xpos not in ("VBN",)
                         and not _title_verb(doc, st - 1)):
            st -= 1
        return st

    host = _relative_host(doc, k, sent.first)
    if host is not None:
        # "Officials who worked with Mr. Dahl say …": the chunk is the end of a relative clause; who speaks is the
        # noun the clause describes, with the clause
        start = chunk_start(host.index)
        while start < host.index and doc.words[start].upos == "CCONJ":
            start += 1  # (", but the members who … refused": the conjunction joins the clauses)
        return host, start
    start = chunk_start(k)
    chunk = [doc.words[i] for i in range(start, k + 1)]
    if not chunk or len(chunk) > 10 or any(x.upos == "AUX" or (x.upos == "VERB" and x.xpos not in ("VBN",)
                                                               and not _title_verb(doc, x.index)) for x in chunk):
        return None
    own = [doc.words[i] for i in range(start, k + 1) if _nominal(doc.words[i])]
    # an apposition: "Trump's new special envoy to Russia and Ukraine, retired General Keith Kellogg, suggested"
    if had_comma and start - 2 >= sent.first and doc.words[start - 1].text == "," and doc.words[start - 2].upos in ("NOUN", "PROPN"):
        prev = chunk_start(start - 2)
        if prev == sent.first or doc.words[prev - 1].text in (",", "“", '"', "”"):
            # (not a fronted phrase: "Of the budget, Okafor, who …, said")
            if not any(doc.words[i].upos in ("VERB", "AUX") for i in range(prev, start - 1)) \
                    and doc.words[prev].upos != "ADP":
                start = prev
    # the head: the name closest to the verb when the chunk ends in one ("… General Keith Kellogg"), else its
    # first noun ("People familiar with the negotiations")
    head = own[-1] if own and own[-1].upos == "PROPN" and not any(
        c.deprel == "case" for c in _children(doc, own[-1].index)) else (own[0] if own else None)
    # ("legal director for the Tenants Union of Oregon": a name inside the phrase's prepositional phrase does not head it)
    if chunk[0].text.lower() in QUANTIFIERS and len(chunk) > 1 and chunk[1].upos == "ADP":
        head = chunk[0]  # "Many in the crowd said": the quantifier heads its partitive
    return (head, start) if head is not None and _plausible_source(doc, head) else None


def _relative_host(doc: ParsedDoc, end: int, first: int) -> Word | None:
    """The noun a restrictive relative clause describes when the words up to ``end`` close that clause
    ("officials who have worked with Mr. Dahl"): None otherwise."""
    verb = False
    for j in range(end, max(first, end - 12), -1):
        x = doc.words[j]
        if x.upos == "PUNCT" or x.upos == "SCONJ":
            return None
        verb = verb or x.upos == "VERB"
        if x.text.lower() in ("who", "that") and x.upos == "PRON":
            host = doc.words[j - 1]
            if not verb or host.upos not in ("NOUN", "PROPN"):
                return None
            # ("Though neighbours who know the family say …": the conjunction the parse gave the noun as a case)
            opener = all(c.text.lower() in CLAUSE_OPENERS for c in _children(doc, host.index) if c.deprel == "case")
            return host if _plausible_source(doc, host) or opener and host.lemma.lower() not in TEMPORAL else None
    return None


def _surface_source(doc: ParsedDoc, w: Word, subj: Word) -> int | None:
    """Where the source starts when it is the chunk read from the surface right before the cue (``_left_chunk``,
    appositions included) rather than the subject's subtree; None otherwise."""
    if subj.head == w.index and (subj.deprel in SUBJ or w.upos != "VERB") or subj.index >= w.index:
        return None  # (a chunk word the parse hung on the cue otherwise, "Nearly a third say", is read from the surface)
    span = _left_chunk(doc, w)
    return span[1] if span and span[0].index == subj.index else None


def _clause_above(doc: ParsedDoc, w: Word, first: int) -> Word | None:
    """The verb the parse hung the cue on as an adverbial when that verb's clause is the one that follows the cue,
    its subject opening at word ``first`` ("…, saying the gains would outweigh the losses" with "saying" on
    "outweigh"); None otherwise."""
    if w.deprel != "advcl" or w.head <= w.index:
        return None
    v = doc.words[w.head]
    return v if any(c.deprel in SUBJ and min(_subtree(doc, c.index)) == first for c in _children(doc, v.index)) else None


def _apposition_subject(doc: ParsedDoc, name: Word, other: Word, w: Word) -> bool:
    """"Mike Lamb, a veteran of the port authority, said …" parsed with two subjects: the description set off by
    commas between the name and the cue is the name's apposition, and the name speaks (not "The museum, Mr.
    Obama said, would …", where the subject before the cue clause opens what was said)."""
    name_end = max(k for k in _subtree(doc, name.index) if doc.words[k].upos != "PUNCT")
    other_ids = [k for k in _subtree(doc, other.index) if doc.words[k].upos != "PUNCT"]
    verb = min([w.index, *_verb_group(doc, w)])
    return name.upos == "PROPN" and other.upos == "NOUN" and doc.words[name_end + 1].text == "," \
        and min(other_ids) == name_end + 2 and max(other_ids) + 2 == verb and doc.words[verb - 1].text == ","


def _antecedent(doc: ParsedDoc, w: Word, subj: Word) -> Word | None:
    """The noun a relative-pronoun subject stands for: the head of the relative clause, or where the parse
    missed the clause, the name right before ", who"."""
    if subj.head == w.index and w.deprel == "acl:relcl" and 0 <= w.head < subj.index \
            and (doc.words[w.head].upos in ("NOUN", "PROPN", "NUM", "SYM")
                 or doc.words[w.head].text.lower() == "those"):
        return doc.words[w.head]  # ("those who say they …", "18% who say …": a group)
    k = subj.index - 1
    if k - 1 < doc.sentences[w.sent].first or doc.words[k].text != "," or doc.words[k - 1].upos not in ("NOUN", "PROPN"):
        return None
    ante = doc.words[k - 1]
    while ante.deprel in ("flat", "flat:name") and 0 <= ante.head < ante.index:
        ante = doc.words[ante.head]  # "Oskar Dahl": the name's first word heads it
    return ante


def _owner_of_pp_subject(doc: ParsedDoc, w: Word, kids: list[Word]) -> Word | None:
    """"Mr. Morgan of the Sierra Club said" parsed with "Club" as the subject of "said" and "of" as its case
    marker: the noun before the preposition is the subject."""
    for c in kids:
        if c.deprel != "nsubj" or c.index > w.index:
            continue
        case = [g for g in _children(doc, c.index) if g.deprel == "case" and g.index < c.index]
        if not case or case[0].text.lower() not in ("of", "from", "at", "with"):
            continue
        k = case[0].index - 1
        if k >= doc.sentences[w.sent].first and doc.words[k].upos in ("PROPN", "NOUN") \
                and _plausible_source(doc, doc.words[k]):
            return doc.words[k]
    return None


