"""Reporting-verb clauses: a verb from ``reporting_verbs.toml`` with its subject and its content, the engine's
main pattern, and verbs that report speech only as a quotation's tag. The steps, in order:

1. verbs that are no statement here: a participle on its patient ("people accused of rape"), a naming participle
   ("The scheme, called GX-9, …"), discourse ("Having said that, …"), a reduced passive ("When asked …");
2. a passive with its agent: "The issue was first reported by The Washington Post" (the agent is the source);
3. the subject (:func:`_cue_subject`): the verb's own, a name right before it ("…, Le Monde reported"), the one
   criticized ("criticized Lee for saying …"), a relative pronoun's antecedent;
4. the cue clause's span and the complements it takes (:func:`_complements`);
5. the fallback rules of :mod:`.verb_rules`, each tried in turn ("called for the repeal of …", "He notes that …",
   "said so", "as she told the Ledger");
6. the content (:mod:`.verb_content`): the complement, what precedes a tag clause ("“…,” X said"), a quotation
   after the cue, or the object.

Examples: "The mayor told reporters on Monday that the bridge would reopen" → source "The mayor", cue "told",
content "the bridge would reopen"; "“…,” he continued" → a quotation tag (:func:`_quotation_tag`).
"""
from __future__ import annotations

import re

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .build import _build
from .clauses import _after_inverted_source, _inverted_apposition, _own_span, _prepositional, _subject_aside, _time_clause
from .cue_clause import CueClause
from .cues import _inherits_subject, _participle_cue, _word_class
from .records import CLOSE_MARKS, NOT_HERE, Attribution, COMP, SPEECH_CLASSES, SUBJ, Span
from .spans import _participle_read_as_verb, _title_before
from .subjects import (
    _antecedent, _apposition_subject, _blamed_for, _left_chunk, _misread_tag_name, _object_of_preposition,
    _owner_of_pp_subject, _plausible_source, _subject, _subject_taken_by_complement, _surface_source)
from .tags import _long_tag_source
from .tree import _children, _first_word, _nominal, _quote_at, _subtree, _trim, _without_by
from .unattributed import _question
from .verb_content import _content
from .verb_rules import RULES
from .words import (
    ADDRESSEE_VERBS, ANONYMITY_VERBS, EVIDENCE_VERBS, MONTHS, NAMING_VERBS, REDUCED_LEAD, RELATIVE, TEMPORAL)


def _verb_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], speech: list[Quote],
                      lex: Lexicons) -> Attribution | None:
    kids = _children(doc, w.index)
    agentive = _agentive(doc, w, kids)
    if _no_statement(doc, w, lemma, kids, agentive) or _names_a_thing(doc, w, lemma, kids, lex) \
            or _participle_before_the_cue(doc, w, kids, lex):
        return None
    has_said = _active_despite_parse(doc, w, kids)
    if (agentive or any(c.deprel in ("aux:pass", "nsubj:pass") for c in kids)) and not has_said:
        a = _passive_attribution(doc, w, lemma, cls, prt, speech, lex, kids)
        if a is not None:
            a.trail.append("verbs: a passive with its agent as the source")
        return a
    if _discourse(doc, w, lemma, cls, kids):
        return None
    cx = CueClause(doc, w, lemma, cls, prt, speech, lex, kids)
    a = _with_subject(cx, has_said)
    if a is not None:
        a.trail[:0] = cx.how  # the subject and the rule first, then what shaped the source
    return a


def _with_subject(cx: CueClause, has_said: bool) -> Attribution | None:
    """Steps 3 to 6 of the module doc, noting on ``cx.how`` which ones decided."""
    found = _cue_subject(cx, has_said)
    if found is not NOT_HERE:
        return found
    if _subject_rules_out(cx):
        return None
    _clause_bounds(cx)
    cx.in_quote = _quote_at(cx.speech, cx.w.start) is not None
    if cx.in_quote and (cx.cls in ("belief", "stance") or cx.subj.text.lower() in ("i", "we", "you")):
        return None  # a belief, a stance or "we will publish" inside someone's quotation is part of their words
    cx.comps = _complements(cx)
    cx.has_obj = any(c.deprel in ("obj", "iobj") for c in cx.kids)
    for rule in RULES:
        found = rule(cx)
        if found is not NOT_HERE:
            cx.how.append(f"verbs: rule {rule.__name__.strip('_').replace('_', ' ')}")
            return found
    return _content(cx)


