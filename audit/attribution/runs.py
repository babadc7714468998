"""Quotation runs and continuations: a quotation that runs on over the next sentences or paragraphs without a cue
of its own extends the attribution before it; a quotation left open ends with its tag; a quotation after a
naming verb with a subject is that subject's characterisation, not a title.

Example: "“We will win,” Lee said. “Nobody will stop us.”" → one attribution whose content has two parts.
"""
from __future__ import annotations

import bisect

from ..lexicon import Lexicons
from ..parse import ParsedDoc
from ..quotes import Quote, SpanIndex
from .boundaries import _aside
from .cues import _word_class
from .records import Attribution, QUOTE_CHARS
from .tree import _children, _inner_text, _quote_at, _sentence_of
from .words import NAMING_VERBS, RELATIVE


def _close_open_quotations(doc: ParsedDoc, found: list[Attribution], speech: list[Quote]) -> None:
    """A content that ends inside a quotation it opened runs to the quotation's close ("proclaims the article a
    “terrific piece and well worth the trip,”", where the parse ended the object at "piece"): a quotation is
    someone's words whole. Not over the record's own cue or source, nor across a paragraph break. (``_closing_mark``
    in ``_tidy_edges`` is the textual half: the one closing mark after the sentence's stop, quoted titles too.)"""
    for a in found:
        parts = list(a.content_parts)
        for n, (s, e) in enumerate(parts):
            q = next((q for q in speech if s <= q.start < e < q.end and q.balanced), None)
            if q is None or "\n" in doc.text[e:q.end] or any(
                    x is not None and e <= x.start < q.end for x in (a.cue, a.source)) or any(
                    e <= s2 < q.end for s2, _ in parts[n + 1:]):
                continue
            parts[n] = (s, q.end)
        a.content_parts = parts


def _close_open_quotes_at_tag(doc: ParsedDoc, quotes: list[Quote], lex: Lexicons) -> None:
    """A quotation mark left open runs to the paragraph end (quotes.find_quotes): in "“We will win this war, the
    minister said. He added that the army was ready. Officials told Reuters the talks had failed." the minister
    would say all of it, and the two attributions after the tag would be lost inside the quotation. Such a
    quotation (not continued by the next paragraph, so no newspaper convention) ends with the first sentence
    whose reporting verb has a subject of its own: its tag."""
    for q in quotes:
        if q.balanced or q.has_close or q.title:
            continue
        for sent in doc.sentences:
            if sent.end <= q.start:
                continue
            if sent.end >= q.end:
                break  # the quotation's last sentence: nothing after it to give back
            if any(w.upos == "VERB" and w.start > q.start and lex.verb_class(w.lemma) is not None
                   and any(c.deprel.startswith("nsubj") for c in doc.children(w.index))
                   for w in doc.sentence_words(sent.index)):
                q.end = sent.end
                break


def _characterisations(doc: ParsedDoc, quotes: list[Quote]) -> None:
    """"what Newt Gingrich called “the loudest … election in modern history”", "charges that Rush Limbaugh
    called ''liberal Democrat lingo''": a quotation after a naming verb with a subject of its own is what that
    subject said of something, not a name or a title ("a restaurant called “Volga”", "what is called a
    “debate”" stay titles: no one in the sentence gave the name)."""
    for q in quotes:
        if not q.title:
            continue
        before = len(doc.text[:q.start].rstrip()) - 1  # the last character before the opening mark
        k = doc.word_at(before) if before >= 0 else None
        if k is None:
            continue
        w = doc.words[k]
        if w.upos == "VERB" and w.lemma.lower() in NAMING_VERBS and (w.xpos != "VBN" or any(
                c.deprel == "aux" for c in _children(doc, w.index))) and any(
                c.deprel == "nsubj" and c.text.lower() not in RELATIVE and c.upos in ("PROPN", "NOUN", "PRON")
                for c in _children(doc, w.index)):
            q.title = False


