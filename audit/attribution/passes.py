"""Passes over all of an article's attributions once the patterns have run: completing clauses the parse left
dangling, dropping nested duplicates, marking withheld comments, keeping questions out of their answers, a tag in
the middle of a sentence, a speaker who goes on in the next sentence, a source identified by a clause, and
deduplication.

Example: "Lee declined to comment" is marked ``no_comment``: who was asked is kept, never counted as a voice.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicons
from ..parse import ParsedDoc
from ..quotes import Quote
from .boundaries import _narrator_goes_on
from .cues import _speech_cue
from .nesting import promise_of_a_clause
from .records import Attribution, NESTED_NOT_VOICED, SPEECH_CLASSES, Span
from .tree import _children, _quote_at, _trim
from .words import DANGLING_VERBS, MID_TAG_STOP, REDUCED_LEAD


CLAUSE_STOPS = {",", ";", ":", "—", "–", "(", ")"}


def _complete_dangling_clauses(doc: ParsedDoc, found: list[Attribution]) -> None:
    """"adding that he thought the Hull-born inspector was “unqualified”", "asking whether the mayor thinks that is
    the only route" with the clause after "thought" hung on a verb above: a content that ends in a verb of saying
    or thinking with nothing it takes goes on to the words right after it, up to the next comma, colon or dash."""
    for a in found:
        if a.pattern not in ("complement", "object") or not a.content_parts:
            continue
        start, end = a.content_parts[-1]
        k = doc.word_at(max(start, end - 1))  # (the offset index, not a scan of the sentences)
        if k is None:
            continue
        sent = doc.sentences[doc.words[k].sent]
        inside = [w for w in doc.words[sent.first:sent.last] if start <= w.start < end and w.upos != "PUNCT"]
        if not inside:
            continue
        last = inside[-1]
        if last.upos != "VERB" or last.lemma.lower() not in DANGLING_VERBS or last.index + 1 >= sent.last \
                or any(c.deprel in ("ccomp", "obj", "xcomp") for c in _children(doc, last.index)) \
                or doc.text[last.end:doc.words[last.index + 1].start].strip():
            continue
        run = []
        for k in range(last.index + 1, sent.last):
            if doc.words[k].text in CLAUSE_STOPS or (a.cue is not None and a.cue.start <= doc.words[k].start < a.cue.end):
                break
            run.append(k)
        run = _trim(doc, set(run))
        if run and not all(doc.words[k].upos == "PUNCT" for k in run):
            a.content_parts[-1] = (start, doc.words[run[-1]].end)


def _drop_nested_positions(doc: ParsedDoc, found: list[Attribution]) -> list[Attribution]:
    """"Tanner said he thinks the campaign is vague", "Ruiz said the mayor attacked the plan": one statement,
    reported by "said". A belief, a stance, a commitment or a characterisation ("attacked", "claimed") inside what
    someone is reported to have said is that speaker's account, not a second attribution: the person inside it
    is not given a voice, and counting it would count the statement twice. A plain statement inside one ("Ruiz
    said the mayor told her …") stays: it names who said what. On PolNeAR train, the records this drops match a
    gold cue one time in six (85 of 517)."""
    def nested(a: Attribution) -> bool:
        # (a promise of a clause, "the contractor promised that the bridge would reopen", is a statement of its
        # own: it stays, as a nested one, see :mod:`.nesting`)
        return a.cue_class in NESTED_NOT_VOICED and a.cue is not None and a.source is not None \
            and not promise_of_a_clause(a, doc.text) and any(
            b is not a and (b.cue_class in SPEECH_CLASSES and b.source is not None or b.pattern == "question")
            and any(x <= a.cue.start and a.cue.end <= y for x, y in b.content_parts) for b in found)
    return [a for a in found if not nested(a)]


def _mark_withheld(doc: ParsedDoc, found: list[Attribution], lex: Lexicons) -> None:
    """"A spokesman declined to comment", "Ortiz refused to say whether …": a refusal whose infinitive is a
    withheld verb (``[no_comment]`` in reporting_verbs.toml) says nothing; the record stays, marked."""
    refusals, withheld = lex.no_comment.get("refusals", ()), lex.no_comment.get("withheld", ())
    for a in found:
        if a.cue is None or a.source is None:
            continue
        lo, hi = doc.word_at(a.cue.start), doc.word_at(a.cue.end - 1)
        cue_words = doc.words[lo:hi + 1] if lo is not None and hi is not None else []
        if a.cue_lemma.lower() in withheld and any(w.lemma.lower() in refusals for w in cue_words):
            a.no_comment = True  # "refused to say whether …": the refusal leads the cue
            continue
        k = doc.word_at(a.content_start)
        if a.cue_lemma.lower() not in refusals or k is None:
            continue
        first = next((w for w in doc.words[k:] if w.start >= a.content_end or w.upos in ("VERB", "AUX")), None)
        first = first if first is not None and first.start < a.content_end else None
        if first is not None and (first.lemma.lower() in withheld or (lex.verb_lemma(first.text) or "") in withheld):
            a.no_comment = True


def _questions_out_of_answers(doc: ParsedDoc, found: list[Attribution]) -> None:
    """"Sanders had previously said, “We’ll see,” when asked whether he would fundraise …": the occasion of an
    answer, a question put to the speaker ("when asked …"), is no part of what they said, and is a record of its
    own; the answer's content is cut where the question opens, where words of the answer remain."""
    text = doc.text
    for q in found:
        if q.pattern != "question" or q.cue is None or q.cue_lemma != "ask":
            continue
        k = doc.word_at(q.cue.start)
        cue_word = doc.words[k] if k is not None else None
        if cue_word is None or cue_word.index == doc.sentences[cue_word.sent].first:
            continue
        lead = doc.words[cue_word.index - 1]
        if lead.text.lower() not in REDUCED_LEAD:
            continue
        lo, hi = lead.start, q.content_end
        for a in found:
            part = next(((x, y) for x, y in a.content_parts if x <= lo < y), None)
            if a is q or a.source is None or a.cue is None or part is None or not (
                    cue_word.head >= 0 and a.cue.start <= doc.words[cue_word.head].start < a.cue.end
                    or text[part[0]:lo].rstrip(" ,")[-1:] in ("”", '"', "’")):
                continue  # a question put to the speaker hangs on their cue or follows their quotation (not
                # "the videos show Scott calmly leaving his car when asked to do so")
            parts = []
            for x, y in a.content_parts:
                if not x <= lo < y:
                    parts.append((x, y))
                    continue
                for u, v in ((x, lo), (min(max(hi, x), y), y)):
                    piece = text[u:v]
                    if piece.strip(" ,;:.—–"):
                        u += len(piece) - len(piece.lstrip(" ,;:—–"))
                        parts.append((u, u + len(text[u:v].rstrip(" ,;:—–"))))
            if parts and parts != a.content_parts:
                a.content_parts = parts


def _leave_questions_out(found: list[Attribution]) -> None:
    """"Asked why the city waited, Earnest responded, “…”": the question someone put is not part of the answer
    that follows it; a content part that holds the question's cue is left out where another part remains."""
    for q in found:
        if q.cue is None or not (q.pattern == "question" or q.pattern == "passive" and q.cue_lemma == "ask"):
            continue
        for a in found:
            if a.source is None or len(a.content_parts) < 2:
                continue
            keep = [(x, y) for x, y in a.content_parts if not x <= q.cue.start < y]
            if keep and len(keep) < len(a.content_parts):
                a.content_parts = keep


def _around_mid_tag(doc: ParsedDoc, found: list[Attribution], speech: list[Quote]) -> None:
    """"The goal, he said, is to forge a durable cease-fire", "For decades, Mr. de Vos noted, the United States has
    deployed observers": a tag clause set off by commas inside a sentence of paraphrase reports the sentence on
    both sides of it, however the parse hung the two halves. Not what follows as a participle, an apposition or a
    second clause ("Sales were great, he said, wiping sweat off his face"; "…, Sanders said, a policy that …";
    "…, KING-TV reported, while in Chicago …"), nor a sentence adverb before it ("But ultimately, other experts
    say, …"). Sentences with quotation marks are left to the quotation rules."""
    text = doc.text
    for a in found:
        if a.source is None or a.cue is None or a.pattern not in ("parenthetical", "complement", "fronted") \
                or not a.source.start < a.cue.start:
            continue
        sent = doc.sentences[a.sentence_index]
        if not sent.start <= a.source.start < sent.end or any(q.start < sent.end and sent.start < q.end for q in speech):
            continue  # (an apostrophe is no quotation: "If it’s just a few delegates, the campaign said, …")
        before = text[sent.start:a.source.start].rstrip()
        # the tag ends at the next comma, with no more than an occasion or an addressee after the cue ("he said in
        # an interview,") and nothing of what was said
        tail = [w for w in doc.words[sent.first:sent.last] if w.start >= a.cue.end]
        close = next((i for i, w in enumerate(tail) if w.text == ","), None)
        if not before.endswith(",") or close is None or close > 5 or any(
                w.upos in ("VERB", "AUX") for w in tail[:close]) or any(
                x < tail[close].start and y > a.cue.end for x, y in a.content_parts):
            continue
        opening, comma = sent.start + len(before) - 1, tail[close].start  # the commas around the tag
        first = [w for w in doc.words[sent.first:sent.last] if w.start < opening]
        rest = [w for w in doc.words[sent.first:sent.last] if w.start > comma]
        while rest and rest[-1].upos == "PUNCT":
            rest.pop()
        if len([w for w in first if w.upos != "PUNCT"]) < 2 or any(w.text in (",", ";", ":", "—") for w in first) \
                or not any(w.upos in ("NOUN", "PROPN", "PRON", "NUM", "VERB", "AUX", "ADJ") for w in first) \
                or len(rest) < 2 or rest[0].xpos == "VBG" \
                or rest[0].text.lower() in MID_TAG_STOP or any(w.upos == "PUNCT" and w.text in ";:" for w in rest):
            continue
        cut = _narrator_goes_on(doc, [w.index for w in rest])
        if cut is not None:  # ("…, they said, isn't going anywhere, and most don't expect …")
            rest = rest[:cut]
        a.content_parts = [(first[0].start, first[-1].end), (rest[0].start, rest[-1].end)]


def _speaker_goes_on(doc: ParsedDoc, found: list[Attribution]) -> None:
    """"Halvorsen said that the mayor was not changing course by taking their money, noting that …": a participle
    cue right after another statement's content is that speaker going on, whatever clause of the content the
    parse hung it on; it takes that statement's source."""
    for b in found:
        if b.cue is None or b.source_head is None or b.cue_lemma == "according to" \
                or not doc.text[max(0, b.cue.start - 40):b.cue.start].rstrip().endswith(","):
            continue
        head = doc.word_at(b.cue.start)
        if head is None or doc.words[head].xpos != "VBG":
            continue
        for a in found:
            if a is b or a.source is None or a.cue is None or a.cue.end > b.cue.start \
                    or a.cue_class not in ("neutral", "loaded", "framing") \
                    or doc.text[a.content_end:b.cue.start].strip(" ,”\"’") != "":
                continue
            b.source, b.source_head, b.via, b.antecedent = a.source, a.source_head, a.via, a.antecedent
            b.source_core = a.source_core
            break


def _with_identifying_clause(doc: ParsedDoc, found: list[Attribution], speech: list[Quote], lex: Lexicons) -> None:
    """"“…,” said Steven Ekovich, a broker in Tampa, who represents sellers of golf courses.": a relative clause
    after a source that follows its cue says who the speaker is, and is part of the source as written (PolNeAR's
    guidelines: what identifies the source or establishes its credibility). A clause with a speech cue of its own
    ("…, who noted that …") is an attribution of its own and stays out (a stance stays in: "…, who endorsed Sanders");
    the content never takes the clause."""
    for a in found:
        clause = re.search(r",\s+(?:who|whose|which)\b", a.source.text) if a.source is not None else None
        if clause and a.source_core is None and a.antecedent is None:
            # "A senior executive at a Geneva trading house, who was not authorised to speak, said": the source as
            # written keeps a clause the parse hung inside it; the speaker is read without it
            end = a.source.start + clause.start()
            a.source_core = Span(a.source.start, end, doc.text[a.source.start:end])
        if a.source is None or a.cue is None or a.source.start < a.cue.end or a.source_head is None:
            continue
        m = re.match(r",\s+(?:who|whose|which)\b", doc.text[a.source.end:a.source.end + 12])
        if not m:
            continue
        sent = doc.sentences[doc.words[a.source_head].sent]
        k = doc.word_at(a.source.end + m.end() - 1)
        if k is None:
            continue
        end = None
        for j in range(k, sent.last):
            t = doc.words[j]
            q = _quote_at(speech, t.start)
            if t.text in ("“", "‘", ";", ":", "(") or t.text in ('"', "''") and q is not None and q.start == t.start:
                break  # the speaker's next words, or another clause
            if _speech_cue(doc, j, lex) and q is None:
                end = None
                break
            if t.upos != "PUNCT":
                end = j
        if end is None:
            continue
        b = doc.words[end].end
        if any(x < b and a.source.end < y for x, y in a.content_parts):
            parts = [(x, y) for x, y in a.content_parts if y <= a.source.end or x >= b]
            if not parts:
                continue
            a.content_parts = parts
        a.source_core = a.source
        a.source = Span(a.source.start, b, doc.text[a.source.start:b])


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per cue; where two cues claim the same content keep the more confident. A cue that
    holds another one ("declined to say" around "declined") is the same speech act counted twice: the inner
    cue stays."""
    out: list[Attribution] = []
    seen_cue: set[tuple[int, int]] = set()
    for a in sorted(found, key=lambda x: -x.confidence):
        key = (a.cue.start, a.cue.end) if a.cue else (a.content_start, a.content_end)
        if key in seen_cue:
            continue
        seen_cue.add(key)
        out.append(a)
    cues = [(a.cue.start, a.cue.end) for a in out if a.cue]
    return [a for a in out if a.cue is None or not any(
        a.cue.start <= s and e <= a.cue.end and (s, e) != (a.cue.start, a.cue.end) for s, e in cues)]