def _no_statement(doc: ParsedDoc, w: Word, lemma: str, kids: list[Word], agentive: bool) -> bool:
    """A participle on its patient or a naming participle: no one speaks."""
    if w.deprel == "acl" and w.xpos == "VBN" and not agentive and not any(c.deprel in ("obj", "ccomp") for c in kids) \
            and any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].deprel not in ("amod", "acl", "compound")
                    for k in range(doc.sentences[w.sent].first, w.index)):
        # "The law covers people accused of rape": a passive participle on its patient (not a finite verb the parse
        # read as one: "Multiple outlets reported on Wednesday …" has no verb before it)
        return True
    if lemma in NAMING_VERBS and w.xpos == "VBN" and w.index > doc.sentences[w.sent].first and (
            doc.words[w.index - 1].text == "," or _nominal(doc.words[w.index - 1])) and not any(
            c.deprel in SUBJ or c.deprel.startswith(("aux", "obl:agent")) for c in kids):
        # "The scheme, called GX-9, lets …": a participle that names the noun before it; no one speaks
        return True
    return _asks_not_to_be_named(doc, kids)


def _name_before_inverted_apposition(cx: CueClause, direct: Word | None) -> Word | None:
    """"…, predicted Ruth Ortiz, a council member." with "Ruth" labelled the object and "member" the subject: in an
    inverted tag the name right after the cue speaks, its apposition after a comma describes it."""
    doc, w = cx.doc, cx.w
    if direct is None or direct.index < w.index or doc.words[w.index - 1].text not in (",", *CLOSE_MARKS):
        return direct
    name = next((c for c in cx.kids if c.deprel in ("obj", "iobj") and c.upos == "PROPN" and c.index < direct.index
                 and min(_subtree(doc, c.index)) == max([w.index, *cx.prt]) + 1), None)
    if name is None or any(doc.words[k].text != "," for k in range(max(_subtree(doc, name.index)) + 1,
                                                                 min(_subtree(doc, direct.index)))):
        return direct
    return name


def _subject_of_its_complement(doc: ParsedDoc, w: Word, c: Word, kids: list[Word]) -> bool:
    """"People familiar with the talks said a deal with the unions was close" with "deal" labelled the subject of
    "said": a noun after the cue whose phrase is followed at once by the finite verb or copula of the cue's own
    clause ("was close") is that clause's subject, not who spoke."""
    if c.index < w.index or c.upos not in ("NOUN", "PROPN", "PRON") \
            or doc.words[w.index - 1].text in (",", *CLOSE_MARKS):
        return False
    nxt = max(_subtree(doc, c.index)) + 1
    if nxt >= doc.sentences[w.sent].last or doc.words[nxt].upos not in ("AUX", "VERB") \
            or doc.words[nxt].xpos not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    pred = doc.words[nxt] if doc.words[nxt].deprel in COMP else doc.words[doc.words[nxt].head]
    return any(k.index == pred.index and k.deprel in COMP for k in kids)


def _participle_before_the_cue(doc: ParsedDoc, w: Word, kids: list[Word], lex: Lexicons) -> bool:
    """"People briefed on the move said that …" parsed with "briefed" as the sentence's verb and "said" as its
    clause: the participle describes the speaker, the speech verb reports (:func:`.spans._participle_read_as_verb`)."""
    nxt = next((c for c in kids if c.deprel in ("ccomp", "parataxis", "conj") and c.index > w.index), None)
    return nxt is not None and _word_class(lex, nxt) in SPEECH_CLASSES and nxt.lemma.lower() not in EVIDENCE_VERBS \
        and _participle_read_as_verb(doc, w, nxt)


