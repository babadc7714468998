"""Cue words: the lexicon lemma of a cue (with its particle: "point out"), whether a word is a speech cue, the verb
group around a cue ("has been saying"), the lead verb that carries it ("went on to say"), the manner phrase
("said with a grin"), and subject control ("wants to say").

Example: in "She pointed out that the vote was close", ``_cue_lemma`` of "pointed" is "point out".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from .tree import _children, _quote_marks, _subtree
from .words import LEAD_VERBS, MANNER_VERBS, MONTHS, OCCASIONS, TEMPORAL, TOPIC_CASE, TOPIC_ELSEWHERE


def _word_class(lex: Lexicons, w: Word) -> str | None:
    """The cue class of a word read by its form first ("noting" → note, which the lemmatizer reads as "not")."""
    return lex.verb_class(lex.verb_lemma(w.text) or w.lemma)


def _cue_lemma(doc: ParsedDoc, w: Word, lex: Lexicons) -> tuple[str, list[int]]:
    """The cue's lexicon lemma: phrasal ("point out") first; the word form decides when the lemmatizer's
    lemma is not in the lexicon ("insisted" lemmatized as itself still maps to "insist")."""
    base = w.lemma.lower()
    if base not in lex.verbs:
        base = lex.verb_lemma(w.text) or (base if base in lex.quote_tags else lex.tag_lemma(w.text)) or base
    for c in _children(doc, w.index):
        if c.deprel == "compound:prt":
            phrasal = f"{base} {c.text.lower()}"
            if phrasal in lex.verbs or phrasal in lex.quote_tags:
                # "spoke out against the plan", "spoke up about pay": the preposition that opens what it was about
                k = _topic_preposition(doc, w, c.index + 1)
                if k is not None and phrasal in lex.verbs and lex.verb_class(phrasal) in ("stance", "framing") \
                        and doc.words[k].text.lower() in TOPIC_CASE | {"for", "over"}:
                    return phrasal, [c.index, k]
                return phrasal, [c.index]
    # "made clear that …", "made it clear that …": the adjective (and the placeholder "it") are the cue's
    sent = doc.sentences[w.sent]
    for k in (w.index + 1, w.index + 2):
        if k < sent.last and doc.words[k].text.lower() == "clear" and f"{base} clear" in lex.verbs and (
                k == w.index + 1 or doc.words[w.index + 1].text.lower() == "it"):
            return f"{base} clear", list(range(w.index + 1, k + 1))
    # "called for X", "talked about X": the preposition right after the verb, however it was attached
    nxt = w.index + 1
    if nxt < doc.sentences[w.sent].last and doc.words[nxt].text.lower() == "it" and f"{base} it" in lex.quote_tags:
        return f"{base} it", [nxt]  # "as one resident put it, “…”"
    if nxt < doc.sentences[w.sent].last and doc.words[nxt].upos in ("ADP", "ADV", "SCONJ"):
        phrasal = f"{base} {doc.words[nxt].text.lower()}"
        if phrasal in lex.verbs or phrasal in lex.quote_tags:
            return phrasal, [nxt]
        pobj = doc.words[doc.words[nxt].head]
        if doc.words[nxt].text.lower() in TOPIC_CASE and doc.words[nxt].deprel == "case" and \
                lex.verb_class(base) in ("neutral", "loaded", "framing") and base not in TOPIC_ELSEWHERE and \
                pobj.head == w.index and \
                pobj.lemma.lower() not in OCCASIONS | TEMPORAL | MONTHS and not any(
                    c.deprel in ("ccomp", "obj", "xcomp", "iobj") for c in _children(doc, w.index)):
            # "commented on the vote", "boasted about the turnout": what it was about (not "said on Friday
            # that …", "wrote on Twitter": the occasion, with the complement what was said)
            return base, [nxt]
    # "spoke briefly about the cancellation", "talked to McConnell about the court": the phrasal verb's
    # preposition after an adverb or the one spoken to
    k = _topic_preposition(doc, w, nxt)
    if k is not None and k > nxt and f"{base} {doc.words[k].text.lower()}" in lex.verbs:
        return f"{base} {doc.words[k].text.lower()}", [k]
    return base, []


def _topic_preposition(doc: ParsedDoc, w: Word, k: int) -> int | None:
    """The preposition at or after word ``k`` that opens a phrase hung on the cue ``w``, past the cue's adverbs
    and the one spoken to ("spoke briefly about …", "talked to McConnell about …", "spoke out sharply against …")."""
    last = doc.sentences[w.sent].last
    while k < last and doc.words[k].upos == "ADV" and doc.words[k].head == w.index:
        k += 1
    heads = {w.index}
    if k < last and doc.words[k].text.lower() in ("to", "with") and doc.words[k].deprel == "case":
        addressee = doc.words[doc.words[k].head]
        if addressee.head == w.index and addressee.deprel.startswith("obl") and addressee.upos in ("PROPN", "NOUN", "PRON") \
                and addressee.lemma.lower() not in TEMPORAL:  # (not "the man I spoke to this week about …")
            # the one spoken to, up to the preposition (the parse may hang the topic on them: "wrote to the mayor
            # about the contract")
            end = next((j for j in range(k + 1, max(_subtree(doc, addressee.index)) + 1)
                        if doc.words[j].deprel == "case" and doc.words[doc.words[j].head].head == addressee.index
                        and doc.words[j].text.lower() != "of"), None)  # (not "the mayor of Leeds": part of the name)
            end = end - 1 if end is not None else max(_subtree(doc, addressee.index))
            if end - k <= 5:
                k = end + 1
                heads.add(addressee.index)
    if k < last and doc.words[k].upos in ("ADP", "SCONJ") and doc.words[k].deprel in ("case", "mark"):
        pobj = doc.words[doc.words[k].head]
        if pobj.head in heads and pobj.upos != "NUM" and pobj.lemma.lower() not in OCCASIONS | TEMPORAL | MONTHS:
            return k  # (not a time or an occasion: "weighed in with her support on Tuesday", "spoke up in 2014")
    return None


def _participle_cue(doc: ParsedDoc, w: Word, lex: Lexicons) -> bool:
    """"…,” Peabody said, adding that …" with "adding" parsed as a second complement of "said": the speaker
    going on, a cue of its own and not part of the first content."""
    return w.deprel == "ccomp" and w.xpos == "VBG" and w.index > 0 and w.head >= 0 \
        and doc.words[w.index - 1].text in (",", "”", '"', "’") and w.index > doc.words[w.head].index \
        and lex.verb_class(_cue_lemma(doc, w, lex)[0]) in ("neutral", "loaded", "framing", "stance")


def _inherits_subject(doc: ParsedDoc, w: Word, lex: Lexicons) -> bool:
    """A cue without a subject of its own that speaks for another clause's subject: a participle ("Clinton spoke
    in Ohio, attacking Trump's tax plan", "…,” Halvorsen said, referring to …") or an infinitive whose verb has
    no object ("Ruiz continued to portray …", "tended to support")."""
    return w.xpos == "VBG" and w.deprel in ("advcl", "conj") or _subject_control(doc, w) or _participle_cue(doc, w, lex)


def _subject_control(doc: ParsedDoc, w: Word) -> bool:
    """"Ruiz refuses to disavow …", "voters tended to support …", "was more likely to support …": an infinitive
    whose governing verb or adjective takes no object speaks for that word's subject ("urged Kyiv to negotiate":
    the object is who would act)."""
    if w.deprel != "xcomp" or w.head < 0 or not any(
            c.deprel == "mark" and c.text.lower() == "to" for c in _children(doc, w.index)):
        return False
    head = doc.words[w.head]
    return head.upos in ("VERB", "AUX", "ADJ") and not any(
        c.deprel in ("obj", "iobj") for c in _children(doc, head.index))


def _speech_cue(doc: ParsedDoc, k: int, lex: Lexicons) -> bool:
    w = doc.words[k]
    return w.upos == "VERB" and _word_class(lex, w) in ("neutral", "loaded", "framing")  # ("noted" read as "not")


def _verb_form(doc: ParsedDoc, w: Word) -> bool:
    """Whether a word tagged as a noun may be a verb form: "-s" or "-ed", or a plain form after a plural subject
    ("records show", "Data show that …") or after a name and before "that" ("Data from the American Community
    Survey show that …"; not a capitalised word, "The Washington Post that …", nor a noun after "a")."""
    if w.text.lower().endswith(("s", "ed")):
        return True
    if w.index == 0:
        return False
    prev = doc.words[w.index - 1]
    return prev.xpos == "NNS" or prev.text.lower() == "data" or (
        prev.upos == "PROPN" and w.index + 1 < len(doc.words) and doc.words[w.index + 1].text.lower() == "that"
        and w.text.islower()
        and not any(doc.words[j].text.lower() in ("a", "an") for j in range(max(0, w.index - 4), w.index)))


def _verb_group(doc: ParsedDoc, w: Word) -> list[int]:
    """The auxiliaries, negation and adverbs right before a cue verb ("has said", "did not immediately
    respond", "is once again questioning"): part of the cue as written."""
    auxes = [c.index for c in _children(doc, w.index) if c.deprel in ("aux", "aux:pass") and c.index < w.index
             # ("“…,” Will wrote": a name the parse read as an auxiliary)
             and not (c.text[:1].isupper() and c.index > 0 and _quote_marks(doc.words[c.index - 1].text))]
    if not auxes:
        return []
    k = w.index
    while k - 1 >= min(auxes) and (doc.words[k - 1].upos in ("AUX", "PART") or (
            doc.words[k - 1].upos == "ADV" and doc.words[k - 1].head == w.index)):
        k -= 1
    return list(range(k, w.index)) if k == min(auxes) else [a for a in auxes if a == w.index - 1]


def _carrier_verb(doc: ParsedDoc, w: Word) -> Word | None:
    """"released a statement saying …", "sent a letter this week urging …": the verb whose object the
    participle describes; the statement is its subject's, and the cue runs from it."""
    if w.xpos != "VBG" or w.deprel != "acl" or w.head < 0:
        return None
    noun = doc.words[w.head]
    if noun.upos != "NOUN" or noun.deprel != "obj" or noun.head < 0:
        return None
    verb = doc.words[noun.head]
    if verb.upos != "VERB" or not 0 < w.index - verb.index <= 10:
        return None
    return verb


def _lead_verb(doc: ParsedDoc, w: Word) -> list[int]:
    """"began by saying", "went on to say", "concluded by noting", "declined to criticize": the verb that
    introduces the cue is part of it as written (the speech act is the cue's; the lead verb only frames it).
    So is a hedge ("seemed to suggest"): the hedge record it would make is then left out (``extract``)."""
    if w.deprel not in ("advcl", "xcomp") or w.head < 0:
        return []
    h = doc.words[w.head]
    if _subject_control(doc, w) and 0 < w.index - h.index <= 5:
        return list(range(h.index, w.index))  # "refuses to disavow", "tended to support"
    marks = [c for c in _children(doc, w.index) if c.deprel == "mark" and c.text.lower() in ("by", "to")]
    if h.upos != "VERB" or h.lemma.lower() not in LEAD_VERBS or not marks or not h.index < marks[0].index < w.index:
        return []
    return list(range(h.index, w.index))


def _manner_phrase(doc: ParsedDoc, w: Word, lemma: str) -> list[int]:
    """How it was said, right after the cue: "said in a statement", "said with a grin", "said, with an awkward smile,"
    are the cue as written (PolNeAR's verb group; on its train and dev splits gold cues keep "in a statement" 54 times
    and leave it out 29, and a "with" manner 13 times against 5). Not "in an interview", "on Twitter", a time or an
    event, which gold cues leave out more often than they keep."""
    last = doc.sentences[w.sent].last
    k = w.index + 1
    if k < last and doc.words[k].text == "," and lemma in MANNER_VERBS:
        k += 1
    if k + 1 >= last or doc.words[k].deprel != "case" or doc.words[k].text.lower() not in ("in", "with"):
        return []
    noun = doc.words[doc.words[k].head]
    if noun.head != w.index or not noun.deprel.startswith("obl") or noun.upos != "NOUN":
        return []
    if doc.words[k].text.lower() == "in" and noun.lemma.lower() not in ("statement", "release"):
        return []
    if doc.words[k].text.lower() == "with" and (lemma not in MANNER_VERBS or "Number=Plur" in noun.feats):
        return []  # (not "joked with reporters": the one spoken to)
    if any(doc.words[j].upos in ("PROPN", "PRON", "VERB", "PUNCT") for j in range(k + 1, noun.index)):
        return []
    ids = list(range(w.index + 1, noun.index + 1))
    if noun.index + 1 < last and doc.words[noun.index + 1].text == "," and doc.words[w.index + 1].text == ",":
        ids.append(noun.index + 1)  # "said, with an awkward smile, …"
    return ids
