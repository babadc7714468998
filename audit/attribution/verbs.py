"""Reporting-verb clauses: a verb from ``reporting_verbs.toml`` with its subject and its content, the engine's
main pattern (``X said (that) …``, ``X told Y …``, ``X pledged to …``, passives with an agent, participles), and
verbs that report speech only as a quotation's tag ("“…,” he continued").

Example: "The mayor told reporters on Monday that the bridge would reopen" → source "The mayor", cue "told",
content "the bridge would reopen".
"""
from __future__ import annotations

import re

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .boundaries import _cut_aside, _cut_tag_clause, _cut_who_clause, _phrase_end
from .build import _build
from .clauses import (
    _after_inverted_source, _as_clause_content, _detached_clause, _inverted_apposition, _inverted_speaker,
    _own_clause, _own_span, _prepositional, _rebuilt_clause, _rest_after_tag, _split_off_clause, _stray_predicate,
    _subject_aside, _time_clause, _with_orphans, _with_second_clause)
from .cues import _inherits_subject, _participle_cue, _speech_cue, _word_class
from .objects import _nominal_conjunct, _object_attribution, _object_cue, _predicate_of
from .records import Attribution, BARE_OBL, COMP, SPEECH_CLASSES, SUBJ, Span
from .subjects import (
    _antecedent, _apposition_subject, _blamed_for, _left_chunk, _misread_tag_name, _object_of_preposition,
    _owner_of_pp_subject, _plausible_source, _subject, _subject_taken_by_complement, _surface_source,
    _title_before)
from .tags import (
    _following_quote, _is_reporting_clause, _lead_in, _long_tag_source, _preceding_quote, _quote_after_addressee,
    _quotes_ending_sentence_before, _tag_quote)
from .tree import (
    _children, _finite, _first_word, _nominal, _quote_at, _sentence_of, _subtree, _time_phrase, _trim, _without_by)
from .unattributed import _question, _unanswered
from .words import (
    ADDRESSEE_VERBS, APPROXIMATORS, CLAUSE_VERBS, EVIDENCE_VERBS, MONTHS, NAMING_VERBS, NOT_CLAUSES, OCCASIONS,
    REDUCED_LEAD, RELATIVE, RESPONSE_VERBS, TEMPORAL, TIME_OPENERS, WH_QUESTION, WH_WORDS)