def _asks_not_to_be_named(doc: ParsedDoc, kids: list[Word]) -> bool:
    """"A nurse, who declined to be named, …", "asked to be identified only as Marta": a request for anonymity
    (its infinitive a passive of ``ANONYMITY_VERBS``), never a statement; classify reads it for the anonymity."""
    return any(c.deprel == "xcomp" and c.lemma.lower() in ANONYMITY_VERBS and any(
        g.deprel == "aux:pass" for g in _children(doc, c.index)) for c in kids)


_NICKNAME = re.compile(r"\s*[“\"‘']((?:[Tt]he\s+)?[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,3})[,.!?]?[”\"’']")


def _names_a_thing(doc: ParsedDoc, w: Word, lemma: str, kids: list[Word], lex: Lexicons) -> bool:
    """"Locals call the bridge “the harp”", "Residents call the square “the Living Room”": a naming verb in the
    present that gives a thing its name in quotation marks. A name is no claim (a person named is: "called Lee
    “the harbour's loudest self-promoter”", and so is a judgement: "Critics call the plan “a giveaway”")."""
    if lemma not in NAMING_VERBS or w.xpos not in ("VBP", "VBZ"):
        return False
    obj = next((c for c in kids if c.deprel == "obj" and c.index > w.index), None)
    if obj is None or obj.upos != "NOUN" or obj.lemma.lower() in lex.sources["person_nouns"] \
            or obj.lemma.lower() in lex.sources["group_nouns"]:
        return False
    m = _NICKNAME.match(doc.text, doc.words[max(_subtree(doc, obj.index))].end)
    return m is not None and (m.group(1).lower().startswith("the ") or m.group(1)[:1].isupper())


def _agentive(doc: ParsedDoc, w: Word, kids: list[Word]) -> bool:
    # ("a biography written by the Herald editor Ann Lee": a participle with its agent is passive whatever
    # subject the parse gave it)
    return w.xpos == "VBN" and w.deprel in ("acl", "advcl") and doc.words[w.index - 1].upos in ("NOUN", "PROPN") \
        and any(c.deprel == "obl:agent" for c in kids) and not any(c.deprel == "aux" for c in kids)


def _active_despite_parse(doc: ParsedDoc, w: Word, kids: list[Word]) -> bool:
    """An active verb the parse marked passive."""
    # "While he’s said he believes …": "’s" is "has", not a passive, where the verb takes a clause
    has_said = any(c.deprel == "aux:pass" and c.text.lower() in ("'s", "’s") for c in kids) and any(
        c.deprel == "ccomp" and c.index > w.index for c in kids)
    # ("one councillor called Lee “the harbour's loudest self-promoter”" parsed as a passive with no auxiliary: an
    # active verb with its object and predicate; after a semicolon the parse may hang it on the clause before)
    misread_passive = w.xpos in ("VBD", "VBN") and w.deprel in (
        "root", "conj", "parataxis", "ccomp", "advcl") and not any(
        c.deprel in ("aux:pass", "aux", "obl:agent") for c in kids) and any(
        c.deprel in ("obj", "xcomp") and c.index > w.index for c in kids) and any(
        c.deprel == "nsubj:pass" and c.index < w.index for c in kids)
    return has_said or misread_passive


def _passive_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], speech: list[Quote],
                         lex: Lexicons, kids: list[Word]) -> Attribution | None:
    """"The issue was first reported by The Washington Post": the agent is the source, the subject the content;
    without an agent ("it was reported") there is no source in the clause."""
    agent = next((c for c in kids if c.deprel.startswith("obl") and any(
        g.text.lower() == "by" and g.deprel == "case" for g in _children(doc, c.index))), None)
    patient = next((c for c in kids if c.deprel == "nsubj:pass"), None)
    if agent is None or patient is None or cls not in ("neutral", "loaded", "framing", "stance"):
        return None
    # "Rubio was asked by the moderator whether …": the moderator asks, and the question is the content
    question = lex.unattributed_kind(lemma) == "question"
    ids = _question(doc, w, kids, speech) if question else _trim(doc, _subtree(doc, patient.index))
    if len(ids) < (2 if question else 1) or not question and patient.text.lower() in ("it", "this", "that",
                                                                                      "which", "who"):
        return None
    a = _build(doc, w, lemma, cls, prt, agent, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "passive")
    a.source = _without_by(a.source)
    if question and a.source is not None and a.source.end > a.content_start > a.source.start:
        # the parse hung the question on the asker ("by host John Dickerson whether …"): the source ends there
        end = a.source.start + len(doc.text[a.source.start:a.content_start].rstrip(" ,"))
        a.source = Span(a.source.start, end, doc.text[a.source.start:end])
    return a