def _led_quote_sentence(doc: ParsedDoc, att: Attribution, last: int, q: Quote, speech: list[Quote],
                        lex: Lexicons) -> tuple[int, int] | None:
    """The span of the sentence that holds quotation ``q`` right after a tag clause that ends its sentence, when
    at most three words with no verb lead into the quotation ("But “…”", "Now, ''…''"), or the quotation opens it
    and the narrator's words after it hold no verb ("''This was an example of President Obama'' and his team
    ''…''"); in either case no cue stands outside the quotation. None otherwise, and where the cue's sentence goes
    on quoting after the tag clause."""
    if att.pattern != "parenthetical" or att.cue is None or att.cue.start < att.content_end:
        return None
    s = doc.sentences[_sentence_of(doc, q.start)]
    cue_sent = doc.sentences[att.sentence_index]
    if doc.text[last:cue_sent.end].strip(" .,") and any(_quote_at(speech, w.start) is not None for w in
                                                       doc.words[cue_sent.first:cue_sent.last] if w.start >= last):
        return None
    words = [w for w in doc.words[s.first:s.last] if w.upos != "PUNCT"]
    lead = [w for w in words if w.end <= q.start]
    if len(lead) > 3 or any(w.upos == "VERB" for w in lead) or any(w.upos == "AUX" for w in lead) and not (
            len(lead) == 2 and lead[0].upos == "PRON" and lead[1].deprel == "cop"):
        return None
    outside = [w for w in words if _quote_at(speech, w.start) is None]
    if any(w.upos == "VERB" and (_word_class(lex, w) or lex.tag_class(w.lemma.lower())) for w in outside) \
            or any(w.upos in ("VERB", "AUX") for w in outside if w.start >= q.end) and not lead:
        return None
    if not lead and not any(w.start >= q.end for w in outside):
        return None  # a quotation that is the whole sentence: the rule for the speaker going on takes it
    first = words[0].start
    tail = doc.text[first:s.end].rstrip()
    end = first + len(tail.rstrip(".")) if not tail.endswith(("”", '"', "’", "''")) else first + len(tail)
    return (first, end)


def _no_cue_after(doc: ParsedDoc, q: Quote, end: int, lex: Lexicons) -> bool:
    """Whether what follows a quotation up to ``end`` is a relative clause with no cue verb in it."""
    sent = doc.sentences[_sentence_of(doc, q.start)]
    words = [w for w in doc.words[sent.first:sent.last] if q.end <= w.start < end and w.upos != "PUNCT"]
    return bool(words) and words[0].text.lower() in ("which", "who", "where", "when") and not any(
        w.upos == "VERB" and (_word_class(lex, w) or lex.tag_class(w.lemma.lower())) for w in words)