def _verb_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], speech: list[Quote],
                      lex: Lexicons) -> Attribution | None:
    kids = _children(doc, w.index)
    # "While he’s said he believes …": "’s" is "has", not a passive, where the verb takes a clause
    has_said = any(c.deprel == "aux:pass" and c.text.lower() in ("'s", "’s") for c in kids) and any(
        c.deprel == "ccomp" and c.index > w.index for c in kids)
    # ("a biography written by the Herald editor Ann Lee": a participle with its agent is passive whatever
    # subject the parse gave it)
    agentive = w.xpos == "VBN" and w.deprel in ("acl", "advcl") and doc.words[w.index - 1].upos in ("NOUN", "PROPN") \
        and any(c.deprel == "obl:agent" for c in kids) and not any(c.deprel == "aux" for c in kids)
    if w.deprel == "acl" and w.xpos == "VBN" and not agentive and not any(c.deprel in ("obj", "ccomp") for c in kids) \
            and any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].deprel not in ("amod", "acl", "compound")
                    for k in range(doc.sentences[w.sent].first, w.index)):
        # "The law covers people accused of rape": a passive participle on its patient (not a finite verb the parse
        # read as one: "Multiple outlets reported on Wednesday …" has no verb before it)
        return None
    if lemma in NAMING_VERBS and w.xpos == "VBN" and w.index > doc.sentences[w.sent].first and (
            doc.words[w.index - 1].text == "," or _nominal(doc.words[w.index - 1])) and not any(
            c.deprel in SUBJ or c.deprel.startswith(("aux", "obl:agent")) for c in kids):
        # "The scheme, called GX-9, lets …": a participle that names the noun before it; no one speaks
        return None
    # ("one councillor called Lee “the harbour's loudest self-promoter”" parsed as a passive with no auxiliary: an
    # active verb with its object and predicate)
    misread_passive = w.xpos in ("VBD", "VBN") and w.deprel in ("root", "conj", "parataxis", "ccomp") and not any(
        c.deprel in ("aux:pass", "aux", "obl:agent") for c in kids) and any(
        c.deprel in ("obj", "xcomp") and c.index > w.index for c in kids) and any(
        c.deprel == "nsubj:pass" and c.index < w.index for c in kids)
    has_said = has_said or misread_passive
    if (agentive or any(c.deprel in ("aux:pass", "nsubj:pass") for c in kids)) and not has_said:
        # "The issue was first reported by The Washington Post": the agent is the source, the subject the
        # content; without an agent ("it was reported") there is no source in the clause
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
    nxt_text = doc.words[w.index + 1].text.lower() if w.index + 1 < doc.sentences[w.sent].last else ""
    prev_text = doc.words[w.index - 1].text.lower() if w.index > doc.sentences[w.sent].first else ""
    if lemma == "say" and (prev_text == "having" and nxt_text in ("that", "this") or prev_text == "that" and w.xpos == "VBN"
                           and nxt_text == ","):
        return None  # discourse, not speech: "Having said that, …", "That said, …"
    if w.xpos in ("VBN", "VBD") and w.deprel in ("advcl", "root", "parataxis", "ccomp") and (
            w.index == doc.sentences[w.sent].first or doc.words[w.index - 1].text.lower() in REDUCED_LEAD) and not any(
            c.deprel in SUBJ or c.deprel.startswith(("aux", "obl:agent")) for c in kids):
        # "When asked about his speeches, Cruz said …", "Asked whether …": a reduced passive; the one who
        # asked is not in the sentence, and the main clause's subject is the one who was asked
        return None
    if cls == "belief" and (w.deprel == "acl:relcl" or any(
            c.deprel in SUBJ and c.text.lower() in RELATIVE for c in kids)):
        # "builders who sought to build flats": background that describes someone, not a voiced position (a
        return None  # stance there is one: "Trump, who has never supported the idea, …")
    cue_quote = _quote_at(speech, w.start)
    subjects = [c for c in kids if c.deprel in SUBJ and (c.deprel != "nsubj:pass" or has_said)
                and _plausible_source(doc, c)
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
    reduced = None
    when = next((c for c in kids if c.deprel == "nsubj" and c.index == w.index - 1), None)
    if when is not None and when.lemma.lower() in TEMPORAL | MONTHS and doc.words[w.index - 2].xpos == "VBN" \
            and doc.words[w.index - 2].head == w.index:
        # "A Des Moines Register poll released Saturday found that …" parsed with "Saturday" as the subject and the
        # participle as a complement: the participle's patient is who found it
        patient = next((g for g in _children(doc, w.index - 2) if g.deprel == "nsubj:pass" and g.index < w.index - 2
                        and _plausible_source(doc, g)), None)
        if patient is not None:
            direct, reduced = patient, doc.words[w.index - 2]
    if direct is None and w.xpos == "VBG":
        # "…, with 22 percent saying they would not support him": the participle's own subject, after "with"
        first = doc.sentences[w.sent].first
        k = next((j for j in range(w.index - 1, max(first - 1, w.index - 8), -1)
                  if doc.words[j].upos == "PUNCT" or doc.words[j].text.lower() == "with"), None)
        if k is not None and doc.words[k].text.lower() == "with" and k + 1 < w.index:
            roots = [doc.words[j] for j in range(k + 1, w.index) if _nominal(doc.words[j])
                     and not k < doc.words[j].head < w.index]  # the chunk's own head ("three" in "three in 10")
            direct = roots[0] if len(roots) == 1 and all(
                doc.words[j].upos not in ("VERB", "AUX") for j in range(k + 1, w.index)) else None
    if direct is None:
        direct = _owner_of_pp_subject(doc, w, kids) or _subject_taken_by_complement(doc, w, kids)
    blamed = _blamed_for(doc, w, lex) if direct is None else None
    if blamed is not None:
        # "criticized Lee for saying the pier had been sold": the one criticized said it; "praised Ortiz for showing
        # courage", "thanked the union for backing her plan": a deed, not a voiced position, and not the praiser's
        if cls not in SPEECH_CLASSES:
            return None
        direct = blamed
    subj = direct
    if subj is None:
        # "…, Le Monde reported" / "…, retired General Keith Kellogg, suggested": a name right before the verb
        # beats a subject inherited from whatever the parse made the verb's head
        span = _left_chunk(doc, w)
        chunk = span[0] if span else None
        if span is not None and doc.words[span[1] - 1].upos != "PUNCT":
            # "“…,” Okafor, the front-runner … after winning the primary, said": the chunk before the cue is the
            # tail of a longer tag that a verb inside it broke up
            a = _long_tag_source(doc, w, lemma, cls, prt, speech, before=span[1])
            if a is not None:
                return a
        # a participle ("…, saying …", "noting …") takes the subject of the clause it hangs on, not the words
        # before its comma
        subj = chunk if w.deprel in ("conj", "root", "parataxis", "ccomp", "advcl") and w.xpos != "VBG" else None
        subj = _subject(doc, w, lex) if subj is None or w.index - subj.index > 12 else subj
        if subj is None and chunk is not None and w.xpos == "VBG" and doc.words[w.index - 1].upos != "PUNCT" \
                and not any(c.deprel == "aux" for c in kids) and _object_of_preposition(doc, chunk):
            chunk = None  # ("a declaration issued with the US, China and France affirming …": not who affirms)
        subj = subj or chunk or _misread_tag_name(doc, w, speech)
    if subj is None:
        return _long_tag_source(doc, w, lemma, cls, prt, speech)
    ante = _antecedent(doc, w, subj) if subj.text.lower() in RELATIVE else subj
    if ante is None or ante is not subj and cls == "stance" and ante.upos == "PRON":
        # "Mitch McConnell, who said the goal was …": the relative pronoun is the source as written and its
        # antecedent the speaker (``_link_antecedent``); without an antecedent there is no source ("those who
        # back her opponents": whom a group supports defines the group, and is no one's statement)
        return None
    if cls == "stance" and direct is None and not _inherits_subject(doc, w, lex):
        return None  # "expected the parliament to discuss …": a stance needs its own subject
    # (a relative "that" or "which" with its antecedent is the source as written: "a report that said …")
    if subj.upos in ("PRON",) and ante is subj and subj.text.lower() in ("it", "this", "that", "which", "what", "there") and not (
            subj.text.lower() == "it" and cls in ("neutral", "loaded", "framing") and subj.index < w.index
            and not any(c.deprel == "expl" for c in kids)):
        return None  # "it is believed", "that shows": no source ("It says the campaign …": the document)
    if cls == "belief" and w.deprel == "ccomp":
        return None  # "Aides say the governor plans to …", "letting them know he believes …": a belief inside
        # another clause's complement is what that clause reports
    if cls == "belief" and subj.text.lower() in ("i", "you", "we") or cls == "stance" and subj.text.lower() == "you":
        return None  # "I think", "you know": discourse, not attribution; "Do you support Trump?" asks the reader
    lo, hi = _own_span(doc, w, subj)  # the cue clause: where its content before or after it ends
    opened = _quote_at(speech, doc.words[lo].start)
    if opened is not None and opened.start < doc.sentences[w.sent].start and opened.end <= min(subj.start, w.start):
        # ("“No. | Absolutely not,” Lee responded": the tokenizer split the quotation, and the parse hung its last
        # words on the cue; the cue clause starts after the quotation)
        lo = next((k for k in range(lo, w.index + 1) if doc.words[k].start >= opened.end), lo)
    surface = _surface_source(doc, w, subj)
    if surface is not None and surface < lo and doc.words[surface - 1].text == ",":
        lo = surface  # "…, UMWA Director of Government Affairs Phil Smith told POLITICO": the chunk read as the source
    rest_memo: list[tuple[int, int] | None] = []

    def rest_after_tag() -> tuple[int, int] | None:  # asked for by the tag-clause test and the content, read once
        if not rest_memo:
            rest_memo.append(_rest_after_tag(doc, w, hi, speech, lex))
        return rest_memo[0]
    in_quote = _quote_at(speech, w.start) is not None
    if in_quote and (cls in ("belief", "stance") or subj.text.lower() in ("i", "we", "you")):
        return None  # a belief, a stance or "we will publish" inside someone's quotation is part of their words
    sent = doc.sentences[w.sent]
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
    pattern = ""
    has_obj = any(c.deprel in ("obj", "iobj") for c in kids)
    if prt and doc.words[prt[-1]].upos in ("ADP", "SCONJ") and doc.words[prt[-1]].deprel in ("case", "mark") \
            and not comps:
        # "called for the complete repeal of Obamacare", "spoke out against the plan": what follows the
        # preposition, to the clause end
        pobj = doc.words[doc.words[prt[-1]].head]
        right = {k for k in _subtree(doc, w.index) | _subtree(doc, pobj.index) if k > prt[-1]}
        for c in kids:
            if c.deprel in ("conj", "parataxis", "cc") and c.index > prt[-1] and not _nominal_conjunct(doc, c) or (
                    c.index > max(prt[-1], pobj.index) and c.lemma.lower() in OCCASIONS and _time_phrase(doc, c)):
                right -= _subtree(doc, c.index)  # (and the occasion: "called for more funds in a statement")
        ids = _cut_aside(doc, _cut_tag_clause(doc, _trim(doc, right), lex), speech)
        if ids:
            return _build(doc, w, lemma, cls, prt, subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "object")
    if not comps and (cls in ("commitment", "belief") or has_obj):
        # "pledged to resolve", "told supporters to vote", "urged Kyiv to negotiate"
        comps += [c for c in kids if c.deprel == "xcomp" and c.upos in ("VERB", "AUX")
                  and any(g.text.lower() == "to" for g in _children(doc, c.index))]
    if not comps and lemma in lex.no_comment.get("refusals", ()):
        # "refused to comment on the vote", "refused to sign the trade deal": what was refused (an infinitive that
        # is a cue with something of its own to say, "refused to say whether …", is that verb's record, with the
        # refusal leading its cue)
        comps += [c for c in kids if c.deprel == "xcomp" and c.upos == "VERB" and any(
            g.text.lower() == "to" for g in _children(doc, c.index)) and not (_word_class(lex, c) and any(
                g.deprel in ("obj", "ccomp", "xcomp") or g.deprel == "advcl" and any(
                    m.deprel == "mark" for m in _children(doc, g.index)) for g in _children(doc, c.index)))]
    if not comps and has_obj and lemma in ADDRESSEE_VERBS:
        # "asked the students if they were serious", "asked the campaign to release …": the parse hung the
        # question on the verb as an adverbial clause, or the infinitive on the addressee
        obj = next(c for c in kids if c.deprel in ("obj", "iobj"))
        comps += [c for c in kids if c.deprel == "advcl" and c.index > obj.index and lemma == "ask" and any(
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
    if not comps:
        # "proposes doing away with the mandate", "has mentioned refinancing student loans": a gerund complement
        comps += [c for c in kids if c.deprel in ("xcomp", "obj") and c.xpos == "VBG" and c.upos == "VERB"
                  and c.index > w.index and not any(g.deprel == "mark" for g in _children(doc, c.index))
                  # (not an adjective before the addressee: "told cheering supporters that …")
                  and not (c.index + 1 < sent.last and doc.words[c.index + 1].head == w.index
                           and doc.words[c.index + 1].deprel in ("obj", "iobj"))]
    content_ids: set[int] = set()
    if not comps and cls in ("neutral", "loaded", "framing", "belief"):
        # surface fallback when the parse missed the complement: "He notes that …", "told reporters that …"
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
            ids = _cut_tag_clause(doc, _trim(doc, set(range(k, sent.last))), lex)
            if len(ids) > 2:
                return _build(doc, w, lemma, cls, prt, subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
                              "complement")
    if not comps and lemma in ("say", "add", "write", "answer", "reply", "explain", "specify", "disclose"):
        # "three-quarters said the same of Ortiz", "half said so", "everyone said yes": a stand-in for a clause
        same = next((c for c in kids if c.deprel == "obj" and c.index > w.index and c.lemma.lower() == "same"), None)
        k = w.index + 1 + len(prt)
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
            return _build(doc, w, lemma, cls, prt, subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
                          "object")
    if not comps and not has_obj and lemma in CLAUSE_VERBS:
        ids = _cut_tag_clause(doc, _detached_clause(doc, w, len(prt)), lex) or _split_off_clause(doc, w, speech)
        if ids:
            return _rebuilt_clause(doc, w, lemma, cls, prt, subj, ids)
    told = next((c for c in kids if c.deprel in ("obj", "iobj") and min(_subtree(doc, c.index)) == w.index + 1 + len(prt)
                 and (c.upos in ("PROPN", "PRON") or c.lemma.lower() in lex.sources["person_nouns"]
                      or c.lemma.lower() in lex.sources["group_nouns"])),
                None) if not comps and lemma in ADDRESSEE_VERBS and w.text[:1].islower() else None
    if told is not None:
        # "…, telling USA TODAY he had nothing to do with it" with "had" hung elsewhere: past the one told, a
        # clause with its own subject is what was told
        ids = _cut_tag_clause(doc, _detached_clause(doc, w, max(_subtree(doc, told.index)) - w.index), lex)
        if ids:
            return _rebuilt_clause(doc, w, lemma, cls, prt, subj, ids)
    if not comps and (not has_obj or lemma in ADDRESSEE_VERBS) and w.deprel == "advcl" and any(
            c.deprel == "mark" and c.text.lower() == "as" for c in kids) and cls != "stance":
        # ("as she told the Ledger, …", "as some liberals hope, …"; not "as the crowd applauded": a position with
        # no object reports nothing there)
        parts = _as_clause_content(doc, w, speech, lex)
        if parts:
            return _build(doc, w, lemma, cls, prt, subj, parts, "parenthetical")
    # "“You winning?” she said, clapping": a quote that ends right before the cue clause is what was said,
    # whatever the parse hung on the cue after it
    tag = _tag_quote(doc, w, subj, lo, speech, lex)
    if tag is not None:
        return _build(doc, w, lemma, cls, prt, subj, [tag], "parenthetical")
    if not comps and lemma in CLAUSE_VERBS:
        # "officials said the two raised $350 million": the parse read the clause's subject as the object
        # ("Cameron's spokesman said the prime minister stood by …": or as a second subject after the verb)
        obj = next((c for c in kids if c.index > w.index and (c.deprel in ("obj", "iobj") or (
            c.deprel == "nsubj" and subj.index < w.index))), None)
        if obj is not None and obj.text.lower() not in NOT_CLAUSES and obj.index != subj.index:
            right = set(range(min(_subtree(doc, obj.index)), sent.last)) & _subtree(doc, w.index)
            head = doc.words[w.head] if w.head >= 0 else None
            if w.deprel == "advcl" and head is not None and head.index > max(right) and all(
                    doc.words[k].deprel in ("aux", "advmod") and doc.words[k].head == head.index
                    for k in range(max(right) + 1, head.index)) \
                    and head.upos == "VERB" and not any(g.deprel in SUBJ for g in _children(doc, head.index)):
                # "…, saying the gains would outweigh the losses" with "saying" hung on "outweigh", whose subject
                # the parse read as the cue's object: the predicate is the rest of the clause
                right |= {k for k in _subtree(doc, head.index) if k >= min(right)} - {
                    k for c in _children(doc, head.index) if c.deprel in ("conj", "parataxis", "cc") and c.index > head.index
                    for k in _subtree(doc, c.index)}
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
            ids = _cut_tag_clause(doc, _with_orphans(doc, w, _trim(doc, right)), lex)
            if len(ids) > 2 and any(doc.words[k].upos in ("VERB", "AUX") for k in ids) \
                    and doc.words[ids[0]].upos != "ADP":  # (not "said on a media call set up by the unions")
                return _rebuilt_clause(doc, w, lemma, cls, prt, subj, ids)
    if comps and all(c.index > w.index and c.xpos == "VBG" and not any(
            g.text.lower() == "that" or g.deprel in ("nsubj", "aux") for g in _children(doc, c.index)) for c in comps):
        # "“You squeezed employees …” to drive up the stock, she said, referencing …": the participle after
        # a sentence-final tag clause is an aside; what precedes the clause is the content
        lead = _trim(doc, set(range(sent.first, lo)))
        if len(lead) > 2 and doc.words[lo - 1].text == "," and not any(
                _speech_cue(doc, k, lex) and _quote_at(speech, doc.words[k].start) is None for k in lead):
            if doc.words[lead[0]].upos in ("ADV", "CCONJ") and doc.words[lead[1]].text == ",":
                lead = lead[2:]
            return _build(doc, w, lemma, cls, prt, subj, [(doc.words[lead[0]].start, doc.words[lead[-1]].end)],
                          "parenthetical")
        before = next(iter(_quotes_ending_sentence_before(doc, w, speech)), None) \
            if not lead and doc.words[w.index + 1 + len(prt)].text == "," else None
        if before is not None:
            # ("…?” Mr. Lamb said, looking out on the crowd.": the tag split off as a sentence of its own)
            return _build(doc, w, lemma, cls, prt, subj, [(before.start, before.end)], "parenthetical")
    told = _quote_after_addressee(doc, w, speech) if (w.xpos == "VBG" or lemma in ADDRESSEE_VERBS) and not comps \
        else None
    if told is not None:
        # "…, telling CNBC: ''I wish I could be like that.''": a participle's quotation after its colon or comma,
        # not the clause before the participle
        return _build(doc, w, lemma, cls, prt, subj, [(told.start, told.end)], "quote")
    # a participle whose subject is another cue's ("“…,” Lee said, citing slow growth"): with an object of its own
    # it is no tag of the quotation, and with none it takes a clause that opens after it ("…,” Kerr said,
    # mentioning the new album is almost done", the clause hung on "said")
    borrowed = w.xpos == "VBG" and subj.index < w.index and subj.head != w.index
    aside = borrowed and any(c.deprel in ("obj", "iobj") and c.index > w.index for c in kids)
    if borrowed and not comps and not has_obj and doc.words[w.index - 1].text == "," and cls in SPEECH_CLASSES:
        ids = _cut_tag_clause(doc, _detached_clause(doc, w, len(prt)), lex)
        if ids:
            return _rebuilt_clause(doc, w, lemma, cls, prt, subj, ids)
    if comps:
        for c in comps:
            content_ids |= _subtree(doc, c.index)
        pattern = "complement"
    elif not aside and (_is_reporting_clause(doc, w, subj, lo, hi, speech, object_cue=_object_cue(cls, lemma)
                                             and lemma not in ADDRESSEE_VERBS) or (
            # (a parataxis that takes its object after it is no tag clause: "Worried the city might miss its
            # target, the council proposed a steep fee")
            w.deprel == "parataxis" and not (_object_cue(cls, lemma) and _quote_at(speech, doc.words[lo - 1].start)
                                             is None and any(c.deprel in ("obj", "xcomp") and c.index > w.index
                                                             for c in kids))) or (
            w.deprel in ("ccomp", "conj") and _quote_at(speech, doc.words[w.head].start)) or (
            cls in ("neutral", "loaded", "framing") and not has_obj and lo - 1 > sent.first
            and doc.words[lo - 1].text == "," and rest_after_tag() is not None)):
        # ("That approach, many argue, could carry …": a tag clause set off by commas in mid-sentence)
        # "…," X said  /  "…," said X: the rest of the sentence is the content
        pattern = "parenthetical"
        # the content is what precedes the clause: the quote that ends right there, else the words before it
        # (a quote that follows the clause joins later, as the speaker going on)
        prev = doc.words[lo - 1] if lo > sent.first else None
        q = None
        for k in range(lo - 1, max(sent.first - 1, lo - 3), -1):
            q = _quote_at(speech, doc.words[k].start)
            if q is not None:
                break
        if q is not None and q.end <= doc.words[lo].start + 1:
            return _build(doc, w, lemma, cls, prt, subj, [(q.start, q.end)], "parenthetical")
        nq = _quote_at(speech, doc.words[hi + 2].start) if hi + 2 < sent.last and doc.words[hi + 1].text in (",", ":") \
            else None
        if nq is not None and nq.start >= doc.words[hi + 1].end and any(
                _finite(doc, doc.words[k]) and _quote_at(speech, doc.words[k].start) is None for k in range(sent.first, lo)):
            # "…, he looked straight into my camera, furrowed his brow and said, “I'm gonna endorse YOU!”": after a
            # clause of the narrator's own, the quotation the cue opens is what was said
            return _build(doc, w, lemma, cls, prt, subj, [(nq.start, nq.end)], "quote")
        content_ids = set(range(sent.first, lo))
        for c in kids:
            if c.index < lo and (c.deprel in ("advmod", "cc", "discourse") or _quote_at(speech, c.start) is None and (
                    c.deprel in ("obl", *BARE_OBL) or c.deprel == "advcl" and subj.index < w.index and (
                        # (after an inverted tag, "Defending that terrain is his strength, said a handful of
                        # Democrats", a gerund before it is what was said: the cue's own adverbial precedes a subject)
                        c.xpos in ("VBG", "VBN") or any(g.deprel == "mark" for g in _children(doc, c.index))))):
                # "However, …, the IMF said", "Speaking at a rally in Novi, Trump says", "In Honolulu last week,
                # he told …": the cue's own adverbials are not what was said
                content_ids -= _subtree(doc, c.index)
        whens = [c for c in kids if c.index < lo and c.deprel == "advcl" and any(
            g.deprel == "advmod" and g.xpos == "WRB" and g.index < c.index for g in _children(doc, c.index))]
        if whens and all(doc.words[k].upos == "PUNCT" or any(k in _subtree(doc, c.index) for c in whens)
                         for k in content_ids):
            content_ids = set()  # "But when Congress cut funding, Mexico said enough": an adverbial clause only
        if not any(doc.words[k].upos not in ("PUNCT",) for k in content_ids):
            # only the cue's adverbials precede it: what was said follows ("Speaking at a rally, Trump says he
            # is making a demand", whatever the parse hung "making" on)
            after = [k for k in range(hi + 1, sent.last) if doc.words[k].upos != "PUNCT"]
            if len(after) < 3 or lemma not in CLAUSE_VERBS:
                # "Campaigning against Mitt Romney in 2012, he barely mentioned climate change": its object
                return _object_attribution(doc, w, lemma, cls, prt, subj, kids, speech, lex)
            content_ids, pattern = set(range(hi + 1, sent.last)), "complement"
        if not content_ids or prev is None:
            return None
    else:
        if in_quote:
            return None  # inside a quotation only a cue with its own complement reports nested speech
        q = _following_quote(doc, w, speech)
        if q is None and cls in SPEECH_CLASSES and lemma not in EVIDENCE_VERBS:
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
            a = _object_attribution(doc, w, lemma, cls, prt, subj, kids, speech, lex)
            if a is not None:
                return a
        if q is not None and lemma == "show":
            # ("praised Ortiz for showing “real backbone”", "the Sunday morning shows, … “…”"): a
            # quotation after "show" is a quality put on display or someone's next words, never what was shown
            # (on PolNeAR train and dev 3 of 21 such records matched a gold cue)
            q = None
        if q is None and lemma in RESPONSE_VERBS:
            # "responded with a statement", "responded by using the example of Chicago" (the gerund as advcl)
            pp = next((c for c in kids if c.deprel in ("obl", "advcl") and c.index > w.index and any(
                g.deprel in ("case", "mark") and g.text.lower() in ("by", "with") and g.index < c.index
                for g in _children(doc, c.index))), None)
            if pp is not None:
                ids = _cut_tag_clause(doc, _trim(doc, _subtree(doc, pp.index)), lex)
                if len(ids) > 1:
                    a = _build(doc, w, lemma, cls, prt, subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
                               "object")
                    a.confidence = round(min(a.confidence, 0.6), 3)
                    return a
        if q is None and lemma in lex.no_comment.get("answers", ()):
            a = _unanswered(doc, w, lemma, cls, prt, subj, kids)
            if a is not None:
                return a
        if q is None:
            return _object_attribution(doc, w, lemma, cls, prt, subj, kids, speech, lex)
        pattern = "quote"
        parts = [(q.start, q.end)]
        between = doc.text[w.end:q.start]
        if q.start > w.end and ":" not in between and _sentence_of(doc, q.start) == w.sent and any(
                ch.isalnum() for ch in between):
            # "X insisted an invitation was a “necessary thing …”": the words before the quote belong to it
            subj_ids = _subtree(doc, subj.index)
            first = next((k for k in range(w.index + 1, sent.last) if k not in subj_ids and k not in prt
                          and doc.words[k].upos not in ("PUNCT", "ADV")), None)
            that = next((k for k in range(w.index + 1, sent.last) if doc.words[k].start < q.start
                         and doc.words[k].text.lower() == "that" and doc.words[k].deprel == "mark"), None)
            if that is not None and lemma in ADDRESSEE_VERBS:
                first = that  # "told a town hall in Ashford on Monday that the tax is “peanuts”"
            if first is not None and any(
                    doc.words[k].upos == "VERB" and _word_class(lex, doc.words[k]) in SPEECH_CLASSES and (
                        any(c.deprel in SUBJ for c in _children(doc, k))
                        or doc.words[k - 1].text.lower() in ("and", "but"))
                    for k in range(first, sent.last) if doc.words[k].start < q.start and k not in prt):
                # ("accused him of sexism, he warned, “Certainly …”", "did not mention his rivals, but told his
                # supporters, “…”": the quotation is another cue's; this one takes its object, if any)
                return _object_attribution(doc, w, lemma, cls, prt, subj, kids, speech, lex)
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
        return _build(doc, w, lemma, cls, prt, subj, parts, pattern)
    if "parenthetical" == pattern or "complement" == pattern:
        own_src = set(_subtree(doc, subj.index)) - _subtree(doc, w.index)  # ("30 percent of voters saying …")
        chunk = _surface_source(doc, w, subj)
        if chunk is not None:
            own_src |= set(range(chunk, w.index))  # a source read from the surface, with its apposition
        content_ids -= own_src
        ids = _trim(doc, content_ids)
        if pattern == "complement" and ids and ids[0] > w.index:
            ids = [k for k in _with_orphans(doc, w, _with_second_clause(doc, w, subj, ids, lex)) if k > max([w.index, *prt])]
        if pattern == "complement" and ids and ids[0] > w.index:
            ids = sorted(set(ids) | _stray_predicate(doc, w, ids))
        ids = _cut_tag_clause(doc, ids, lex)
        if pattern == "complement" and ids and ids[0] > w.index:
            ids = _cut_who_clause(doc, ids, speech)
        if len(ids) > 3 and ids[-1] < w.index and doc.words[ids[0]].upos in ("ADV", "CCONJ") \
                and doc.words[ids[1]].text == ",":
            ids = ids[2:]  # "However, the boats will not arrive, the authority said": the connective is narration
        if not ids:
            return None
        # widen to the quotations the content starts or ends in (a parse may cut a long quote short),
        # never over the cue itself
        a_, b_ = doc.words[ids[0]].start, doc.words[ids[-1]].end
        qa = _quote_at(speech, a_)
        if qa and qa.start < a_ and not (qa.start <= w.start < qa.end):
            a_ = qa.start
        qb = _quote_at(speech, max(a_, b_ - 1))
        if qb and qb.end > b_ and not (qb.start <= w.start < qb.end):
            b_ = qb.end
        if fronted_subject is not None and pattern == "complement" and a_ > w.end and hi + 1 < sent.last \
                and doc.words[hi + 1].text in (",", "—"):
            # (a cue clause set off in mid-sentence; not "A dock worker for years, she plans to …": a fronted
            # description of the subject)
            front = _trim(doc, _subtree(doc, fronted_subject.index) - _subtree(doc, subj.index))
            if front and doc.words[front[-1]].end <= subj.start:
                return _build(doc, w, lemma, cls, prt, subj,
                              [(doc.words[front[0]].start, doc.words[front[-1]].end), (a_, b_)], pattern)
        if pattern == "complement" and a_ < w.start < b_ and all(
                doc.words[k].upos == "PUNCT" for k in ids if doc.words[k].start > w.end):
            # (only the sentence's closing marks after the cue: the complement is the quotation before it)
            b_ = max(doc.words[k].end for k in ids if doc.words[k].start < w.start)
        if pattern == "complement" and a_ < w.start < b_:
            # the parse put words before the cue into its complement ("While …, the bloc has warned that …");
            # a subject before a parenthetical cue clause stays a part of it ("The difference, he said, is clear")
            after = [k for k in ids if doc.words[k].start > w.end]
            before = _trim(doc, {k for k in ids if k < lo})
            if after and before and len(before) <= 12 and doc.words[before[-1]].end <= doc.words[lo].start \
                    and doc.words[lo - 1].text == "," and not any(doc.words[k].upos in ("VERB", "AUX") for k in before):
                return _build(doc, w, lemma, cls, prt, subj, [(doc.words[before[0]].start, doc.words[before[-1]].end),
                                                               (doc.words[after[0]].start, b_)], pattern)
            if after:
                a_ = doc.words[after[0]].start
        if pattern == "complement" and b_ <= w.start:
            pattern = "fronted"
            if lo > sent.first and doc.words[lo - 1].text == "," and all(
                    doc.words[k].upos == "PUNCT" for k in range(hi + 1, sent.last)):
                # "…, but the Secret Service whisked her away before cops could accompany her, another source
                # said": a tag clause ending the sentence reports all of it, not just the clause the parse chose
                lead = _lead_in(doc, w, lo, speech, lex)
                if lead:
                    a_ = min(a_, doc.words[lead[0]].start)
        elif pattern == "complement" and a_ > w.end and lemma not in ADDRESSEE_VERBS:
            # "said a deal with the unions was close" parsed with "a deal" as the verb's object
            objs = [c for c in kids if c.deprel in ("obj", "iobj") and w.index < c.index and c.start < a_
                    and c.lemma.lower() not in TEMPORAL and c.index not in prt]
            if objs:
                a_ = min(doc.words[min(_subtree(doc, o.index))].start for o in objs)
        if pattern == "complement" and a_ > w.end:
            # "said the simplistic approach put forward by Trump is insufficient" with "approach" read as a second
            # subject of "said"; "told the Times that she took off eight days …" with the clause read as a relative
            # clause on "Times": the complement starts at its subject, or at its "that"
            subj_ids = _subtree(doc, subj.index)
            starts = [doc.words[min(_subtree(doc, c.index))].start for c in kids if c.deprel in SUBJ
                      and c.index > w.index and c.index not in subj_ids and c.start < a_ and c.index not in prt
                      and c.lemma.lower() not in TEMPORAL and not _inverted_speaker(doc, w, c, prt)]
            starts += [doc.words[k].start for k in range(max([w.index, *prt]) + 1, sent.last)
                       if doc.words[k].start < a_ and doc.words[k].text.lower() == "that"
                       and doc.words[k].upos == "SCONJ"][:1]
            if starts:
                a_ = min(a_, min(starts))
            k0 = doc.word_at(a_)
            if k0 is not None and k0 - 1 > w.index and doc.words[k0 - 1].head == w.index and (
                    doc.words[k0 - 1].text.lower() in ("more", "less", "fewer") and doc.words[k0].text.lower() == "than"
                    or doc.words[k0 - 1].text.lower() in APPROXIMATORS and doc.words[k0].upos == "NUM"):
                a_ = doc.words[k0 - 1].start  # "said more than 5,100 civilians had died" with "more" hung on "said"
        if pattern in ("parenthetical", "fronted") and b_ <= w.start:
            rest = rest_after_tag()
            if rest is not None:
                # "In several cases, officials say, they were asked to wait": a tag clause in mid-sentence
                # reports both sides of it
                return _build(doc, w, lemma, cls, prt, subj, [(a_, b_), rest], pattern)
        return _build(doc, w, lemma, cls, prt, subj, [(a_, b_)], pattern)
    return None


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