def _discourse(doc: ParsedDoc, w: Word, lemma: str, cls: str, kids: list[Word]) -> bool:
    """Discourse, a reduced passive, or a belief that describes someone: no voiced statement."""
    nxt_text = doc.words[w.index + 1].text.lower() if w.index + 1 < doc.sentences[w.sent].last else ""
    prev_text = doc.words[w.index - 1].text.lower() if w.index > doc.sentences[w.sent].first else ""
    if lemma == "say" and (prev_text == "having" and nxt_text in ("that", "this") or prev_text == "that" and w.xpos == "VBN"
                           and nxt_text == ","):
        return True  # discourse, not speech: "Having said that, …", "That said, …"
    if w.xpos in ("VBN", "VBD") and w.deprel in ("advcl", "root", "parataxis", "ccomp") and (
            w.index == doc.sentences[w.sent].first or doc.words[w.index - 1].text.lower() in REDUCED_LEAD) and not any(
            c.deprel in SUBJ or c.deprel.startswith(("aux", "obl:agent")) for c in kids):
        # "When asked about his speeches, Cruz said …", "Asked whether …": a reduced passive; the one who
        # asked is not in the sentence, and the main clause's subject is the one who was asked
        return True
    if cls == "belief" and (w.deprel == "acl:relcl" or any(
            c.deprel in SUBJ and c.text.lower() in RELATIVE for c in kids)):
        # "builders who sought to build flats": background that describes someone, not a voiced position
        return True
    if cls == "stance" and " " not in lemma and any(c.deprel in SUBJ and c.text.lower() in ("who", "which")
                                                    for c in kids):
        # "The mayor, who has never backed the plan, arrived late": a position that describes someone is no
        # statement (a stance of speech, "who spoke of …", "who pointed to …", is one)
        return True
    return False


def _cue_subject(cx: CueClause, has_said: bool) -> Attribution | None | object:
    """Who the source is: sets ``cx.subj`` (with ``direct``, ``reduced`` and ``fronted``) and returns
    :data:`NOT_HERE`, or returns the attribution of a long tag a verb inside it broke up, or None."""
    doc, w, kids, speech = cx.doc, cx.w, cx.kids, cx.speech
    cue_quote = _quote_at(speech, w.start)
    subjects = [c for c in kids if c.deprel in SUBJ and (c.deprel != "nsubj:pass" or has_said)
                and _plausible_source(doc, c) and not _subject_of_its_complement(doc, w, c, kids)
                # ("“What he is saying … is that …,” said the second official": a subject the parse found inside
                # the quotation is part of what was said, not who said it)
                and _quote_at(speech, c.start) in (None, cue_quote)]
    # "The museum, Mr. Obama said, would make …" parsed with two subjects: the one next to the cue speaks,
    # the other opens the content
    left = [c for c in subjects if c.index < w.index]
    direct = max(left, key=lambda c: c.index) if left else (subjects[0] if subjects else None)
    fronted_subject = min(left, key=lambda c: c.index) if len(left) > 1 else None
    if fronted_subject is not None and _title_before(doc, fronted_subject, direct):
        fronted_subject = None  # "New York Times columnist David Brooks stated …" parsed with two subjects
    elif fronted_subject is not None and _apposition_subject(doc, fronted_subject, direct, w):
        direct, fronted_subject = fronted_subject, None
    cx.fronted = fronted_subject
    direct = _name_before_inverted_apposition(cx, direct)
    if direct is not None:
        cx.how.append("subject: the verb's own subject")
    direct = _reduced_participle(cx, direct)
    if direct is None and w.head >= 0 and _participle_before_the_cue(doc, doc.words[w.head],
                                                                     _children(doc, w.head), cx.lex):
        direct = next(c for c in _children(doc, w.head) if c.deprel in SUBJ)
        cx.how.append("subject: the subject of the participle the parse read as the verb (“People briefed on the "
                      "move said”)")
    if direct is None and w.xpos == "VBG":
        direct = _subject_after_with(doc, w)
        cx.how += ["subject: the participle's subject after “with”"] if direct is not None else []
    if direct is None:
        direct = _owner_of_pp_subject(doc, w, kids) or _subject_taken_by_complement(doc, w, kids)
        cx.how += ["subject: read through a phrase or a complement the parse took it into"] if direct is not None else []
    blamed = _blamed_for(doc, w, cx.lex) if direct is None else None
    if blamed is not None:
        # "criticized Lee for saying the pier had been sold": the one criticized said it; "praised Ortiz for showing
        # courage", "thanked the union for backing her plan": a deed, not a voiced position, and not the praiser's
        if cx.cls not in SPEECH_CLASSES:
            return None
        direct = blamed
        cx.how.append("subject: the one criticized or praised for what they said")
    cx.direct = cx.subj = direct
    if cx.subj is None:
        return _subject_by_position(cx)
    return NOT_HERE