def _extend_with_quote_runs(doc: ParsedDoc, found: list[Attribution], speech: list[Quote],
                            lex: Lexicons) -> list[Attribution]:
    """A quote continuing over later sentences/paragraphs with no cue of its own belongs to the attribution
    whose content ends in the same quote group (or right before it)."""
    if not found:
        return found
    by_group: dict[int, list[Quote]] = {}
    for q in speech:
        by_group.setdefault(q.group, []).append(q)
    parts = SpanIndex(p for att in found for p in att.content_parts)  # every content part, kept up to date below
    covered = lambda q: parts.covers(q.start)  # noqa: E731
    by_start = sorted(speech, key=lambda q: q.start)  # stable: quotations that start together keep their order
    for att in sorted(found, key=lambda a: a.content_end):
        end = att.content_end
        # quotes of the same group after the content
        groups = {q.group for q in speech if q.start < end and q.end >= end - 1 and any(
            a <= q.start < b or a < q.end <= b for a, b in att.content_parts)}
        for g in groups:
            for q in by_group[g]:
                if q.start >= end and not covered(q):
                    att.content_parts.append((q.start, q.end))
                    parts.add(q.start, q.end)
        # the speaker goes on: "“…,” said Caddell. “Yesterday …”" / "“…,” he said. “…”" — the next quote
        # after the cue clause (or right after the content) with no cue of its own joins the content
        last = att.content_end
        if att.pattern == "object" or att.source is None:
            continue  # "has rejected the label, calling herself “a plain-spoken reformer”": what a stance is about
            # is not speech; a quotation after it is not the same words going on (nor after an unattributed
            # claim: "Asked about the vote, …" is followed by the answer)
        if att.cue_class == "belief" and not any(_quote_at(speech, a) is not None for a, _ in att.content_parts):
            continue  # "she plans to cast her first ballot …": an intention or belief paraphrased is not the
            # speaker's next words
        if att.cue is not None and att.cue.end > last:
            last = max(last, att.cue.end, att.source.end if att.source else 0)
        while True:
            # the first quotation at or after ``last`` that no content covers yet
            k = bisect.bisect_left(by_start, last, key=lambda q: q.start)
            q = next((q for q in by_start[k:] if not covered(q)), None)
            if q is None:
                break
            gap = doc.text[last:q.start]
            q_sent = _sentence_of(doc, q.start)
            cue_sent = att.sentence_index
            own_tail = q_sent == cue_sent + 1 and q_sent >= 0 and doc.sentences[q_sent].start >= q.start - 1 and \
                last >= doc.sentences[cue_sent].start and gap.count("\n") <= 1
            led = _led_quote_sentence(doc, att, last, q, speech, lex) if not own_tail and q_sent == cue_sent + 1 \
                and last >= doc.sentences[cue_sent].start and gap.count("\n") <= 1 else None
            if led is not None:
                # "“…,” he said outside the building. But “Trump's candidacy is strengthened …”": the next
                # sentence, a quotation after a connective or with the narrator's words around it and no cue of its
                # own, is the speaker going on, whole
                att.content_parts.append(led)
                parts.add(*led)
                last = led[1]
                continue
            if not own_tail and (len(gap.split()) > 1 or gap.count("\n") > 1 or any(ch.isalnum() for ch in gap)) \
                    and not _aside(doc, last, q.start, cue_sent) and not _next_paragraph_quote(doc, att, last, q, speech):
                break
            s_idx = _sentence_of(doc, q.start)
            s_end = doc.sentences[s_idx].end if s_idx >= 0 else q.end
            # the quote must not carry its own cue ("“…,” she added."); a relative clause on its last words does
            # not stop it ("“… all the way through California,” which votes June 7.")
            if s_end > q.end + 2 and doc.text[q.end:s_end].strip(" .,”\"’") and not _no_cue_after(doc, q, s_end, lex):
                break
            att.content_parts.append((q.start, q.end))
            parts.add(q.start, q.end)
            last = q.end
    return found


def _next_paragraph_quote(doc: ParsedDoc, att: Attribution, last: int, q: Quote, speech: list[Quote]) -> bool:
    """"“…,” said Robert Antonacci. ⏎ “Who cares? It was her speech.”": a paragraph that is one quotation and
    nothing else, right after a paragraph that ends with a quoted speaker's cue clause, is that speaker going
    on (news style names the speaker once)."""
    text = doc.text
    gap = text[last:q.start]
    if gap.count("\n") < 1 or "\n" in text[att.content_start:last].strip():
        return False
    rest = gap[:gap.index("\n")].rstrip()
    if gap[gap.index("\n"):].strip() or rest.strip(" .,”\"’") and (
            # the rest of a tag clause's sentence, which ends the paragraph ("“…,” Carter told the Shangri-La
            # Dialogue, a regional security forum in Singapore. ⏎ “The United States will …”")
            att.pattern != "parenthetical" or att.cue.end > last
            or doc.sentences[att.sentence_index].end < last + len(rest)
            or any(_quote_at(speech, k) is not None for k in range(last, last + len(rest)) if text[k] in QUOTE_CHARS)):
        return False
    if not any(_quote_at(speech, a) is not None for a, _ in att.content_parts) and not (
            _quote_at(speech, att.content_end - 1) is not None and len(_inner_text(doc, q).split()) >= 6):
        # the speaker was quoted, not paraphrased; or the paraphrase ends in the speaker's own words ("Okafor said
        # the plan had “the money and the backing …” ⏎ “I think they can do it, …”"), and what follows is more than a heading
        return False
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    return not text[q.end:para_end].strip(" .,”\"’")