def _reduced_participle(cx: CueClause, direct: Word | None) -> Word | None:
    """"A Des Moines Register poll released Saturday found that …" parsed with "Saturday" as the subject and the
    participle as a complement: the participle's patient is who found it."""
    doc, w = cx.doc, cx.w
    when = next((c for c in cx.kids if c.deprel == "nsubj" and c.index == w.index - 1), None)
    if when is not None and when.lemma.lower() in TEMPORAL | MONTHS and doc.words[w.index - 2].xpos == "VBN" \
            and doc.words[w.index - 2].head == w.index:
        patient = next((g for g in _children(doc, w.index - 2) if g.deprel == "nsubj:pass" and g.index < w.index - 2
                        and _plausible_source(doc, g)), None)
        if patient is not None:
            direct, cx.reduced = patient, doc.words[w.index - 2]
            cx.how.append("subject: the patient of a participle read as the subject (“a poll released Saturday”)")
    return direct


def _subject_after_with(doc: ParsedDoc, w: Word) -> Word | None:
    """"…, with 22 percent saying they would not support him": the participle's own subject, after "with"."""
    first = doc.sentences[w.sent].first
    k = next((j for j in range(w.index - 1, max(first - 1, w.index - 8), -1)
              if doc.words[j].upos == "PUNCT" or doc.words[j].text.lower() == "with"), None)
    if k is not None and doc.words[k].text.lower() == "with" and k + 1 < w.index:
        roots = [doc.words[j] for j in range(k + 1, w.index) if _nominal(doc.words[j])
                 and not k < doc.words[j].head < w.index]  # the chunk's own head ("three" in "three in 10")
        return roots[0] if len(roots) == 1 and all(
            doc.words[j].upos not in ("VERB", "AUX") for j in range(k + 1, w.index)) else None
    return None


def _subject_by_position(cx: CueClause) -> Attribution | None | object:
    """No subject in the parse: "…, Le Monde reported" / "…, retired General Keith Kellogg, suggested": a name right
    before the verb beats a subject inherited from whatever the parse made the verb's head."""
    doc, w, lemma, cls, prt, speech, kids = cx.doc, cx.w, cx.lemma, cx.cls, cx.prt, cx.speech, cx.kids
    span = _left_chunk(doc, w)
    chunk = span[0] if span else None
    if span is not None and doc.words[span[1] - 1].upos != "PUNCT":
        # "“…,” Okafor, the front-runner … after winning the primary, said": the chunk before the cue is the
        # tail of a longer tag that a verb inside it broke up
        a = _long_tag_source(doc, w, lemma, cls, prt, speech, before=span[1])
        if a is not None:
            cx.how.append("subject: a long tag that a verb inside it broke up")
            return a
    # a participle ("…, saying …", "noting …") takes the subject of the clause it hangs on, not the words
    # before its comma
    subj = chunk if w.deprel in ("conj", "root", "parataxis", "ccomp", "advcl") and w.xpos != "VBG" else None
    subj = _subject(doc, w, cx.lex) if subj is None or w.index - subj.index > 12 else subj
    if subj is None and chunk is not None and w.xpos == "VBG" and doc.words[w.index - 1].upos != "PUNCT" \
            and not any(c.deprel == "aux" for c in kids) and _object_of_preposition(doc, chunk):
        chunk = None  # ("a declaration issued with the US, China and France affirming …": not who affirms)
    cx.subj = subj or chunk or _misread_tag_name(doc, w, speech)
    if cx.subj is None:
        cx.how.append("subject: a long tag read from the surface")
        return _long_tag_source(doc, w, lemma, cls, prt, speech)
    cx.how.append("subject: " + ("the words right before the cue" if cx.subj is chunk else
                                 "the subject of the clause it hangs on" if cx.subj is subj else
                                 "a name the tagger misread in the tag"))
    return NOT_HERE


def _subject_rules_out(cx: CueClause) -> bool:
    """Whether the subject found makes this no attribution: a relative pronoun with no antecedent, "it is
    believed", a belief inside another clause's complement, "I think", "Do you support …?"."""
    doc, w, cls, subj, kids = cx.doc, cx.w, cx.cls, cx.subj, cx.kids
    ante = _antecedent(doc, w, subj) if subj.text.lower() in RELATIVE else subj
    if ante is None or ante is not subj and cls == "stance" and ante.upos == "PRON":
        # "Mitch McConnell, who said the goal was …": the relative pronoun is the source as written and its
        # antecedent the speaker (``_link_antecedent``); without an antecedent there is no source ("those who
        # back her opponents": whom a group supports defines the group, and is no one's statement)
        return True
    if cls == "stance" and cx.direct is None and not _inherits_subject(doc, w, cx.lex):
        return True  # "expected the parliament to discuss …": a stance needs its own subject
    # (a relative "that" or "which" with its antecedent is the source as written: "a report that said …")
    if subj.upos in ("PRON",) and ante is subj and subj.text.lower() in ("it", "this", "that", "which", "what", "there") and not (
            subj.text.lower() == "it" and cls in ("neutral", "loaded", "framing") and subj.index < w.index
            and not any(c.deprel == "expl" for c in kids)):
        return True  # "it is believed", "that shows": no source ("It says the campaign …": the document)
    if cls == "belief" and w.deprel == "ccomp":
        return True  # "Aides say the governor plans to …", "letting them know he believes …": a belief inside
        # another clause's complement is what that clause reports
    if cls == "belief" and subj.text.lower() in ("i", "you", "we") or cls == "stance" and subj.text.lower() == "you":
        return True  # "I think", "you know": discourse, not attribution; "Do you support Trump?" asks the reader
    return False


def _clause_bounds(cx: CueClause) -> None:
    """The cue clause, ``cx.lo`` to ``cx.hi``: where its content before or after it ends."""
    doc, w, subj = cx.doc, cx.w, cx.subj
    lo, cx.hi = _own_span(doc, w, subj)
    opened = _quote_at(cx.speech, doc.words[lo].start)
    if opened is not None and opened.start < doc.sentences[w.sent].start and opened.end <= min(subj.start, w.start):
        # ("“No. | Absolutely not,” Lee responded": the tokenizer split the quotation, and the parse hung its last
        # words on the cue; the cue clause starts after the quotation)
        lo = next((k for k in range(lo, w.index + 1) if doc.words[k].start >= opened.end), lo)
    surface = _surface_source(doc, w, subj)
    if surface is not None and surface < lo and doc.words[surface - 1].text == ",":
        lo = surface  # "…, UMWA Director of Government Affairs Phil Smith told POLITICO": the chunk read as the source
    cx.lo = lo


def _complements(cx: CueClause) -> list[Word]:
    """The clauses the verb takes, less what the parse hung on it that is not what was said."""
    doc, w, lemma, subj, lex, kids, prt = cx.doc, cx.w, cx.lemma, cx.subj, cx.lex, cx.kids, cx.prt
    reduced = cx.reduced
    comps = [c for c in kids if c.deprel in COMP and not _participle_cue(doc, c, lex) and not _time_clause(doc, w, c, lemma)
             and not _subject_aside(doc, w, c, subj) and not _prepositional(doc, c) and c is not reduced
             # ("Tester told USA TODAY's weekly video series." with "series" read as a clause: the one told)
             and not (lemma in ADDRESSEE_VERBS and lemma != "ask" and c.upos in ("NOUN", "PROPN", "NUM") and any(
                 doc.words[k].upos in ("PROPN", "NUM") for k in _subtree(doc, c.index)) and not any(
                 doc.words[k].xpos in ("WDT", "WP", "WRB") for k in _subtree(doc, c.index)) and not any(
                 g.deprel in SUBJ or g.deprel in ("cop", "mark") for g in _children(doc, c.index)))
             and not _inverted_apposition(doc, w, c, subj)
             and not _after_inverted_source(doc, w, c, subj)
             # ("…, Lee said, adding, “Both sides want to settle”": what follows the participle is the participle's)
             and not any(w.index < p.index < c.index and p.xpos == "VBG" and _participle_cue(doc, p, lex) for p in kids)
             # ("…, political analysts say; in 2012, Mitt Romney stumbled …": a semicolon ends what the cue takes)
             and not (c.index > w.index and any(doc.words[k].text == ";" for k in range(w.index + 1, c.index)))]
    if not comps and prt and doc.words[prt[-1]].upos == "ADJ":
        # "made it clear that …": the clause hangs on the adjective
        comps = [c for c in _children(doc, prt[-1]) if c.deprel in COMP and c.index > prt[-1]]
    return comps


def _quotation_tag(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], speech: list[Quote],
                   lex: Lexicons) -> Attribution | None:
    """"“…,” he continued", "Lamb went on: “…”": a verb that reports speech only as a quotation's tag. Read
    as a reporting verb, and kept only when all it reports is quoted ("continued his attacks" is not)."""
    if _quote_at(speech, w.start) is not None or w.deprel in ("acl", "acl:relcl", "amod") or any(
            c.deprel == "xcomp" or c.deprel == "mark" and not (c.text.lower() == "as" and lemma == "put it")
            or c.deprel == "ccomp" and _quote_at(speech, doc.words[_first_word(doc, _subtree(doc, c.index))].start) is None
            for c in _children(doc, w.index)):
        return None  # "as the race continues", "would continue “to break barriers”", "shot back that …" ("as
        # she put it" is a tag)
    a = _verb_attribution(doc, w, lemma, cls, prt, speech, lex)
    if a is None or a.source is None or not a.content_parts or _quote_at(speech, a.source.start) is not None:
        return None
    for s, e in a.content_parts:
        q = _quote_at(speech, s)
        if q is None or e > q.end:
            return None
    # the tag touches its quotation: only the source, punctuation and an adverb or two between them
    after = [s for s, _ in a.content_parts if s >= a.cue.end]
    before = [e for _, e in a.content_parts if e <= a.cue.start]
    a_, b = (a.cue.end, min(after)) if after and (not before or min(after) - a.cue.end < a.cue.start - max(before)) \
        else (max(before) if before else a.cue.start, a.cue.start)
    gap = [x for x in doc.words if a_ <= x.start < b and x.upos != "PUNCT"
           and not a.source.start <= x.start < a.source.end]
    if b == min(after, default=-1) and not re.search(r"[,:—–\n]", doc.text[a.cue.end:b]):
        return None  # "support would continue “until the fight is done”": a quotation it opens is set off
    return a if len(gap) <= 2 else None
