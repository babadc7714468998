"""Attribute stage: (ParsedDoc, Lexicons) → attributions: who said what, with source, cue and content spans.

A pure function of the parse and the lexicons. Patterns, in the order they are tried for each cue:
- a reporting verb (data: ``reporting_verbs.toml``) with a subject and a clausal complement:
  ``X said (that) ...``, ``X told Y (that) ...``, ``X insisted ...``, ``X pledged to ...`` (commitment);
- a tag clause after or inside a quote: ``"...," X said`` / ``"...," said X, a spokeswoman``;
- a reporting verb followed by a quote: ``X said: "..."``, ``X wrote on Telegram: "..."``;
- an object that is what was said: ``X questioned the integrity of the vote``, ``X called for ...``;
- ``according to X, ...`` and ``..., according to X``; ``X, cited by Y`` keeps Y as ``via``;
- surface fallbacks where the parse fails: ``X notes that ...``, nominal cues (``X's claim that``),
  transcript lines (``PENCE: ...``), testimonials (``"..." ― Name``);
- a quote that runs on over the next sentences or paragraphs without a cue of its own extends the
  previous attribution's content (discontinuous content with several parts).
Quotes inside narration that no attribution covers are kept as ``scare`` quotes (not attributions).
``classify.classify`` then resolves speakers and types the sources.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from .lexicon import Lexicons
from .parse import ParsedDoc, Word
from .quotes import Quote, SpanIndex, find_quotes, span_test

SUBJ = ("nsubj", "nsubj:pass", "nsubj:outer", "csubj")
# a noun phrase used as an adverbial without a preposition ("said last week"): obl:tmod and obl:npmod before UD 2.14,
# obl:unmarked since (the shipped models' scheme)
BARE_OBL = ("obl:tmod", "obl:npmod", "obl:unmarked")
COMP = ("ccomp",)
SKIP_DEPRELS = ("amod", "compound", "det", "case", "fixed", "flat", "nmod")
NON_SOURCES = {"plan", "schedule", "law", "rule", "rules", "tradition", "custom", "legend", "script", "protocol",
               "design", "expectation", "expectations", "form", "standard", "procedure", "instruction",
               "instructions", "theory", "definition", "logic", "scripture", "reason", "order", "formula"}
# neutral cues whose object is itself what was said ("announced a ceasefire", "confirmed the deal")
OBJECT_NEUTRAL = {"announce", "confirm", "report", "reveal", "describe", "cite", "mention", "predict",
                  "reiterate", "repeat", "acknowledge", "recount", "publish", "estimate", "quote", "note",
                  "explain", "detail", "outline", "show", "reaffirm", "affirm", "clarify", "convey", "lay out",
                  "retweet", "tweet", "pronounce", "remind", "recall"}
# verbs that introduce a speech act without being one: "began by saying", "went on to say"
LEAD_VERBS = {"begin", "start", "go", "continue", "end", "conclude", "finish", "close", "open", "respond", "reply",
              "proceed", "move", "follow", "seem", "appear", "try", "decide", "refuse", "want"}
# verbs that turn a cue noun into a statement by their subject ("raised questions about", "voiced concern over")
LIGHT_VERBS = {"raise", "make", "voice", "express", "issue", "offer", "level", "repeat", "show", "deliver", "air"}
LIGHT_VERB_CASE = {"about", "over", "on", "of", "for", "against", "regarding"}
# cues whose object is an action rather than something said ("did not recommend charges")
NOT_OBJECT = {"recommend", "advise", "maintain", "admit", "counter", "respond", "publish", "challenge"}
# ("maintained a database", "admitted students", "counter threats", "published a book", "challenged the ruling in
# court": on PolNeAR train and dev 26 of 96 such objects matched a gold cue)
# a verb and object that make an idiom, not a claim: "showed no sign of backing down" (on PolNeAR train and dev 1
# of 10 such objects matched a gold cue)
IDIOM_OBJECTS = {"show": {"sign"}}
# prepositions of a time phrase after an object content: "has not mentioned Machado since the debate"
TIME_CASE = {"since", "during", "until", "after", "before", "throughout"}
# what opens a clause of when something was said ("said after the meeting broke up")
TIME_OPENERS = {"after", "before", "when", "while", "until", "once", "since", "whenever"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
# the occasion of a statement ("in an interview", "at a rally", "on Twitter"): where it was said, not what
OCCASIONS = {"interview", "statement", "speech", "tweet", "post", "op-ed", "letter", "rally", "debate", "meeting",
             "hearing", "appearance", "address", "remarks", "email", "briefing", "conference", "event", "broadcast",
             "video", "ad", "twitter", "facebook", "instagram", "radio", "television", "tv", "podcast", "show",
             "ruling", "diatribe", "tirade", "editorial", "column", "memo", "filing", "lecture", "sermon", "forum"}
OCCASION_CASE = {"in", "at", "on", "during"}
# what an object is criticized, praised or accused for stays with it: "criticized Obama for not doing so";
# so does an infinitive the parse hung on the verb ("rejected a request to make the file public"), and a gerund
# after "in" ("acknowledged difficulties in keeping the records secure")
REASON_MARK = {"for", "of", "over", "about", "to", "in"}
# what a predicate adjective's position is about: "critical of", "confident in", "unhappy with", "upbeat about"
# the preposition after a verb of saying that introduces what was said about: "commented on the vote"
TOPIC_CASE = {"about", "on", "of", "against"}
# verbs whose "about"/"of"/"on" phrase is the topic or the occasion of words reported elsewhere ("said of Ortiz,
# “…”", "wrote on his blog that …", "what he has said about Latinos")
TOPIC_ELSEWHERE = {"say", "tell", "add", "write", "tweet", "post"}
ADJ_CASES = {"of", "about", "in", "with", "on", "over", "toward", "towards", "that"}
# answers whose content is a "by"/"with" phrase: "Trump responded with attacks on Machado"
RESPONSE_VERBS = {"respond", "reply", "react", "counter", "retort"}
# cues whose object is nearly always a clause the parse misread ("said the two raised …", "insists the deal is")
CLAUSE_VERBS = {"say", "claim", "insist", "argue", "add", "believe", "think", "contend", "assert",
                "allege", "suggest", "fear", "feel", "warn", "predict", "explain", "state", "write"}
NOT_CLAUSES = {"it", "this", "that", "so", "nothing", "something", "anything", "little", "much", "more", "less",
               "what", "which", "things", "words", "word", "goodbye", "hello", "thanks", "prayer", "grace"}
RELATIVE = {"who", "which", "that", "whom"}
# the words that open a non-restrictive relative clause after a comma ("that" also opens complements)
RELATIVE_OPENERS = {"who", "whose", "which", "whom"}
# what a finding can be "in" ("in a CNN poll, …")
POLL_NOUNS = {"poll", "survey", "polling"}
# who a view can be "to" besides names and people nouns ("To many, …", "To them, …")
VIEW_HOLDERS = {"many", "others", "some", "most", "him", "her", "them", "me", "us"}
# a US politician's party and state after the name, between commas: ", R-Ky.,", ", D-N.Y.,", ", I-Vt.,"
PARTY_TAG = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{0,5},\s*$")
# what a closing quotation mark is as a token: curly, straight, single, newswire's two apostrophes (''…''), and a
# nested quotation closing with its outer one ("… the word 'old-school,''' said …", "… ‘no,’” she said")
QUOTE_CHARS = set("\"'“”‘’«»„`")
CLOSE_MARKS = ("”", '"', "’", "'", "''", "'''", "’”", "'\"")
# verbs that give something a name; with a subject of their own, the name is that subject's characterisation
NAMING_VERBS = {"call", "dub", "label", "brand", "nickname", "term"}
# words before a number that the parse may read as a preposition ("About 9 percent said")
APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "over", "under", "some", "approximately"}
# a quantifier that heads "Many in the crowd said", "Most of the delegates said"
QUANTIFIERS = {"many", "most", "some", "few", "several", "all", "both", "half", "none", "others", "one", "two", "three"}
# a share of people that can say something, which the tagger may read as an adjective or adverb ("most said")
SHARES = {"most", "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "many", "few"}
# discourse asides set off by commas between a subject and its verb ("The campaign, for example, said …")
ASIDES = {("for", "example"), ("for", "instance"), ("of", "course"), ("however",), ("meanwhile",), ("too",),
          ("though",), ("in", "turn"), ("in", "fact"), ("in", "particular"), ("by", "contrast"), ("in", "contrast")}
# cues whose object is the addressee, not what was said ("told reporters that …")
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "warn", "ask", "brief"}
# a question left open in one word: "but Cook did not say when"
WH_QUESTION = {"when", "why", "how", "where", "who", "what", "whether"}
# what opens a subordinate clause that "according to X" may stand inside of
SUBORDINATORS = {"after", "because", "before", "since", "while", "although", "though", "when", "if", "that", "as",
                 "until", "whereas", "unless"}
# conjunctions that open a clause whose subject the parse may give them as a preposition
CLAUSE_OPENERS = {"though", "although", "while", "whereas", "because", "unless", "if", "when", "once", "since"}
# what may open a reduced passive clause: "When asked about …", "If pressed, …"
REDUCED_LEAD = {"when", "if", "once", "after", "while", "as", "unless", "though", "although"}
SPEECH_CLASSES = ("neutral", "loaded", "framing")
# cues whose "with …" phrase says how the words were spoken ("said with a grin"), not to whom or in reply to what
MANNER_VERBS = {"say", "add", "explain", "joke", "quip", "ask", "tell", "recall", "note", "declare", "insist"}
# neutral cues that report evidence rather than words ("polls show …", "the report found …")
EVIDENCE_VERBS = {"show", "find", "demonstrate", "indicate", "reveal"}
# classes that inside a reported statement are the reporter's account of someone, not that someone's voice
NESTED_NOT_VOICED = ("loaded", "framing", "belief", "commitment", "stance")
CONFIDENCE = {"neutral": 0.9, "loaded": 0.9, "framing": 0.8, "belief": 0.6, "commitment": 0.5, "stance": 0.6,
              "according": 0.9, "unattributed": 0.5}
# what opens the question after "asked": "whether", "if", "what …", "to" ("asked to resign")
QUESTION_OPENERS = {"whether", "if", "what", "who", "whom", "whose", "which", "why", "how", "when", "where", "to"}
# the words that open an embedded question or a wh-clause ("asked Obama what he thought", "explained why …")
WH_WORDS = QUESTION_OPENERS - {"whose", "to"}


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Attribution:
    kind: str  # direct | mixed | indirect
    cue: Span | None
    cue_lemma: str
    cue_class: str
    content_parts: list[tuple[int, int]]
    sentence_index: int
    confidence: float
    source: Span | None = None
    source_head: int | None = None  # word index of the source's head
    via: Span | None = None  # "X, cited by Y": Y
    antecedent: Span | None = None  # "Trump, who said …": the source is "who", its antecedent "Trump"
    # the source without the relative clause that identifies it ("Ms. Lee" of "…,” said Ms. Lee, who chairs the
    # board"): what the speaker, type and side are worked out from, so that names in the clause are not the speaker
    source_core: Span | None = None
    pattern: str = ""
    # who was asked and said nothing ("declined to comment", "did not respond to a request for comment"): kept so
    # the request is visible, never counted as a voice
    no_comment: bool = False
    # filled by classify
    speaker: str | None = None
    speaker_id: str | None = None
    source_type: str = "unknown"
    anonymous: bool = False
    affiliation: str | None = None
    side: str | None = None
    actor: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def content_start(self) -> int:
        return min(a for a, _ in self.content_parts)

    @property
    def content_end(self) -> int:
        return max(b for _, b in self.content_parts)


@dataclass
class Extraction:
    attributions: list[Attribution]
    quotes: list[Quote]
    scare_quotes: list[Quote]


# -- tree helpers -------------------------------------------------------------------------------------
def _children(doc: ParsedDoc, i: int) -> list[Word]:
    return doc.children(i)


def _subtree(doc: ParsedDoc, i: int, exclude: set[int] | None = None, cut: tuple[str, ...] = ()) -> set[int]:
    out = {i}
    stack = [i]
    exclude = exclude or set()
    while stack:
        k = stack.pop()
        for c in _children(doc, k):
            if c.index in exclude or c.index in out:
                continue
            if cut and c.deprel in cut and k == i:
                continue
            out.add(c.index)
            stack.append(c.index)
    return out


def _trim(doc: ParsedDoc, idx: set[int], quotes_ok: bool = True) -> list[int]:
    """Sorted word indices with punctuation stripped from the edges (quote marks kept when asked)."""
    ids = sorted(idx)
    keep_marks = set("“”\"«»‘’'") | set(CLOSE_MARKS) if quotes_ok else set()

    def mark(word: Word) -> bool:  # punctuation, also where the tagger read a mark as a word ("'''" as a number)
        return word.upos == "PUNCT" or _quote_marks(word.text)

    def strip(word: Word) -> bool:
        return mark(word) and not (word.text in keep_marks)

    while ids and (strip(doc.words[ids[0]]) or doc.words[ids[0]].deprel == "cc"):
        ids.pop(0)
    while ids and strip(doc.words[ids[-1]]) and not (
            # ("Ann Lee (D-Eastbridge)": a bracket that closes one opened inside stays)
            doc.words[ids[-1]].text in (")", "]") and any(doc.words[k].text in ("(", "[") for k in ids[:-1])):
        ids.pop()  # sentence punctuation outside quotation marks is not part of the content
    words = [k for k in ids if not mark(doc.words[k])]
    last = ids.index(words[-1]) if words else len(ids) - 1
    if last + 1 < len(ids) and ids[last + 1] > words[-1] + 1:
        ids = ids[:last + 1]  # closing marks cut off from the words (their quote was cut)
    return ids


def _quote_marks(text: str) -> bool:
    """A token of quotation marks only, which the tagger may read as a word ("'''" as a number)."""
    return bool(text) and all(ch in QUOTE_CHARS for ch in text)


def _without_by(span: Span | None) -> Span | None:
    """"by the French daily" → "the French daily" (agents of "cited by", passive "reported by")."""
    if span is not None and span.text.lower().startswith("by ") and len(span.text) > 3:
        return Span(span.start + 3, span.end, span.text[3:])
    return span


def _left_name_edge(doc: ParsedDoc, lo: int, first: int, with_det: bool = False, adjacent: bool = False) -> int:
    """Step left over capitalised words the parse hung elsewhere ("Finance Minister Anna | Berg", "Le | Monde")."""
    tags = ("PROPN", "NOUN", "DET") if with_det else ("PROPN", "NOUN")
    while lo - 1 >= first and doc.words[lo - 1].upos in tags and doc.words[lo - 1].text[:1].isupper() and (
            not adjacent or doc.words[lo - 1].end + 1 >= doc.words[lo].start):
        lo -= 1
    return lo


def _span(doc: ParsedDoc, ids: list[int]) -> Span | None:
    if not ids:
        return None
    a, b = doc.words[ids[0]].start, doc.words[ids[-1]].end
    return Span(a, b, doc.text[a:b])


def _quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None


def _kind(parts: list[tuple[int, int]], quotes: list[Quote], text: str) -> str:
    total = inside = 0
    in_speech = span_test((q.start, q.end) for q in quotes if not q.title)
    for a, b in parts:
        for p in range(a, b):
            ch = text[p]
            if ch.isspace() or ch in "“”\"«»‘’'.,;:!?":
                continue
            total += 1
            if in_speech(p):
                inside += 1
    if total == 0 or inside == 0:
        return "indirect"
    return "direct" if inside >= 0.9 * total else "mixed"


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


TEMPORAL = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend",
            "month", "year", "day", "days", "ago", "today", "yesterday", "tonight", "morning", "evening", "night",
            "afternoon", "time"}


def _plausible_source(doc: ParsedDoc, x: Word) -> bool:
    """A misparsed adverbial is not a source: "Friday", "in an interview", "last week"; nor a quotation mark the
    tagger read as a word (the "'''" of "… 'old-school,''' said")."""
    if x.lemma.lower() in TEMPORAL or x.text.lower() in TEMPORAL or _quote_marks(x.text) or x.text in ("'s", "’s"):
        return False  # (the "'s" of "Let's say …" is no one)
    case = [c for c in _children(doc, x.index) if c.deprel == "case" and c.index < x.index]
    if case and case[0].text.lower() == "than" and case[0].index > 0 and x.upos == "NUM" \
            and doc.words[case[0].index - 1].text.lower() in ("more", "less", "fewer"):
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
    """A subject the parse did not give the cue as a child (the caller tried those first)."""
    sent = doc.sentences[w.sent]
    nxt = doc.words[w.index + 1] if w.index + 1 < sent.last else None
    if sent.first < w.index < sent.last - 1 and doc.words[w.index - 1].text in (",", *CLOSE_MARKS) \
            and (nxt.upos == "PROPN" or doc.words[w.index - 1].text != "," and nxt.text[:1].isupper()
                 and nxt.upos in ("ADJ", "NOUN", "ADV") and nxt.text.lower() not in TEMPORAL) and w.xpos != "VBG":
        # ("“…,” said Small": a surname the tagger read as a word)
        # "“…,” said Lena Ortiz, a spokeswoman …": the name right after the cue is the speaker
        k = w.index + 1
        while k + 1 < sent.last and doc.words[k + 1].upos == "PROPN" and doc.words[k + 1].start == doc.words[k].end + 1:
            k += 1
        return doc.words[k]
    # "“…,” said Caddell": an inverted subject the parser may have read as an object
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
    if w.deprel == "acl:relcl" and 0 <= w.head < w.index and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and doc.words[w.index - 1].text == "," and not any(c.deprel in SUBJ for c in _children(doc, w.index)) \
            and not any(g.deprel == "case" for g in _children(doc, w.head)):
        # "“…,” Massimo Franco, a columnist for Corriere della Sera, wrote on Friday" with the cue parsed as a
        # relative clause on the apposition: a relative clause has a subject of its own, so the noun it hangs on
        # (and the name that noun stands beside) is the speaker
        head = doc.words[w.head]
        while head.deprel == "appos" and 0 <= head.head < head.index:
            head = doc.words[head.head]
        return head
    if w.deprel == "conj" and w.xpos == "VBG" and 0 <= w.head < w.index and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and doc.words[w.index - 1].text == ",":
        # "Ortiz poked at the mayor's silence during the debate, tweeting, “…”" with the participle conjoined to
        # "debate": the subject of the clause it is set in speaks
        above = _subject_of_clause_above(doc, w)
        if above is not None and _plausible_source(doc, above) and above.text.lower() not in RELATIVE | {"this", "it"}:
            return above  # (not "That" of a quotation the clause above holds: "-- ''That makes me smart'' --")
    carrier = _carrier_verb(doc, w)
    if carrier is not None:
        # "The town released a statement saying …": whoever issued the statement speaks
        return next((c for c in _children(doc, carrier.index) if c.deprel in ("nsubj", "nsubj:outer")), None)
    # "X said ... and added ...", "X has pledged to ...", "..., X said, adding that ...": the head's subject
    if (w.deprel in ("conj", "xcomp", "advcl") or w.deprel == "parataxis" and w.xpos == "VBG"
            or lex is not None and _participle_cue(doc, w, lex)) and w.head >= 0:
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
            # "he told Kyodo that Kiev could agree …, and maintained …": the conjoined cue shares the subject
            # of the nearest cue above it, not of the verb inside that cue's content
            up = head
            for _ in range(8):  # the top-most cue above wins
                if up.upos == "VERB" and _word_class(lex, up) and up.index != w.index \
                        and any(c.deprel in ("nsubj", "nsubj:outer") for c in _children(doc, up.index)):
                    head = up
                if up.head < 0:
                    break
                up = doc.words[up.head]
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


def _participle_cue(doc: ParsedDoc, w: Word, lex: Lexicons) -> bool:
    """"…,” Peabody said, adding that …" with "adding" parsed as a second complement of "said": the speaker
    going on, a cue of its own and not part of the first content."""
    return w.deprel == "ccomp" and w.xpos == "VBG" and w.index > 0 and w.head >= 0 \
        and doc.words[w.index - 1].text in (",", "”", '"', "’") and w.index > doc.words[w.head].index \
        and lex.verb_class(_cue_lemma(doc, w, lex)[0]) in ("neutral", "loaded", "framing", "stance")


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


def _set_off(doc: ParsedDoc, k: int) -> bool:
    """Whether the phrase that opens at word ``k`` is set off by a comma, a dash or a parenthesis."""
    return doc.words[k].upos == "PUNCT" or k > 0 and doc.words[k - 1].text in (",", "—", "–", "―", "--", "-", "(")


def _first_word(doc: ParsedDoc, ids) -> int:
    """The first of ``ids`` that is not punctuation (a subtree's own comma or quotation mark may open it)."""
    return min(k for k in ids if doc.words[k].upos != "PUNCT")


def _last_word(doc: ParsedDoc, ids) -> int | None:
    """The last of ``ids`` that is not punctuation; None when all are."""
    return max((k for k in ids if doc.words[k].upos != "PUNCT"), default=None)


def _place_aside(doc: ParsedDoc, subj: Word, c: Word) -> bool:
    """", in Kentucky," set off by commas after a name: where the speaker was, not who spoke."""
    if subj.upos != "PROPN" or c.deprel != "nmod" or not any(
            g.deprel == "case" and g.text.lower() in OCCASION_CASE for g in _children(doc, c.index)):
        return False
    return doc.words[_first_word(doc, _subtree(doc, c.index)) - 1].text == ","


def _title_verb(doc: ParsedDoc, i: int) -> bool:
    """"retired General Keith Kellogg", "acting Director …", "President-elect": a title the parse read as a
    verb, part of the name it opens or ends."""
    sent = doc.sentences[doc.words[i].sent]
    return doc.words[i].upos == "VERB" and (i > sent.first and doc.words[i - 1].text == "-" or (
        i + 1 < sent.last and doc.words[i + 1].upos == "PROPN"
        and (i == sent.first or doc.words[i - 1].text in (",", "—", *CLOSE_MARKS))))


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


def _sentence_of(doc: ParsedDoc, pos: int) -> int:
    for s in doc.sentences:
        if s.start <= pos < s.end + 1:
            return s.index
    return -1


def extract(doc: ParsedDoc, lex: Lexicons) -> Extraction:
    text = doc.text
    quotes = find_quotes(text)
    _close_open_quotes_at_tag(doc, quotes, lex)
    _characterisations(doc, quotes)
    speech = [q for q in quotes if not q.title]
    found: list[Attribution] = []

    for sent in doc.sentences:
        words = doc.words[sent.first:sent.last]
        for w in words:
            # -- according to X ----------------------------------------------------------------
            if w.text.lower() == "according" and w.index + 1 < sent.last and doc.words[w.index + 1].text.lower() == "to":
                a = _according(doc, w, speech)
                if a:
                    found.append(a)
                continue
            if w.text.lower() == "in" and w.index == sent.first:
                a = _poll_attribution(doc, w, speech)
                if a:
                    found.append(a)
                continue
            if w.text.lower() == "to" and (w.index == sent.first or w.index == sent.first + 1
                                           and doc.words[sent.first].upos == "CCONJ"):
                a = _viewpoint_attribution(doc, w, speech, lex)
                if a:
                    found.append(a)
                    continue
            if w.upos == "NOUN" and lex.nominal_class(w.lemma):
                a = _nominal_attribution(doc, w, lex.nominal_class(w.lemma), speech) \
                    or _light_verb_attribution(doc, w, lex.nominal_class(w.lemma))
                if a:
                    found.append(a)
                    continue
            if w.upos == "ADJ" and lex.adjectival_class(w.lemma):
                a = _adjectival_attribution(doc, w, lex.adjectival_class(w.lemma), speech, lex)
                if a:
                    found.append(a)
                    continue
            if w.upos in ("NOUN", "PROPN") and _verb_form(doc, w):
                a = _mistagged_cue(doc, w, lex, speech)
                if a:
                    found.append(a)
                    continue
            if w.text.lower() == "in" and w.deprel == "case":
                a = _trailing_poll(doc, w, speech)
                if a:
                    found.append(a)
                continue
            if w.upos == "ADV" and w.deprel == "advmod" and lex.unattributed_kind(w.lemma) == "adverb":
                a = _unattributed_adverb(doc, w, speech)
                if a:
                    found.append(a)
                continue
            if w.upos == "VERB" and w.deprel in ("amod", "compound", "acl"):
                a = _misparsed_participle(doc, w, lex, speech)
                if a:
                    found.append(a)
                    continue
            if w.upos not in ("VERB",) or w.deprel in SKIP_DEPRELS:
                continue
            lemma, prt = _cue_lemma(doc, w, lex)
            cls = lex.verb_class(lemma)
            a = _verb_attribution(doc, w, lemma, cls, prt, speech, lex) if cls is not None else None
            if cls is None and lex.tag_class(lemma) is not None:
                a = _quotation_tag(doc, w, lemma, lex.tag_class(lemma), prt, speech, lex)
            if a is None and lex.unattributed_kind(lemma) is not None:
                a = _unattributed(doc, w, lemma, cls, prt, speech, lex)
            if a:
                found.append(a)
        if not any(a.sentence_index == sent.index for a in found):
            a = _headline_attribution(doc, sent, lex)
            if a:
                found.append(a)

    # a cue inside someone's quotation is part of their words ("“The governor says he is qualified,” Ortiz
    # said"): the outlet voices the one it quotes, not whoever that person reports; a tag clause after its
    # content stays (an unclosed quotation mark may have swallowed it)
    found = [a for a in found if a.cue is None or a.pattern == "fronted" or _quote_at(speech, a.cue.start) is None]
    # a word of a quoted title or name is no cue ("''Trump Revealed,'' a biography …")
    titles = [q for q in quotes if q.title]
    found = [a for a in found if a.cue is None or _quote_at(titles, a.cue.start) is None]
    found = _drop_nested_positions(doc, found)
    found += _colon_attributions(doc, found, speech, lex)
    found += _colon_cue_attributions(doc, found, speech, lex)
    found += _dash_attributions(doc, found, speech)
    _complete_dangling_clauses(doc, found)
    found = _extend_with_quote_runs(doc, found, speech, lex)
    # "The mayor seemed to suggest that …": the hedge is part of the mayor's cue, not a claim put on no one
    held = [a.cue for a in found if a.source is not None and a.cue is not None]
    found = [a for a in found if a.pattern != "hedge" or not any(
        c.start <= a.cue.start and a.cue.end <= c.end for c in held)]
    found = _dedupe(found)
    # "Police said the driver allegedly ran a red light": a hedge inside what someone is reported to have said
    # is theirs, not a claim the outlet puts on no one
    _leave_questions_out(found)
    _questions_out_of_answers(doc, found)
    reported = [p for a in found if a.source is not None for p in a.content_parts]
    found = [a for a in found if a.source is not None or not any(s <= a.cue.start < e for s, e in reported)]
    _speaker_goes_on(doc, found)
    _around_mid_tag(doc, found, speech)
    _with_identifying_clause(doc, found, speech, lex)
    _mark_withheld(doc, found, lex)
    _close_open_quotations(doc, found, speech)
    for a in found:
        _tidy_edges(text, a)
        a.kind = _kind(a.content_parts, quotes, text)
        if any(not q.balanced for q in speech if any(q.start < b and a_ < q.end for a_, b in a.content_parts)):
            a.confidence = round(a.confidence * 0.7, 3)
            a.notes.append("unbalanced quotation marks")
    covered = [(a_, b) for a in found for a_, b in a.content_parts]
    scare = [q for q in speech if not any(a_ <= q.start and q.end <= b + 1 for a_, b in covered)]
    return Extraction(attributions=sorted(found, key=lambda x: (x.content_start, x.cue.start if x.cue else 0)),
                      quotes=quotes, scare_quotes=scare)


DANGLING_VERBS = CLAUSE_VERBS | {"know", "hope", "expect", "wonder", "suspect"}
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


def _misparsed_participle(doc: ParsedDoc, w: Word, lex: Lexicons, speech: list[Quote]) -> Attribution | None:
    """"Ortiz canceled the vote, citing concerns about the pier", "The Times, citing internal documents, reported
    …", with the participle parsed as a modifier of the noun after it (or as a clause on the noun before it): a
    cue participle after a comma speaks for the subject of the clause it is set in, and what follows it to the
    next comma or the clause's end is what it says."""
    sent = doc.sentences[w.sent]
    if w.xpos != "VBG" or w.index <= sent.first + 1 or doc.words[w.index - 1].text != "," \
            or _quote_at(speech, w.start) is not None:
        return None
    lemma, prt = _cue_lemma(doc, w, lex)
    cls = lex.verb_class(lemma)
    if cls not in ("neutral", "loaded", "framing", "stance") or lemma in EVIDENCE_VERBS:
        return None
    subj = _subject_of_clause_above(doc, w)
    if subj is None or not _plausible_source(doc, subj) or subj.text.lower() in RELATIVE:
        return None
    k = w.index + 1 + len(prt)
    end = k
    while end < sent.last and doc.words[end].text not in (",", ";", ":", "—", "–") and not (
            doc.words[end].upos == "PUNCT" and end == sent.last - 1):
        end += 1
    q = _quote_at(speech, doc.words[k].start) if k < sent.last else None
    if q is not None and q.start <= doc.words[k].start:
        parts = [(q.start, q.end)]  # ("…, telling them, “I am a proud Muslim …”")
    else:
        ids = _trim(doc, set(range(k, end)))
        if len(ids) < 2 or doc.words[ids[0]].upos == "ADP" or any(
                doc.words[j].upos in ("VERB", "AUX") and doc.words[j].xpos not in ("VBN", "VBG") for j in ids):
            return None  # a participle only before a noun phrase: not "…, causing concerns that grew …"
        parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    a = _build(doc, w, lemma, cls, prt, subj, parts, "object")
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


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


def _long_tag_source(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int],
                     speech: list[Quote], before: int | None = None) -> Attribution | None:
    """"“…,” Rhea Calloway, director of the Harbor Institute for Coastal Policy at the University of Eastbridge,
    said": a tag whose source is too long, or too broken up by the parse, to be found as the cue's subject. The words
    from the quotation's close to the cue are the source when they open with a nominal and hold no finite
    verb outside a relative clause; the quotation is what was said."""
    sent = doc.sentences[w.sent]
    if w.xpos not in ("VBD", "VBZ", "VBP") or cls not in SPEECH_CLASSES:
        return None
    q = next((q for q in reversed(speech) if q.has_close and q.end <= w.start and q.end >= sent.start - 1), None)
    if q is None or doc.text[q.inner[1] - 1:q.inner[1]] not in (",", "?", "!"):
        return None
    j = next((k for k in range(sent.first, w.index) if doc.words[k].start >= q.end), None)  # the tag's first word
    if j is None or before is not None and j >= before or not 1 < w.index - j <= 40 \
            or doc.words[j].upos not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"):
        return None
    relative = False
    for k in range(j, w.index):
        x = doc.words[k]
        if x.text in (";", ":", "—") or _quote_at(speech, x.start) is not None:
            return None
        relative = relative or x.text.lower() in RELATIVE_OPENERS
        if x.upos in ("VERB", "AUX") and x.xpos in ("VBD", "VBZ", "VBP", "MD") and not relative:
            return None
    aside = next((k for k in range(j + 1, w.index - 1) if doc.words[k].text == "," and doc.words[k + 1].upos == "ADP"
                  and doc.words[k + 1].text.lower() != "of"), w.index)
    ids = _trim(doc, set(range(j, aside)), quotes_ok=False)  # ("Blunt, after a long pause, said": when, not who)
    if not ids:
        return None
    head = next((doc.words[k] for k in ids if doc.words[k].upos == "PROPN"), doc.words[ids[0]])
    if not _plausible_source(doc, head) and head.upos != "PROPN":
        return None
    a = _build(doc, w, lemma, cls, prt, head, [(q.start, q.end)], "parenthetical")
    a.source = _span(doc, ids)
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _quote_after_addressee(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """A quotation that opens right after a colon or comma that follows the cue and at most six words of the one
    spoken to ("telling CNBC: “…”", "telling her, “…”", "told reporters in Nashua last week, “…”")."""
    sent = doc.sentences[w.sent]
    mark = next((k for k in range(w.index + 1, min(w.index + 8, sent.last)) if doc.words[k].upos == "PUNCT"), None)
    if mark is None or doc.words[mark].text not in (":", ",") or any(
            doc.words[k].upos in ("VERB", "AUX") for k in range(w.index + 1, mark)):
        return None  # (not past another verb: "asked for a photo and Clinton said, “…”")
    q = next((q for q in speech if 0 <= q.start - doc.words[mark].end <= 2), None)
    return q if q is not None and _quote_at(speech, w.start) is None else None


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


def _nominal(x: Word) -> bool:
    """A word that can head a source chunk: a noun, a name, a pronoun, a number of people ("49% say",
    "In the end, 12 said") or a share of them, whatever its tag ("Nearly a third say", "; most said")."""
    return x.upos in ("NOUN", "PROPN", "PRON", "NUM") or x.text == "%" or x.text.lower() in SHARES


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


def _clause_above(doc: ParsedDoc, w: Word, first: int) -> Word | None:
    """The verb the parse hung the cue on as an adverbial when that verb's clause is the one that follows the cue,
    its subject opening at word ``first`` ("…, saying the gains would outweigh the losses" with "saying" on
    "outweigh"); None otherwise."""
    if w.deprel != "advcl" or w.head <= w.index:
        return None
    v = doc.words[w.head]
    return v if any(c.deprel in SUBJ and min(_subtree(doc, c.index)) == first for c in _children(doc, v.index)) else None


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


def _predicate_of(doc: ParsedDoc, c: Word, obj: Word) -> bool:
    """'said comments from Rice were consistent': the parse hung the clause's predicate on the verb as a conjunct
    with no conjunction and no subject of its own; it belongs to the misread object."""
    if c.deprel != "conj":
        return False
    kids = _children(doc, c.index)
    own = {g.index for g in kids}
    return not any(g.deprel in ("cc", "nsubj", "nsubj:pass", "expl") for g in kids) and any(
        g.deprel in ("cop", "aux", "aux:pass") and g.index < c.index for g in kids) and not any(
        doc.words[k].upos in ("VERB", "AUX") for k in range(obj.index, c.index) if k not in own)


def _named_as(doc: ParsedDoc, w: Word, obj: Word) -> bool:
    """"called her vote a mistake", "called the citation a transparent ploy": an indefinite noun phrase with no
    preposition after the object is what it was called, wherever the parse hung it."""
    # where the object's own phrase ends (its prepositional modifiers may hold the misplaced predicate)
    obj_end = max(_subtree(doc, obj.index) - {j for c in _children(doc, obj.index) if c.deprel == "nmod"
                                              for j in _subtree(doc, c.index)})
    return any(k > obj_end and doc.words[k].upos in ("NOUN", "PROPN")  # ("called Mrs. Schlafly an ''Aunt Tom''")
               and doc.words[k].deprel in ("obl", "nmod", "obj", "xcomp", "appos")
               and any(g.deprel == "det" and g.text.lower() in ("a", "an") for g in _children(doc, k))
               and not any(g.deprel == "case" for g in _children(doc, k)) for k in _subtree(doc, w.index))


def _noun_clause_after(doc: ParsedDoc, ids: set[int]) -> set[int]:
    """"disputing accusations by Exxon Mobil that journalists had produced …" with the that-clause hung on a verb
    outside the object: the clause right after the object is the object's content all the same."""
    words = [j for j in ids if doc.words[j].upos != "PUNCT"]
    if not words:
        return set()
    k = max(words) + 1  # (the sentence's closing period may be in ``ids``)
    sent = doc.sentences[doc.words[k - 1].sent]
    if k + 1 < sent.last and doc.words[k].text == "," and doc.words[k - 1].text in (")", ","):
        k += 1  # "suggestions by the front-runners, Trump and Sen. Ted Cruz (R-Tex.), that they would …"
    if k >= sent.last or doc.words[k].text.lower() != "that" or doc.words[k].upos != "SCONJ" \
            or doc.words[k].deprel != "mark" or doc.words[k].head <= k:
        return set()
    h = doc.words[doc.words[k].head]
    if h.index in ids or h.sent != sent.index or not any(c.deprel.startswith("nsubj") for c in _children(doc, h.index)):
        return set()
    out = {j for j in _subtree(doc, h.index) if j >= k} | set(range(max(words) + 1, k))
    for c in _children(doc, h.index):
        if c.deprel in ("conj", "parataxis") and c.index > h.index:
            out -= _subtree(doc, c.index)
    return out if out == set(range(max(words) + 1, max(out) + 1)) else set()


def _nominal_conjunct(doc: ParsedDoc, c: Word) -> bool:
    """"called for increased defense spending and an end to the budget cuts" with "end" hung on the verb: a noun
    phrase conjoined after the object, with no verb or subject of its own, is a second object, not a clause."""
    return c.deprel == "conj" and c.upos in ("NOUN", "PROPN", "NUM") and not any(
        g.deprel.startswith("nsubj") or g.deprel in ("cop", "aux") for g in _children(doc, c.index))


def _object_cue(cls: str, lemma: str, judgement: bool = False) -> bool:
    """Whether a cue's object is what was said or judged: loaded, framing and stance cues, the neutral cues of
    OBJECT_NEUTRAL, and a belief only as a judgement ("see the program as an opportunity"); never the cues of
    NOT_OBJECT."""
    return (cls in ("loaded", "framing", "stance") or lemma in OBJECT_NEUTRAL or cls == "belief" and judgement) \
        and lemma not in NOT_OBJECT


def _object_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], subj: Word,
                         kids: list[Word], speech: list[Quote], lex: Lexicons) -> Attribution | None:
    """"Trump is questioning the integrity of the vote": a verb whose object is what was said or judged."""
    if w.deprel == "ccomp" and not (w.xpos == "VBG" and doc.words[w.index - 1].text == ","):
        return None  # "officials said they welcome the attention": part of what another clause reports (not a
        # participle after its comma: "…,” Lee said, citing slow growth")
    # (a reflexive object is no topic, "defended himself", unless a name follows it: "called himself pro-choice")
    objs = [c for c in kids if c.deprel == "obj" and c.lemma.lower() not in TEMPORAL
            and not (c.upos == "PRON" and c.text.lower().endswith(("self", "selves")) and not (
                lemma in NAMING_VERBS and any(g.index > c.index and g.deprel in ("xcomp", "obj") for g in kids)
                # "described himself as antiabortion"
                or any(g.index > c.index and g.deprel == "obl" and any(m.deprel == "case" and m.text.lower() == "as"
                                                                       for m in _children(doc, g.index)) for g in kids)))]
    # "in what officials called a hate crime" with "what" parsed into the subject: what was named, and its name
    what = next((g for g in _children(doc, subj.index) if g.deprel == "det" and g.text.lower() == "what"
                 and g.index == min(k for k in _subtree(doc, subj.index) if doc.words[k].deprel != "case")),
                None) if lemma in NAMING_VERBS else None
    if lemma == "call" and objs and what is None \
            and not any(c.deprel == "iobj" and c.index < objs[0].index for c in kids) and not any(
            c.index > objs[0].index and (c.deprel in ("xcomp", "obj") and (c.upos in ("NOUN", "PROPN", "ADJ") or c.upos
                                                                          == "PRON" and not c.text.lower().endswith("self")
                                                                          # ("calls Clinton unqualified")
                                                                          or c.deprel == "xcomp" and c.xpos == "VBN")
                                         or _quote_at(speech, c.start) is not None) for c in kids) and not any(
            c.index == objs[0].index + 1 and c.deprel in ("acl", "amod") and c.xpos in ("VBN", "JJ")
            for c in _children(doc, objs[0].index)) and not _named_as(doc, w, objs[0]):  # "called the charges unsubstantiated"
        objs = []  # "Clinton called Alicia Machado on Friday": a phone call, not "called her a liar"
    as_predicate = bool(objs) and any(c.index > objs[0].index and (
        c.deprel.startswith("obl") and any(g.deprel == "case" and g.text.lower() == "as"
                                           for g in _children(doc, c.index))
        or c.deprel == "xcomp" and c.upos in ("NOUN", "ADJ", "PROPN")) for c in kids)
    # "A recent CNN survey found 90 percent support for …": what a document shows or finds is its finding
    finding = lemma in EVIDENCE_VERBS and subj.lemma.lower() in lex.sources["document_nouns"]
    if objs and objs[0].lemma.lower() in IDIOM_OBJECTS.get(lemma, ()):
        return None
    if objs and (_object_cue(cls, lemma, judgement=as_predicate) or finding) and lemma not in ("tell", "ask"):
        # "Trump is questioning the integrity of the vote": the object is what is said, with what
        # follows it in the verb's clause ("criticized Obama for not doing so", "cited derogatory
        # comments Trump had made about Machado") but not the verb's adverbial clauses or time phrases
        # ("invoked the rising seas to thrill his supporters", "has not mentioned Machado since the debate").
        # A belief takes an object only as a judgement: "critics see the program as an opportunity",
        # "regulators did not consider Mr. Clarke a realistic option".
        subj_ids = _subtree(doc, subj.index)
        first = min((k for k in _subtree(doc, objs[0].index) if k > w.index), default=objs[0].index)
        if lemma == "call":  # "called her a liar" parsed with "her" as an indirect object: who was named
            first = min([first] + [c.index for c in kids if c.deprel == "iobj" and w.index < c.index < first])
        while first - 1 > w.index and first - 1 not in prt and first - 1 not in subj_ids and (
                doc.words[first - 1].upos in ("ADJ", "DET", "NUM") or doc.words[first - 1].xpos == "VBG"):
            first -= 1  # "mentioned disparaging remarks" with "disparaging" parsed as a verb
        right = {k for k in _subtree(doc, w.index) if k >= first}
        right -= subj_ids
        for c in kids:
            if c.index > objs[0].index and (c.deprel in ("conj", "parataxis", "cc") and not _nominal_conjunct(doc, c)
                                            or _time_phrase(doc, c) or (
                    c.deprel == "advcl" and (not any(g.deprel == "mark" and g.text.lower() in REASON_MARK
                                                     for g in _children(doc, c.index)) and not _as_predicate(doc, c)
                                             # ("endorse Clinton in coming weeks" with "coming" as a verb)
                                             or any(g.deprel == "mark" and g.text.lower() == "in"
                                                    for g in _children(doc, c.index))
                                             and any(doc.words[k].lemma.lower() in TEMPORAL
                                                     for k in _subtree(doc, c.index))))):
                right -= _subtree(doc, c.index)
        for c in _children(doc, objs[0].index):  # "condemned the law during a rally", the parse's nmod
            if c.index > objs[0].index and _time_phrase(doc, c):
                right -= _subtree(doc, c.index)
        content_ids = right | _predicate_after_object(doc, w, lemma, objs[0])
        content_ids |= _noun_clause_after(doc, content_ids)
        ids = _cut_aside(doc, _cut_tag_clause(doc, _with_orphans(doc, w, _trim(doc, content_ids)), lex),
                         speech)
        if len(ids) == 1 and lex.nominal_class(doc.words[ids[0]].lemma):
            return None  # "some member-states have expressed support": a stance with nothing it is about
        if ids and ids[0] < w.index < ids[-1]:
            # "which the station cited as proof of its balance": the relative pronoun, and what follows the verb
            # (an object after the verb whose phrase the parse began before the clause is just what follows: "History,
            # Clinton noted the clot's existence")
            after = [k for k in ids if k > max([w.index, *prt])]
            ids = [k for k in ids if k < min(subj_ids | {w.index})] if objs[0].index < w.index else after
            parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)] if ids else []
            if after and objs[0].index < w.index:
                parts.append((doc.words[after[0]].start, doc.words[after[-1]].end))
        elif ids:
            parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
        if ids:
            a = _build(doc, w, lemma, cls, prt, subj, ([(what.start, what.end)] if what is not None else []) + parts,
                       "object")
            if what is not None and a.source is not None and a.source.start <= what.start < a.source.end:
                start = doc.words[what.index + 1].start
                a.source = Span(start, a.source.end, doc.text[start:a.source.end])
            a.confidence = round(min(a.confidence, 0.6), 3)
            return a
    return None


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


def _as_predicate(doc: ParsedDoc, c: Word) -> bool:
    """"described the push as nearly impossible to pull off", "the demonstrations as largely “very peaceful”": an
    "as" phrase after the object that is no finite clause says what the object was called (not "criticized the
    plan as he left office")."""
    return any(g.deprel == "mark" and g.text.lower() == "as" and g.index < c.index and doc.words[g.index - 1].text
               != "," for g in _children(doc, c.index)) and not _finite(doc, c) and c.upos != "ADV"


def _predicate_after_object(doc: ParsedDoc, w: Word, lemma: str, obj: Word) -> set[int]:
    """"The poll shows Lee is ahead", "suggested Lee might run" parsed with "Lee" as the object and the clause's
    predicate hung elsewhere: after a cue verb, a finite auxiliary or copula right after the object opens the rest of
    that clause ("acknowledged funding was a major reason …")."""
    if obj.index < w.index or lemma not in CLAUSE_VERBS | EVIDENCE_VERBS and (
            w.upos != "VERB" or w.deprel in ("acl", "amod", "xcomp")):
        return set()  # (another cue not in a phrase that describes a noun: "donors reluctant to support Lee can …")
    nxt = max(_subtree(doc, obj.index)) + 1
    sent = doc.sentences[w.sent]
    if nxt >= sent.last or doc.words[nxt].upos != "AUX" or doc.words[nxt].deprel not in ("aux", "cop") \
            or doc.words[nxt].xpos not in ("VBZ", "VBD", "VBP", "MD"):
        return set()
    pred = doc.words[doc.words[nxt].head]
    below = _subtree(doc, pred.index)
    if pred.index < nxt or w.index in below or pred.sent != w.sent:
        return set()
    for c in _children(doc, pred.index):
        if c.deprel in ("conj", "parataxis") and c.index > pred.index:
            below -= _subtree(doc, c.index)  # ("…, and Trump has been invoking him": the next clause)
    return {k for k in below if k > w.index}


def _apposition_subject(doc: ParsedDoc, name: Word, other: Word, w: Word) -> bool:
    """"Mike Lamb, a veteran of the port authority, said …" parsed with two subjects: the description set off by
    commas between the name and the cue is the name's apposition, and the name speaks (not "The museum, Mr.
    Obama said, would …", where the subject before the cue clause opens what was said)."""
    name_end = max(k for k in _subtree(doc, name.index) if doc.words[k].upos != "PUNCT")
    other_ids = [k for k in _subtree(doc, other.index) if doc.words[k].upos != "PUNCT"]
    verb = min([w.index, *_verb_group(doc, w)])
    return name.upos == "PROPN" and other.upos == "NOUN" and doc.words[name_end + 1].text == "," \
        and min(other_ids) == name_end + 2 and max(other_ids) + 2 == verb and doc.words[verb - 1].text == ","


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
        # (nor "said after the meeting broke up that the vote was over", where what was said hangs inside it)


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


def _described_noun(doc: ParsedDoc, ids: list[int]) -> bool:
    """Words that open with a noun phrase and hold a relative clause: "a … grad whose aggressiveness has driven …"."""
    return bool(ids) and doc.words[ids[0]].upos in ("DET", "NOUN", "PROPN", "ADJ") and any(
        doc.words[k].text.lower() in RELATIVE_OPENERS for k in ids)


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


def _time_phrase(doc: ParsedDoc, c: Word) -> bool:
    """"since the debate", "during a rally", "last week", "in February", "in an interview published Saturday":
    when or on what occasion something was said, not what."""
    if c.deprel in BARE_OBL and (c.lemma.lower() in TEMPORAL or c.lemma.lower() in MONTHS or c.deprel == "obl:tmod"
                                 or any(g.deprel == "det" or g.upos == "NUM" for g in _children(doc, c.index))):
        return True  # "last week", "this morning", "Tuesday" (UD 2.14 folds tmod and npmod into obl:unmarked)
    if c.deprel not in ("obl", "nmod"):
        return False
    cases = {g.text.lower() for g in _children(doc, c.index) if g.deprel == "case"}
    return c.lemma.lower() in TEMPORAL or c.lemma.lower() in MONTHS or bool(cases & TIME_CASE) or (
        c.lemma.lower() in OCCASIONS and bool(cases & OCCASION_CASE))


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


def _root_of(doc: ParsedDoc, k: int) -> int:
    for _ in range(64):
        h = doc.words[k].head
        if h is None or h < 0:
            return k
        k = h
    return k


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


def _speech_cue(doc: ParsedDoc, k: int, lex: Lexicons) -> bool:
    w = doc.words[k]
    return w.upos == "VERB" and _word_class(lex, w) in ("neutral", "loaded", "framing")  # ("noted" read as "not")


def _lead_in(doc: ParsedDoc, w: Word, lo: int, speech: list[Quote], lex: Lexicons) -> list[int] | None:
    """The words of the sentence before the cue clause starting at ``lo`` (what a sentence-final tag clause
    reports), without the cue's own adverbs and the connective that opens the sentence ("However, …"); None
    when another speech cue outside quotation marks is among them (that is someone else's report)."""
    kids = {c.index for c in _children(doc, w.index) if c.deprel in ("advmod", "cc", "discourse")}
    lead = [k for k in range(doc.sentences[w.sent].first, lo) if doc.words[k].upos != "PUNCT" and k not in kids]
    if len(lead) > 2 and doc.words[lead[0]].upos in ("ADV", "CCONJ") and doc.words[lead[0] + 1].text == ",":
        lead = lead[1:]
    if any(_speech_cue(doc, k, lex) and _quote_at(speech, doc.words[k].start) is None for k in lead):
        return None
    return lead


def _tag_quote(doc: ParsedDoc, w: Word, subj: Word, lo: int, speech: list[Quote],
               lex: Lexicons) -> tuple[int, int] | None:
    """What a tag clause ("…,” she said" / "…?” asked Trump) directly follows in its sentence: the quote, or
    the sentence up to the end of the quote when narration leads into it ("Using the tax ''is a misguided
    approach,'' Mr. Burman said")."""
    sent = doc.sentences[w.sent]
    if subj.head != w.index and subj.index < w.index and not all(
            doc.words[k].upos in ("AUX", "ADV", "PART", "PROPN") for k in range(subj.index + 1, w.index)):
        return None  # "…,” he said, adding that …": the subject belongs to another cue
    if lo <= sent.first:
        return None
    start = doc.words[lo].start
    for q in speech:
        if q.start < start and q.end <= start + 1 and q.end >= sent.start and q.balanced \
                and not doc.text[q.end:start].strip(" ,\n—–-"):
            if not (_inner_text(doc, q).endswith((",", "?", "!", "—", "–", "-", "…"))
                    or doc.text[q.end:start].strip() == ","):
                continue
            lead = [k for k in range(sent.first, lo) if doc.words[k].end <= q.start and doc.words[k].upos != "PUNCT"]
            if lead and q.start > sent.start and not any(
                    _quote_at(speech, doc.words[k].start) or _speech_cue(doc, k, lex) for k in lead):
                return doc.words[lead[0]].start, q.end
            return q.start, q.end
    return None


def _is_reporting_clause(doc: ParsedDoc, w: Word, subj: Word, lo: int, hi: int, speech: list[Quote],
                         object_cue: bool = False) -> bool:
    """"…, a source said." / "…,” said Caddell, “…" — the cue clause (words ``lo``…``hi``) sits between
    punctuation at the end or in the middle of the sentence, whatever the parser attached it to. A cue that
    takes its object as content (``object_cue``) and has one is not a tag clause unless a quotation ends right
    before it ("In a sign of how carefully his rivals tread, Mr. Okoye declined to assail him": what he would
    not assail is "him", not the opening words)."""
    sent = doc.sentences[w.sent]
    if lo <= sent.first:
        return False
    if doc.words[lo].upos == "CCONJ" and doc.words[lo].text.lower() in ("but", "and", "yet"):
        return False  # "…, but the members who run it refused.": a clause of its own, not a tag
    before = doc.words[lo - 1].text
    after = doc.words[hi + 1].text if hi + 1 < sent.last else "."
    # (the mark closes a quotation, not a quoted title: "''Trump Revealed,'' a biography written by …")
    quote_before = (doc.words[lo - 1].text in CLOSE_MARKS and _quote_at(speech, doc.words[lo - 1].start) is not None) or (
        lo - 2 >= sent.first and doc.words[lo - 1].text == "," and doc.words[lo - 2].text in CLOSE_MARKS
        and _quote_at(speech, doc.words[lo - 2].start) is not None)
    if object_cue and not quote_before and subj.index < w.index and any(
            c.deprel == "obj" and c.index > w.index and c.lemma.lower() not in TEMPORAL
            for c in _children(doc, w.index)):
        return False  # (after an inverted subject, read as the object, there is no object: "…, predicted Ortiz.")
    q_before = _quote_at(speech, doc.words[lo - 1].start)
    if before not in (",", "—", "–", *CLOSE_MARKS) and not (q_before and q_before.end <= doc.words[lo].start):
        return False  # (a quote must end before the clause: "“We liked some of what the mayor has said.”" is one)
    subj_ids = _subtree(doc, subj.index)
    addressee = set()
    for c in _children(doc, w.index):
        if c.deprel in ("obj", "iobj") and w.lemma.lower() in ADDRESSEE_VERBS:
            addressee |= _subtree(doc, c.index)  # "… told The Huffington Post on Thursday."
    if not quote_before and sum(1 for k in range(w.index + 1, hi + 1)
                                if k not in subj_ids and k not in addressee and doc.words[k].upos != "PUNCT") > 4:
        return False  # a long object after the cue: "Zelensky insisted an invitation was …"
    if not quote_before and any(c.deprel == "ccomp" and c.index > w.index
                                and not _after_inverted_source(doc, w, c, subj) for c in _children(doc, w.index)):
        return False  # "…, Zelensky insisted an invitation was …": a complement follows, not a tag clause
    if after == ":" and not quote_before and hi + 2 < sent.last:
        return False  # "…, and Breitbart News responded: “If there are people …”": what was said follows the colon
    if hi + 1 < sent.last and after not in (".", "!", "?", ";", ":", "“", '"', "—", "‘") and not quote_before:
        nxt = doc.words[hi + 2] if hi + 2 < sent.last else None
        if not (after == "," and nxt is not None and (nxt.xpos in ("VBG", "VBN") or nxt.text in ("“", '"', "‘"))):
            return False
    # something to report must precede the clause
    return any(doc.words[k].upos not in ("PUNCT",) for k in range(sent.first, lo - 1))


def _headline_attribution(doc: ParsedDoc, sent, lex: Lexicons) -> Attribution | None:
    """"Veteran Coach Slams League's New Rules On Player Transfers": in a title-case headline the
    parser tags every word as a name; the first inflected cue verb splits it into source and content."""
    words = doc.words[sent.first:sent.last]
    long = [x for x in words if x.text[:1].isalpha() and len(x.text) > 3]
    if len(long) < 4 or sum(x.text[0].isupper() for x in long) < 0.8 * len(long):
        return None
    for w in words[1:-2]:
        lemma = lex.verb_lemma(w.text)
        cls = lex.verb_class(lemma) if lemma else None
        if not w.text[0].isupper() or cls not in ("neutral", "loaded", "framing", "stance") or w.text.lower() == lemma:
            continue
        nxt = doc.words[w.index + 1]
        if doc.words[w.index - 1].upos == "ADP" or nxt.upos in ("VERB", "AUX") and nxt.text[:1].isupper():
            continue  # a plural noun, not a verb: "Court of Appeals for …", "Power Plant Rules Face Key Test"
        src = [x.index for x in words if x.index < w.index]
        if len(src) > 8 or any(doc.words[k].upos == "PUNCT" and doc.words[k].text not in (".", "'", "’") for k in src) \
                or not any(doc.words[k].upos in ("PROPN", "NOUN") for k in src):
            return None
        ids = _trim(doc, set(range(w.index + 1, sent.last)))
        if len(ids) < 2:
            return None
        return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=lemma, cue_class=cls,
                           content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                           confidence=0.6, source=_span(doc, src), source_head=src[-1], pattern="headline")
    return None


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


def _mistagged_cue(doc: ParsedDoc, w: Word, lex: Lexicons, speech: list[Quote]) -> Attribution | None:
    """"The New York Post reports that …" (or "…, The Wall Street Journal reports.") with "reports" tagged as a
    noun: a name, a reporting-verb form and the content read from the surface."""
    lemma = lex.verb_lemma(w.text)
    cls = lex.verb_class(lemma) if lemma else None
    sent = doc.sentences[w.sent]
    if cls not in ("neutral", "loaded", "framing", "belief", "commitment") or w.index == sent.first:
        return None
    k = w.index - 1  # the name before the cue
    while k > sent.first and (doc.words[k - 1].upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or (
            # ("Data from the 2023 Eastbridge Community Survey show …", "…, a Harbor Times review of newly filed
            # campaign-finance reports shows.")
            doc.words[k - 1].text.lower() in ("of", "from") and k - 2 >= sent.first and doc.words[k - 2].upos == "NOUN")
            or doc.words[k - 1].xpos == "HYPH" or doc.words[k - 1].xpos == "VBN" and doc.words[k - 1].deprel == "amod"
            or doc.words[k - 1].upos == "ADV" and doc.words[k].xpos == "VBN" and doc.words[k].deprel == "amod"):
        k -= 1

    def found(parts: list[tuple[int, int]]) -> Attribution:
        return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=lemma, cue_class=cls,
                           content_parts=parts, sentence_index=w.sent, confidence=min(0.7, CONFIDENCE.get(cls, 0.7)),
                           source=_span(doc, list(range(k, w.index))), source_head=w.index - 1, pattern="surface")

    if cls in ("neutral", "loaded", "framing") and w.index > sent.first + 2 and all(
            doc.words[j].upos == "PUNCT" for j in range(w.index + 1, sent.last)) and \
            doc.words[w.index - 1].upos in ("PROPN", "NOUN") and k - 1 > sent.first and doc.words[k - 1].text == ",":
        # a sentence-final tag clause: what precedes its comma is the content
        ids = _trim(doc, set(range(sent.first, k - 1)))
        if len(ids) > 2:
            return found([(doc.words[ids[0]].start, doc.words[ids[-1]].end)])
    if w.index + 2 >= sent.last:
        return None
    nxt, after = doc.words[w.index + 1], doc.words[w.index + 2]
    infinitive = nxt.text.lower() == "to" and after.upos in ("VERB", "AUX") and cls in ("belief", "commitment")
    colon_quote = next((q for q in speech if nxt.text == ":" and 0 <= q.start - nxt.end <= 3), None) \
        if cls in ("neutral", "loaded", "framing") else None
    relative = nxt.text.lower() == "that" and (after.upos in ("AUX", "VERB") or after.upos == "ADV" and w.index + 3 < sent.last
                                               and doc.words[w.index + 3].upos in ("AUX", "VERB"))
    if relative:
        return None  # "new emissions rules that could transform …": a noun and its relative clause
    if not (nxt.text.lower() == "that" and cls != "commitment" or infinitive or colon_quote) \
            or not (doc.words[w.index - 1].upos in ("PROPN", "NOUN") or doc.words[w.index - 1].text.lower() in (
                "he", "she", "they", "it", "we", "i", "you")):
        return None  # "… plans to call on young people …" with "plans" tagged as a noun
    ids = _trim(doc, set(range(w.index + 1, sent.last)))
    if len(ids) < 3 and colon_quote is None:
        return None
    return found([(colon_quote.start, colon_quote.end)] if colon_quote
                 else [(doc.words[ids[0]].start, doc.words[ids[-1]].end)])


def _unattributed(doc: ParsedDoc, w: Word, lemma: str, cls: str | None, prt: list[int], speech: list[Quote],
                  lex: Lexicons) -> Attribution | None:
    """A claim the sentence puts on no one: "X seems to …" (hedge), "X is expected to …", "X is widely seen as …"
    (agentless passive), "Asked whether …, …" (a question by someone unnamed). A record with no source."""
    kind = lex.unattributed_kind(lemma)
    if kind is None or _quote_at(speech, w.start) is not None:
        return None  # inside a quotation it is the quoted speaker's hedge, part of their words
    kids = _children(doc, w.index)
    agent = next((c for c in kids if c.deprel.startswith("obl") and c.index > w.index and any(
        g.text.lower() == "by" and g.deprel == "case" for g in _children(doc, c.index))), None)
    if agent is not None and kind != "question":
        return None  # "is seen by many as": someone is named
    subj = next((c for c in kids if c.deprel in ("nsubj", "nsubj:pass")), None)
    after = lambda c: [k for k in _subtree(doc, c.index) if k > w.index]  # noqa: E731
    parts: list[tuple[int, int]] = []
    if kind == "question":
        # "Asked whether she would run, …", "When asked about the vote, …": a reduced passive with the question;
        # "Rubio was asked to name one achievement", "she was asked about the protests": a full one
        full = subj is not None and subj.deprel == "nsubj:pass" and any(c.deprel == "aux:pass" for c in kids)
        if not full and (subj is not None or any(c.deprel == "aux" for c in kids) or not (
                w.xpos == "VBN" or w.xpos == "VBD" and (
                w.index == doc.sentences[w.sent].first or doc.words[w.index - 1].text.lower() in REDUCED_LEAD))):
            return None
        if agent is not None and full:
            return None  # "was asked by reporters" with no question the passive reading found
        ids = _question(doc, w, kids, speech)
        if len(ids) < 2 and not (ids and doc.words[ids[0]].text.lower() in QUESTION_OPENERS - {"to"}):
            return None  # (a question of one word stands: "When asked why, Sembler responded …")
        parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    else:
        if subj is None or subj.text.lower() in ("it", "there", "this", "what") or (
                kind == "agentless") != (subj.deprel == "nsubj:pass"):
            return None  # "it seems that …" has no subject to speak of; a hedge is active, the passive passive
        pred = next((c for c in kids if c.index > w.index and (
            c.deprel == "xcomp" and (c.upos not in ("VERB", "AUX") or any(
                g.text.lower() == "to" for g in _children(doc, c.index)))
            or kind == "agentless" and c.deprel == "obl" and any(g.text.lower() == "as" and g.deprel == "case"
                                                                for g in _children(doc, c.index)))), None)
        if pred is None or kind == "agentless" and pred.deprel == "xcomp" and pred.upos not in ("VERB", "AUX"):
            return None  # "was found alive": a predicate, not a claim about what is thought
        held = _trim(doc, _subtree(doc, subj.index))
        said = [k for k in after(pred) if not (pred.deprel == "obl" and k < pred.index
                                               and doc.words[k].text.lower() == "as")]
        said = _trim(doc, set(said))
        if not held or not said:
            return None
        parts = [(doc.words[held[0]].start, doc.words[held[-1]].end), (doc.words[said[0]].start, doc.words[said[-1]].end)]
    if kind == "question":
        prt = [k for k in prt if doc.words[k].start < parts[0][0]]  # "When asked about …": "about" opens the question
    cue = _span(doc, sorted({*_verb_group(doc, w), w.index, *prt}))
    a = Attribution(kind="indirect", cue=cue, cue_lemma=lemma, cue_class=cls or "hedge", content_parts=parts,
                    sentence_index=w.sent, confidence=CONFIDENCE["unattributed"], pattern=kind)
    if agent is not None:
        # "Asked by Matt Lauer whether she had practiced her speech, she said …": the one who asked is named
        ids = _trim(doc, {k for k in _subtree(doc, agent.index) if doc.words[k].start < parts[0][0]}, quotes_ok=False)
        a.source, a.source_head = _without_by(_span(doc, ids)), agent.index
        a.pattern, a.confidence = "passive", min(CONFIDENCE.get(cls or "", 0.5), 0.7)
    return a


def _question(doc: ParsedDoc, w: Word, kids: list[Word], speech: list[Quote]) -> list[int]:
    """What a passive "asked" asks: "whether …", "what …", "to name …", "about the vote" (not the one asked)."""
    after = lambda c: [k for k in _subtree(doc, c.index) if k > w.index]  # noqa: E731
    q = next((c for c in kids if c.index > w.index and (
        c.deprel in ("ccomp", "xcomp") and (doc.words[min(after(c))].text.lower() in QUESTION_OPENERS)
        or c.deprel == "obl" and doc.words[min(after(c))].text.lower() == "about")), None) or next((
        c for c in kids if c.index > w.index and c.deprel == "advcl" and any(  # "was asked if she had …"
            g.deprel == "mark" and g.text.lower() in ("if", "whether") for g in _children(doc, c.index))), None)
    if q is not None:
        ids = _trim(doc, set(after(q)))
    else:
        # "Asked in Iowa recently whether he would …": the parse hung the question on the main clause; it
        # opens within a few words of the cue, past its adjuncts
        sent = doc.sentences[w.sent]
        k = next((j for j in range(w.index + 1, min(w.index + 9, sent.last)) if doc.words[j].upos == "PUNCT"
                  or doc.words[j].text.lower() in QUESTION_OPENERS or doc.words[j].text.lower() == "about"), None)
        ids = _trim(doc, set(range(k, sent.last))) if k is not None and doc.words[k].upos != "PUNCT" else []
    # the question ends where the clause it hangs on goes on ("Asked whether …, Trump replied"): at a comma
    comma = next((k for k in ids if doc.words[k].text == "," and _quote_at(speech, doc.words[k].start) is None), None)
    return _trim(doc, {k for k in ids if comma is None or k < comma})


def _unattributed_adverb(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"The mayor reportedly plans to resign": the clause the adverb modifies is a claim no one is named for."""
    if w.head < 0 or _quote_at(speech, w.start) is not None:
        return None
    head = doc.words[w.head]
    ids = _subtree(doc, head.index) - {w.index}
    for c in _children(doc, head.index):
        if c.deprel in ("conj", "parataxis", "cc") and c.index > w.index or c.deprel == "mark" and c.index < w.index:
            ids -= _subtree(doc, c.index)
    ids = _trim(doc, ids)
    if len(ids) < 2:
        return None
    before, after = [k for k in ids if k < w.index], [k for k in ids if k > w.index]
    parts = [(doc.words[p[0]].start, doc.words[p[-1]].end) for p in (before, after) if p]
    return Attribution(kind="indirect", cue=_span(doc, [w.index]), cue_lemma=w.lemma.lower(), cue_class="hedge",
                       content_parts=parts, sentence_index=w.sent, confidence=CONFIDENCE["unattributed"],
                       pattern="adverb")


def _phrase_end(doc: ParsedDoc, w: Word, kids: list[Word], q: Quote) -> int:
    """Where the cue's dependent that holds the quotation ``q`` ends (``q.end`` when the quotation ends it,
    ends the clause, or is not inside one of the cue's dependents)."""
    sent = doc.sentences[w.sent]
    inside = [k for k in range(w.index + 1, sent.last) if q.start <= doc.words[k].start < q.end]
    after = next((k for k in range(w.index + 1, sent.last) if doc.words[k].start >= q.end), None)
    if not inside or after is None or doc.words[after].upos == "PUNCT":
        return q.end
    dep = next((c for c in kids if c.index > w.index and c.deprel in ("obj", "iobj", "ccomp", "xcomp", "obl")
                and inside[0] in _subtree(doc, c.index)), None)
    if dep is None:
        return q.end
    sub = _subtree(doc, dep.index)
    for c in _children(doc, dep.index):
        if c.deprel in ("parataxis", "advcl"):
            sub -= _subtree(doc, c.index)
    ids = _trim(doc, {k for k in sub if k >= inside[0]})
    return max(q.end, doc.words[ids[-1]].end) if ids else q.end


def _cut_aside(doc: ParsedDoc, ids: list[int], speech: list[Quote]) -> list[int]:
    """Stop an object content before the narrator's participle ("had mocked the complaint, saying …") or a
    non-restrictive relative clause ("the reality of climate change, which makes him an outlier"): outside
    quotation marks these comment on the report, they are not what was reported. ("including" introduces
    part of the object.)"""
    for pos, k in enumerate(ids[:-1]):
        nxt = doc.words[ids[pos + 1]]
        if pos < 2 or doc.words[k].text != "," or _quote_at(speech, doc.words[k].start) is not None:
            continue
        if nxt.upos == "VERB" and nxt.xpos == "VBG" and nxt.text.lower() != "including" \
                or nxt.text.lower() in ("which", "who"):
            return _trim(doc, set(ids[:pos]))
    return ids


def _opens_quotation(doc: ParsedDoc, ids) -> bool:
    """Whether the words ``ids`` hold an odd number of quotation-mark tokens: a quotation opens in them and is
    still open at their end."""
    return sum(_quote_marks(doc.words[j].text) for j in ids) % 2 == 1


def _finite(doc: ParsedDoc, t: Word) -> bool:
    """A finite verb, or a predicate with a finite auxiliary or copula ("has sued", "is lower", "will go")."""
    return t.upos in ("VERB", "AUX") and t.xpos in ("VBD", "VBZ", "VBP") or t.upos in ("VERB", "AUX", "ADJ", "NOUN") \
        and any(c.deprel in ("aux", "aux:pass", "cop") and c.xpos in ("VBD", "VBZ", "VBP", "MD")
                for c in _children(doc, t.index))


def _narrator_goes_on(doc: ParsedDoc, ids: list[int]) -> int | None:
    """"…, and the ACLU has already sued the city": outside quotation marks, a finite clause with a subject of its
    own after ", and" or "— and" is the narrator going on, not more of what was reported. The position in ``ids``
    of the comma or dash before it, or None."""
    for pos, k in enumerate(ids):
        if pos < 3 or doc.words[k].text not in (",", "—", "–") or pos + 1 >= len(ids) \
                or doc.words[ids[pos + 1]].text.lower() != "and" \
                or _opens_quotation(doc, ids[:pos]):
            continue
        opener = ids[pos + 1] + 1
        if doc.words[opener].text.lower() == "that":
            continue  # ("…, and that Ukrainian membership “is an option …”" with "that" read as a determiner)
        for j in ids[pos + 2:pos + 12]:
            if _finite(doc, doc.words[j]) and any(
                    c.deprel.startswith("nsubj") and min(_subtree(doc, c.index)) == opener and c.index < j
                    and not any(doc.words[x].text == "," for x in range(opener, c.index))
                    for c in _children(doc, j)):
                return pos
    return None


def _cut_who_clause(doc: ParsedDoc, ids: list[int], speech: list[Quote]) -> list[int]:
    """"Cruz says his campaign is the only one that can beat Donald Trump, who won the South Carolina primary":
    outside quotation marks, a relative clause on "who" set off by a comma that runs to the content's end
    describes someone for the reader; it is the narrator's, not what was reported (``_cut_aside`` does the same
    for an object content, there also for "which")."""
    for pos, k in enumerate(ids[:-2]):
        nxt = doc.words[ids[pos + 1]]
        if pos >= 3 and doc.words[k].text == "," and nxt.text.lower() == "who" and nxt.head >= 0 \
                and _quote_at(speech, doc.words[k].start) is None and doc.words[nxt.head].deprel == "acl:relcl" \
                and max(_subtree(doc, nxt.head)) >= ids[-1] - 1:
            return _trim(doc, set(ids[:pos]))
    return ids


def _cut_tag_clause(doc: ParsedDoc, ids: list[int], lex: Lexicons) -> list[int]:
    """Drop a trailing ", the source added" from a content: another speaker's tag clause is not content; stop
    before ", and maintained …": a second cue of the same speaker starts its own attribution; and stop before ",
    and the union has sued …": a finite clause with its own subject after ", and", outside quotation marks, is
    the narrator's."""
    for pos, k in enumerate(ids):
        t = doc.words[k]
        if pos >= 3 and t.upos == "VERB" and doc.words[ids[pos - 1]].text.lower() in ("and", "but") \
                and _word_class(lex, t) in ("neutral", "loaded", "framing") \
                and (doc.words[ids[pos - 2]].text == "," or not any(
                    c.deprel.startswith("nsubj") and c.index > ids[pos - 1] for c in _children(doc, t.index))):
            return _trim(doc, set(ids[:pos - 1]))
    for pos, k in enumerate(ids):
        # ("…, and more than 4 in 10 said …", "…, while about half want …", "…, though, Allen did suggest …": a
        # clause after the comma with a speaker and a cue of its own is another attribution, not this content)
        if pos < 3 or doc.words[k].text != "," or pos + 1 >= len(ids) \
                or doc.words[ids[pos + 1]].text.lower() not in ("and", "but", "while", "though", "although", "whereas"):
            continue
        opener = ids[pos + 1] + 1
        while opener in ids and (doc.words[opener].text == "," or doc.words[opener].upos == "ADV"):
            opener += 1  # ("…, though, Allen did suggest …")
        for j in ids[pos + 2:pos + 12]:
            t = doc.words[j]
            if t.upos == "VERB" and _word_class(lex, t) in ("neutral", "loaded", "framing") and any(
                    c.deprel.startswith("nsubj") and min(_subtree(doc, c.index)) == opener and c.index < t.index
                    for c in _children(doc, t.index)):
                return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        nxt = doc.words[ids[pos + 1]] if pos + 1 < len(ids) else None
        if pos >= 3 and doc.words[k].text in (",", "—", "–") and nxt is not None and nxt.xpos == "VBG" and \
                _word_class(lex, nxt) in ("neutral", "loaded", "framing") and nxt.lemma.lower() not in EVIDENCE_VERBS:
            return _trim(doc, set(ids[:pos]))  # ", arguing that …" / ", adding …": the speaker's next cue
    pos = _narrator_goes_on(doc, ids)
    if pos is not None:
        return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        # "46 percent say they back the plan, compared with 30 percent a year ago", "they will not back him, as has
        # the mayor of Miami", "… on guns — while his supporters have accused …": outside quotation marks, the
        # narrator's comparison or contrast
        if pos < 3 or pos + 2 >= len(ids) or _opens_quotation(doc, ids[:pos]):
            continue
        nxt, after = doc.words[ids[pos + 1]], doc.words[ids[pos + 2]]
        if doc.words[k].text == "," and (nxt.text.lower() == "compared" and after.text.lower() in ("with", "to") or (
                nxt.text.lower() == "as" and after.lemma.lower() in ("be", "have", "do") and after.xpos in ("VBZ", "VBP", "VBD"))) \
                or doc.words[k].text in ("—", "–", "--", "-") and nxt.text.lower() in ("while", "although", "though"):
            return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        if doc.words[k].text != "," or pos < 3:
            continue
        tail = ids[pos + 1:]
        if 0 < len(tail) <= 7 and any(doc.words[t].upos == "VERB" and (lex.verb_class(doc.words[t].lemma) or lex.verb_lemma(doc.words[t].text)) for t in tail):
            return _trim(doc, set(ids[:pos]))
    return ids


def _nominal_attribution(doc: ParsedDoc, w: Word, cls: str, speech: list[Quote]) -> Attribution | None:
    """"Trump's claim that …": a possessor is the source, the that-clause (or an adjacent quote) the content."""
    sent = doc.sentences[w.sent]
    poss = [c for c in _children(doc, w.index) if c.deprel == "nmod:poss" and c.upos in ("PROPN", "NOUN", "PRON")]
    src_ids = None
    if not poss and w.index - 1 > sent.first and doc.words[w.index - 1].upos == "PROPN":
        # "a New York Times report that …": the name compounded with the cue noun is the source
        k0 = w.index - 1
        while k0 - 1 >= sent.first and doc.words[k0 - 1].upos == "PROPN":
            k0 -= 1
        poss, src_ids = [doc.words[w.index - 1]], list(range(k0, w.index))
    if not poss or poss[0].text.lower() in ("its", "their", "our", "my", "your", "his", "her") and poss[0].upos == "PRON" \
            and poss[0].text.lower() in ("its",):
        return None
    k = w.index + 1
    if k >= sent.last or doc.words[k].text.lower() != "that" or doc.words[k].upos == "PRON" and doc.words[k].deprel.startswith("nsubj"):
        return None
    # the clause runs to the end of the sentence or the next comma that closes it
    end = k + 1
    while end < sent.last and doc.words[end].text not in (";",):
        end += 1
    ids = _trim(doc, set(range(k, end)))
    if len(ids) < 3:
        return None
    if src_ids is None:
        src_ids = _trim(doc, _subtree(doc, poss[0].index), quotes_ok=False)
    src = _span(doc, src_ids)
    return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=w.lemma.lower(), cue_class=cls,
                       content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                       confidence=0.6, source=src, source_head=poss[0].index, pattern="nominal")


def _adjectival_attribution(doc: ParsedDoc, w: Word, cls: str, speech: list[Quote],
                            lex: Lexicons) -> Attribution | None:
    """"Republicans have been critical of the deal", "aides are confident that …", "she is eager to debate": a
    predicate adjective whose subject holds the position and whose complement says what about."""
    kids = _children(doc, w.index)
    if not any(c.deprel == "cop" for c in kids):
        return None
    subj = next((c for c in kids if c.deprel == "nsubj" and c.index < w.index and _plausible_source(doc, c)), None)
    if subj is None or subj.text.lower() in ("it", "this", "there", "what") \
            or subj.text.lower() in RELATIVE and _antecedent(doc, w, subj) is None:
        return None  # "it is clear that …"; "who are critical of …" speaks for its antecedent
    if _quote_at(speech, w.start) is not None or subj.text.lower() in ("i", "we", "you"):
        return None  # inside a quotation it is part of someone's words; "I am confident" is discourse
    comp, case = None, None
    for c in sorted(kids, key=lambda c: c.index):
        if c.index < w.index:
            continue
        marks = [g for g in _children(doc, c.index) if g.deprel in ("case", "mark") and g.index < c.index]
        if c.deprel in ("ccomp", "xcomp") and (c.deprel == "ccomp" or any(g.text.lower() == "to" for g in marks)):
            comp = c
        elif c.deprel in ("obl", "advcl") and marks and marks[0].text.lower() in ADJ_CASES:
            comp, case = c, marks[0]
        if comp is not None:
            break
    if comp is None:
        return None
    ids = _cut_tag_clause(doc, _trim(doc, {k for k in _subtree(doc, comp.index) if k > (case.index if case else w.index)}),
                          lex)
    if not ids:
        return None
    lead = [c.index for c in kids if c.deprel in ("cop", "aux", "advmod") and subj.index < c.index < w.index]
    first = w.index
    while first - 1 in lead:
        first -= 1
    a = _build(doc, w, w.lemma.lower(), cls, [], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
               "adjectival")
    a.cue = _span(doc, list(range(first, (case.index if case else w.index) + 1)))
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _light_verb_attribution(doc: ParsedDoc, w: Word, cls: str) -> Attribution | None:
    """"Trump is raising questions about his microphone", "made a comment that …", "voiced concern over …":
    a cue noun as the object of a light verb; the verb's subject is the source, what the noun is about (or
    its that-clause) the content, and the cue runs from the verb to the preposition."""
    if w.deprel != "obj" or w.head < 0:
        return None
    v = doc.words[w.head]
    if v.upos != "VERB" or v.lemma.lower() not in LIGHT_VERBS or v.index > w.index:
        return None
    subj = next((c for c in _children(doc, v.index) if c.deprel == "nsubj" and _plausible_source(doc, c)), None)
    if subj is None or subj.text.lower() in ("it", "this", "that", "which", "what", "there"):
        return None
    # what the noun is about, whether the parse hung it on the noun or on the verb right after the noun
    end = max(_subtree(doc, w.index))
    kids = [c for c in _children(doc, w.index) if c.index > w.index] + [
        c for c in _children(doc, v.index) if c.deprel == "obl" and min(_subtree(doc, c.index)) == end + 1]
    about, case = next(((c, g) for c in kids if c.deprel in ("nmod", "obl") for g in _children(doc, c.index)
                        if g.deprel == "case" and g.text.lower() in LIGHT_VERB_CASE and g.index < c.index), (None, None))
    clause = next((c for c in kids if c.deprel in ("acl", "acl:relcl", "ccomp") and any(
        g.deprel == "mark" and g.text.lower() == "that" for g in _children(doc, c.index))), None)
    target = about or clause
    if target is None:
        return None
    ids = _trim(doc, _subtree(doc, target.index))
    if case is not None:
        ids = [k for k in ids if k > case.index]
    cue_end = case.end if case is not None else w.end
    if len(ids) < 2:
        return None
    a = _build(doc, v, v.lemma.lower(), cls, [], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "nominal")
    a.cue = Span(a.cue.start, cue_end, doc.text[a.cue.start:cue_end])
    a.cue_lemma = w.lemma.lower()
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _following_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """X said: "..." — a quote that starts after the cue, in this sentence or right after a colon."""
    sent = doc.sentences[w.sent]
    tail = doc.text[w.end:min(len(doc.text), sent.end + 3)]
    for q in speech:
        if q.start >= w.end and q.start <= sent.end + 2:
            between = doc.text[w.end:q.start]
            if ";" in between:
                break  # ("to call a hearing on whether to fine Lee; one councillor called Lee “…”": another clause's)
            if len(between) <= 80 and ("," in between or ":" in between or between.strip() == "" or q.start < sent.end):
                return q
    if tail.rstrip().endswith(":"):
        for q in speech:
            if sent.end <= q.start <= sent.end + 4:
                return q
    return None


def _quotes_ending_sentence_before(doc: ParsedDoc, w: Word, speech: list[Quote]) -> list[Quote]:
    """The quotations that end the sentence before the cue's, in text order: where the tokenizer split "…?” Vitter
    demanded." in two (a quotation may open sentences before: "“… Why does nobody ask the minister?” Varga said.")."""
    if w.sent == 0:
        return []
    prev, sent = doc.sentences[w.sent - 1], doc.sentences[w.sent]
    return [q for q in speech if q.start < prev.end and prev.end - 1 <= q.end <= sent.start + 1 and q.end <= w.start]


def _preceding_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """"…," he said — a quote ending just before the cue clause in the same sentence (or ending the previous
    sentence, when the tokenizer split "…?” Vitter demanded." in two)."""
    sent = doc.sentences[w.sent]
    best = None
    short = sent.last - sent.first <= 8
    # a long sentence that opens with the cue clause tags the quotation before it too, when that quotation ends
    # unfinished ("“… Loudoun?” Will Estrada, the chairman for the exurb, said of the encounter he had …")
    if w.sent > 0 and (short or _opens_with_cue_clause(doc, w)):
        for q in _quotes_ending_sentence_before(doc, w, speech):
            if short or _inner_text(doc, q).endswith(("?", "!", ",", "—")) or _only_occasion_after(doc, w):
                best = q
    for q in speech:
        if sent.start <= q.end <= w.start and len(doc.text[q.end:w.start].split()) <= 7:
            best = q
        elif q.start < sent.start and sent.start <= q.end <= w.start and len(doc.text[q.end:w.start].split()) <= 6:
            best = q
    return best


def _opens_with_cue_clause(doc: ParsedDoc, w: Word) -> bool:
    """The sentence opens with the cue clause of ``w``, a root with no object or complement: every word before
    it belongs to its subject, an auxiliary, an adverb or a punctuation mark."""
    kids = _children(doc, w.index)
    subj = next((c for c in kids if c.deprel == "nsubj" and c.index < w.index), None)
    # ("…?” Ruiz told reporters on a call.": the one told is no object of what was said)
    told = [c for c in kids if c.deprel in ("obj", "iobj") and w.lemma.lower() in ADDRESSEE_VERBS
            and c.upos in ("NOUN", "PROPN", "PRON") and not any(g.deprel in COMP for g in _children(doc, c.index))]
    if w.deprel != "root" or any(c.deprel in ("obj", "iobj", "xcomp") and c not in told or c.deprel == "ccomp" and not (
            subj is not None and _subject_aside(doc, w, c, subj)) for c in kids):
        return False
    for k in range(doc.sentences[w.sent].first, w.index):
        if doc.words[k].upos in ("PUNCT", "AUX", "ADV"):
            continue
        while doc.words[k].head != w.index:
            k = doc.words[k].head
            if k < 0:
                return False
        if doc.words[k].deprel not in ("nsubj", "aux", "advmod", "punct") and not (
                doc.words[k].deprel == "ccomp" and subj is not None and _subject_aside(doc, w, doc.words[k], subj)):
            return False
    return True


def _only_occasion_after(doc: ParsedDoc, w: Word) -> bool:
    """After the cue comes only when or where it was said ("Sweeny said after an event in Edison on Wednesday."):
    the sentence is a tag clause of its own, for the quotation that ended the sentence before."""
    sent = doc.sentences[w.sent]
    after = [c for c in _children(doc, w.index) if c.index > w.index and c.upos != "PUNCT"]
    return bool(after) and all(_time_phrase(doc, c) or c.deprel == "advmod" and c.upos == "ADV" for c in after) and all(
        k in _subtree(doc, w.index) for k in range(w.index + 1, sent.last))


def _inner_text(doc: ParsedDoc, q: Quote) -> str:
    """The words inside a quotation without the closing marks of a quotation nested in it ("… 'no,’”")."""
    return doc.text[q.inner[0]:q.inner[1]].rstrip().rstrip("'’\"”")


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


def _build(doc, w, lemma, cls, prt, subj, parts, pattern) -> Attribution:
    carrier = _carrier_verb(doc, w)
    carried = range(carrier.index, w.index) if carrier is not None and subj.index < carrier.index else []
    manner = _manner_phrase(doc, w, lemma) if not prt else []
    if manner and any(doc.words[manner[0]].start < b and a < doc.words[manner[-1]].end for a, b in parts):
        manner = []  # (the phrase is part of what was said)
    cue_ids = sorted({*_verb_group(doc, w), *_lead_verb(doc, w), *carried, w.index, *prt, *manner})
    cue = _span(doc, cue_ids)
    src_ids, via = _source_ids(doc, subj)
    if w.index in src_ids:  # "30 percent of voters saying …": the cue hangs on its source; the source ends there
        src_ids = _trim(doc, {k for k in src_ids if k < w.index} - _subtree(doc, w.index), quotes_ok=False)
    first = _surface_source(doc, w, subj)
    title: list[int] = []
    if first is not None:
        chunk_end = w.index - 1
        while chunk_end > subj.index and doc.words[chunk_end].upos in ("AUX", "ADV", "PART"):
            chunk_end -= 1
        rel = next((g for g in range(first, chunk_end) if doc.words[g].text == ","
                    and doc.words[g + 1].text.lower() in ("who", "which")), None)
        chunk_end = rel - 1 if rel is not None else chunk_end  # the source stops before its relative clause
        src_ids = _trim(doc, set(range(first, chunk_end + 1)), quotes_ok=False)
    if subj.index > w.index and subj.deprel != "obl:agent":
        # "said Lena Ortiz, a spokeswoman …" (not a participle's subject from the clause after it: "Pointing to
        # the report, Weber told …")
        if min(_subtree(doc, subj.index)) <= max([w.index, *prt]) + 1 or all(
                doc.words[k].upos in ("PROPN", "DET", "NUM", "ADJ") for k in range(max([w.index, *prt]) + 1, subj.index)):
            # ("said one Republican involved in the planning": the phrase the parse broke up, read from the surface)
            src_ids = _inverted_source(doc, w, subj) or src_ids
    elif subj.text.lower() in RELATIVE and subj.upos == "PRON" and subj.index in src_ids:
        src_ids = [subj.index]  # ("a PAC that backed Lee": the relative pronoun as written, not "PAC that")
    else:
        title = _title_after_quote(doc, src_ids, subj)
        src_ids = title + _extend_to_verb(doc, src_ids, w)
        # (or the subject's own head's: "Clinton campaign communications director Jennifer Palmieri acknowledged …
        # but noted …", where "noted" shares the subjects of "acknowledged"; there only a bare title, not "comments
        # Clinton made", "the amount Trump gave")
        shared = [c for c in _children(doc, subj.head) if c.deprel in SUBJ and "Number=Plur" not in c.feats and all(
            doc.words[k].upos in ("NOUN", "PROPN", "ADJ") or doc.words[k].xpos == "HYPH" for k in _subtree(doc, c.index))
        ] if 0 <= subj.head != w.index else []
        for c in _children(doc, w.index) + shared:
            if c.deprel in SUBJ and c.index < subj.index and src_ids and _title_before(doc, c, subj) \
                    and max(_subtree(doc, c.index)) + 1 == min(src_ids) and doc.words[min(src_ids) - 1].text != ",":
                src_ids = sorted(set(src_ids) | _subtree(doc, c.index))  # the title the parse split off
    dateline = _dateline_end(doc, w.sent)
    if dateline is not None and dateline <= w.index:
        # ("WASHINGTON (AP) — Mayor Ann Lee said …": the dateline is neither who spoke nor what was said)
        src_ids = [k for k in src_ids if k >= dateline]
        after = doc.words[dateline].start
        if any(b > after for _, b in parts):
            parts = [(max(a, after), b) for a, b in parts if b > after]
    src = _span(doc, _without_aside(doc, src_ids))
    if title and parts and parts[0][0] < doc.words[title[0]].start < parts[0][1]:
        # (the title the parse hung on the quotation is the source's, not what was said)
        parts = [(parts[0][0], len(doc.text[:doc.words[title[0]].start].rstrip()))] + parts[1:]
    kept = [c for c in _children(doc, subj.index) if c.deprel == "acl:relcl" and c.index > subj.index and c.index in src_ids]
    core_ids = _trim(doc, set(src_ids) - set().union(*(_subtree(doc, c.index) for c in kept)), quotes_ok=False) \
        if kept else []
    via_span = _without_by(_span(doc, _trim(doc, _subtree(doc, via.index), quotes_ok=False))) if via is not None else None
    if via_span is None and src is not None:
        m = re.match(r",\s*(?:cited|quoted) by ([^,]+),", doc.text[src.end:w.start])
        if m:
            via_span = Span(src.end + m.start(1), src.end + m.end(1), m.group(1))
    conf = CONFIDENCE.get(cls, 0.7)
    if pattern == "quote":
        conf -= 0.1
    a = Attribution(kind="indirect", cue=cue, cue_lemma=lemma, cue_class=cls, content_parts=parts,
                    sentence_index=w.sent, confidence=round(conf, 3), source=src, source_head=subj.index,
                    via=via_span, pattern=pattern)
    if core_ids and src is not None:
        # "Voters who rank the ferry first said": the speaker is read without the restrictive clause
        a.source_core = _span(doc, core_ids)
    if subj.text.lower() in RELATIVE:
        _link_antecedent(doc, w, a)
    return a


def _according(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """according to X: X is the source, the rest of the clause the content. Read from the surface (commas and
    sentence bounds), which is sturdier than any one parse of this construction."""
    sent = doc.sentences[w.sent]
    to = doc.words[w.index + 1]
    # the source: from after "to" up to the next comma or the end of the sentence
    k = to.index + 1
    src_end = k
    while src_end < sent.last and (doc.words[src_end].text not in (",", ";", ":", "—", "–", "(") or (
            _opens_quotation(doc, range(k, src_end)) and src_end - k < 30)) and not (
            doc.words[src_end].upos == "PUNCT" and src_end == sent.last - 1):
        src_end += 1  # (over the colon of a quoted title: "According to ''The Trumps: Three Generations …'' by …")
    src_ids = list(range(k, src_end))
    if not src_ids:
        return None
    # "X cited by Y" / "X quoted by Y": Y travels as via
    via_span = None
    for j in src_ids:
        if doc.words[j].text.lower() in ("cited", "quoted") and j + 1 < src_end and doc.words[j + 1].text.lower() == "by":
            if j + 2 < src_end:
                via_span = _span(doc, list(range(j + 2, src_end)))
            src_ids = [i for i in src_ids if i < j]
            break
    if not src_ids:
        return None
    nouns = [i for i in src_ids if doc.words[i].upos in ("NOUN", "PROPN", "PRON")]
    if not nouns:
        return None
    head = nouns[0]
    # the head noun: the last noun before a preposition ("a report by the statistics office" → report)
    for i in src_ids:
        if doc.words[i].upos == "ADP" and i > head:
            break
        if doc.words[i].upos in ("NOUN", "PROPN"):
            head = i
    if doc.words[head].lemma.lower() in NON_SOURCES or doc.words[head].text.lower() in NON_SOURCES or \
            doc.words[src_ids[0]].text.lower() in NON_SOURCES or doc.words[src_ids[0]].lemma.lower() in NON_SOURCES:
        return None  # "according to plan"
    # the content: the rest of the sentence around "according to X"
    lead = w.index
    while lead > sent.first and (doc.words[lead - 1].upos == "PUNCT" or doc.words[lead - 1].text.lower() in (
            "however", "but", "and", "yet", "also", "still", "now")):
        lead -= 1
    before = list(range(sent.first, lead)) if lead > sent.first else []
    after = list(range(src_end, sent.last))
    ids = _trim(doc, set(before) | set(after))
    parts = None
    if w.index == sent.first or not before or doc.words[lead - 1].text.lower() in SUBORDINATORS and any(
            _finite(doc, doc.words[i]) for i in after):
        # ("He crossed the border after, according to him, the network censured his report": the clause the
        # conjunction opens)
        ids = _trim(doc, set(after))
    elif not [i for i in after if doc.words[i].upos != "PUNCT"]:
        ids = _trim(doc, set(before))
    elif any(doc.words[i].upos in ("VERB", "AUX") for i in before) and not (
            _hangs_on(doc, after, before) and not any(_finite(doc, doc.words[i]) for i in after)
            or _hangs_on(doc, before, after) and not any(_finite(doc, doc.words[i]) for i in before)):
        # "The company earned $1.6 billion, according to Brian Wieser, an analyst at …": a whole clause before it;
        # what follows the source is its apposition or the narrator's aside (not "G4S receives, according to one
        # report, $234 million …", "Notably absent, according to members, was any mention …": one clause around it)
        ids = _trim(doc, set(before))
    else:
        # "The plan, according to officials, will cost $5 billion": the clause around it, in two parts
        b, c = _trim(doc, set(before)), _trim(doc, set(after))
        parts = [(doc.words[p[0]].start, doc.words[p[-1]].end) for p in (b, c) if p] or None
    if not ids:
        return None
    parts = parts or [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    cue = Span(w.start, to.end, doc.text[w.start:to.end])
    src_trim = _trim(doc, set(src_ids), quotes_ok=False)
    if src_trim and src_trim[0] > k and _quote_marks(doc.words[src_trim[0] - 1].text) and any(
            _quote_marks(doc.words[j].text) for j in src_trim):
        src_trim = [src_trim[0] - 1, *src_trim]  # a quoted title keeps its opening mark ("According to “Harbor Days,” by …")
    return Attribution(kind="indirect", cue=cue, cue_lemma="according to", cue_class="neutral", content_parts=parts,
                       sentence_index=w.sent, confidence=CONFIDENCE["according"],
                       source=_span(doc, src_trim), source_head=head,
                       via=via_span, pattern="according")


def _hangs_on(doc: ParsedDoc, ids: list[int], other: list[int]) -> bool:
    """Whether the parse hangs a word of ``ids`` (other than punctuation) whose head lies outside ``ids`` on a word
    of ``other``."""
    inside, there = set(ids), set(other)
    return any(doc.words[i].head in there for i in ids if doc.words[i].upos != "PUNCT" and doc.words[i].head not in inside)


def _opener_parts(doc: ParsedDoc, w: Word, speech: list[Quote], width: int, aside, reach: int
                  ) -> tuple[list[int], list[int], list[int]] | None:
    """A sentence that opens with a phrase set off by a comma ("In a CNN poll, …", "To Frank, …"): the phrase's
    words up to that comma (within ``width`` words), the same with an aside after the comma that ``aside`` accepts
    the first word of (up to the next comma, within ``reach``), and the clause after them, which needs three words,
    a verb and no quotation at its start."""
    sent = doc.sentences[w.sent]
    if _quote_at(speech, w.start) is not None:
        return None
    comma = next((k for k in range(w.index + 1, min(w.index + width, sent.last)) if doc.words[k].text in (",", ";", ":")),
                 None)
    if comma is None or doc.words[comma].text != "," or comma == w.index + 1:
        return None
    phrase = list(range(w.index + 1, comma))
    src, first = phrase, comma + 1
    if first < sent.last and aside(doc.words[first]):
        close = next((k for k in range(first + 1, min(first + reach, sent.last)) if doc.words[k].text == ","), None)
        if close is None:
            return None
        src, first = list(range(w.index + 1, close)), close + 1
    ids = _trim(doc, set(range(first, sent.last)))
    if len(ids) < 3 or not any(doc.words[k].upos in ("VERB", "AUX") for k in ids) \
            or _quote_at(speech, doc.words[ids[0]].start) is not None:
        return None
    return phrase, src, ids


def _phrase_record(doc: ParsedDoc, w: Word, cls: str, ids: list[int], source: Span | None, head: int,
                   confidence: float, pattern: str) -> Attribution:
    """A record whose cue is the preposition ``w`` itself ("In a CNN poll, …", "To Frank, …") and whose content is
    the words ``ids``."""
    return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=w.text.lower(), cue_class=cls,
                       content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                       confidence=confidence, source=source, source_head=head, pattern=pattern)


def _poll_attribution(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"In a CNN/ORC poll released Wednesday, he fell to 10 percent": a poll or survey that opens the sentence with
    "In" and a comma is the source of the finding that follows. Read from the surface, like "according to": parses
    of the long names of polls vary too much. A participle after the comma belongs to the poll ("In the new Morning
    Consult poll, conducted March 11-13, 40 percent …")."""
    parts = _opener_parts(doc, w, speech, 22, lambda x: x.xpos == "VBN", 12)
    if parts is None:
        return None
    phrase, src, ids = parts
    polls = [k for k in phrase if doc.words[k].lemma.lower() in POLL_NOUNS and doc.words[k].upos in ("NOUN", "PROPN")
             and doc.words[k + 1].upos not in ("NOUN", "PROPN")  # (not "polling places")
             # the phrase's head, before any participle ("a memo released as polls closed" is a memo)
             and not any(doc.words[j].xpos == "VBN" for j in range(w.index + 1, k))]
    if len(phrase) == 2 and doc.words[phrase[0]].upos == "DET" and doc.words[phrase[1]].text.lower() == "polls":
        return None  # "In the polls, the mayor has slipped": the race's standing
    # a poll of its own ("a CNN national poll", "exit polls", "the same survey"), not a clause ("In fact, …" has no
    # poll at all; nor does "In a memo released as polls closed, …")
    if not polls or len(phrase) < 2 or any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].xpos not in ("VBN",)
                                           or doc.words[k].upos == "SCONJ" for k in phrase):
        return None
    return _phrase_record(doc, w, "neutral", ids, _span(doc, _trim(doc, set(src), quotes_ok=False)), polls[0], 0.6,
                          "poll")


def _trailing_poll(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"Clinton led Sanders more than 2-1 in an NBC News/Marist poll", "her lead in a CBS News poll": a single poll
    named in a phrase after what it found is its source. The finding is the clause (or the noun phrase) the phrase
    hangs on, from its subject up to "in"; the poll is the phrase, without what follows a comma. Plural polls
    ("leads in national polls", "rose in the polls") are the race's standing."""
    sent = doc.sentences[w.sent]
    poll = doc.words[w.head] if w.head >= 0 else None
    if poll is None or poll.deprel not in ("obl", "nmod") or poll.upos not in ("NOUN", "PROPN") \
            or poll.index < w.index or poll.lemma.lower() not in POLL_NOUNS or poll.text.lower().endswith("s") \
            or poll.index + 1 < sent.last and doc.words[poll.index + 1].upos in ("NOUN", "PROPN") \
            or _quote_at(speech, w.start) is not None:
        return None  # (nor "in polling places")
    h = doc.words[poll.head] if poll.head >= 0 else None
    if h is None or h.index > w.index:
        return None
    if h.upos in ("NOUN", "PROPN", "NUM"):
        start = _first_word(doc, _subtree(doc, h.index))
    else:
        subj = next((c for c in _children(doc, h.index) if c.deprel in SUBJ and c.index < h.index), None)
        lead = [c.index for c in _children(doc, h.index) if c.deprel.startswith("aux") and c.index < h.index]
        start = _first_word(doc, _subtree(doc, subj.index)) if subj is not None else min(lead + [h.index])
    ids = _trim(doc, set(range(start, w.index)))
    if len(ids) < 2 or doc.words[ids[0]].text.lower() in RELATIVE_OPENERS:
        return None
    src = _trim(doc, {k for k in _subtree(doc, poll.index) if k != w.index and not any(
        doc.words[j].text in (",", ";", "(") for j in range(poll.index, k))}, quotes_ok=False)
    return _phrase_record(doc, w, "neutral", ids, _span(doc, src), poll.index, 0.5, "poll")


def _viewpoint_attribution(doc: ParsedDoc, w: Word, speech: list[Quote], lex: Lexicons) -> Attribution | None:
    """"To Frank, issues of racial and class justice get attention …", "To many, Santilli is a provocateur": a
    sentence that opens with "To" and people set off by a comma puts what follows as their view (a belief), with a
    relative clause after the comma as part of who holds it ("To Sexton, who has made something of a study of Trump
    rallies, Tuesday marked …"). "To that, …", "To date, …" name no one; "For X, …" is far more often a topic than
    a view and makes none."""
    parts = _opener_parts(doc, w, speech, 8, lambda x: x.text.lower() in RELATIVE_OPENERS, 20)
    if parts is None:
        return None
    phrase, src, ids = parts
    head = doc.words[phrase[-1]]
    people = lex.sources["person_nouns"] | lex.sources["group_nouns"]
    if any(doc.words[k].upos in ("VERB", "AUX", "ADP", "SCONJ", "NUM") for k in phrase) \
            or doc.words[phrase[0]].text.lower() in ("a", "an") \
            or not (head.upos == "PROPN" or head.lemma.lower() in people or head.text.lower() in VIEW_HOLDERS):
        return None  # (nor "To a person, they don't want to let go": everyone, an idiom)
    return _phrase_record(doc, w, "belief", ids, _span(doc, src), head.index, 0.5, "viewpoint")


COLON_STOP = {"the", "a", "an", "but", "and", "or", "so", "if", "when", "here", "there", "this", "that", "update",
              "note", "breaking", "exclusive", "watch", "read", "related", "editor", "photo", "video", "image",
              "name", "age", "city", "job", "pay", "twitter", "facebook", "instagram", "online", "email", "phone",
              "website", "web", "contact", "follow", "credit", "caption", "live", "clarification", "correction",
              "disclosure", "disclaimer"}
COLON_LINE = re.compile(r"^[ \t]*[\"“]?((?:[A-Z][\w.’'-]*\s?){1,4}?)\s*:\s+(\S.*)$", re.M)


def _colon_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote],
                        lex: Lexicons) -> list[Attribution]:
    """Transcripts and headlines: "PENCE: Well, look, ..." / "Pat Caddell: Democrats worried ..." — a short
    capitalised name opening a line, a colon, then what the person said."""
    out = []
    taken = [(a.content_start, a.content_end) for a in found]
    for m in COLON_LINE.finditer(doc.text):
        name, body = m.group(1).strip(), m.group(2).rstrip()
        if not name or name.lower() in ("note", "update", "editor's note", "photo", "video", "source", "sources",
                                        "watch", "read more", "related", "correction", "q", "a", "by", "image"):
            continue
        k = doc.word_at(m.start(1))
        first_word = doc.words[k] if k is not None else None
        if first_word is None or first_word.text.lower() in COLON_STOP or first_word.upos in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP", "PRON"):
            continue
        s_name0 = m.start(1)
        named = name.isupper() or any(e.label in ("PER", "PERSON", "ORG") and e.start <= s_name0 < e.end
                                      and e.end >= s_name0 + len(name) - 1 for e in doc.entities)
        if not named and all(t[:1].isupper() for t in name.split()) and first_word.upos in ("PROPN", "NOUN"):
            # a headline line: "Poll: Clinton leads in Ohio", "Clinton camp: …", "Trump: ‘I’m not going anywhere’"
            named = True
        if not named or len(name.split()) > 3:
            continue
        words = re.findall(r"[^\W\d_][\w’'-]*", body)
        if len(words) < 3 or body.lstrip("“\"‘'").startswith(("@", "http", "www.")) or (
                body.count(",") >= 3 and sum(t[:1].isupper() for t in words) >= 0.8 * len(words)):
            continue  # "Clinton: 547", "Twitter: @handle", "Iowa: Ann Lee, Bo Diaz, …": a figure, a handle, a list
        s_name, e_name = m.start(1), m.start(1) + len(name)
        c_start, c_end = m.start(2), m.start(2) + len(body)
        if any(a <= c_start < b and b >= c_start + len(body) - 2 for a, b in taken):
            continue  # already the content of an attribution covering the whole line
        out.append(_colon_record(doc, s_name, e_name, doc.word_at(e_name - 1), (c_start, c_end), first_word.sent,
                                 0.6))
    headline = _headline_colon(doc, found + out, lex)
    return out + ([headline] if headline else [])


def _headline_colon(doc: ParsedDoc, found: list[Attribution], lex: Lexicons) -> Attribution | None:
    """The headline's own "who: what" ("Clinton camp: Trump's Islamophobia threatens national security", "McCain
    Challenger Kelli Ward: Impeach AG Lynch", "Former AG Mukasey at RNC: …", "EXCLUSIVE – Roger Stone: …"): on the
    first line only, a name or a source noun of any case and up to six words before the colon, with no verb,
    heads what follows when that has a verb or a quotation. A label ("The Latest:", "Big Win For Bernie:") is no
    source: its head word is neither a name nor a people, organisation, media or document noun."""
    text = doc.text
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    m = re.match(r"^\s*(?:[A-Z]+\s+[–—-]\s+)?(.+?):\s+(\S.*)$", text[:line_end])
    if m is None or any(a.cue is not None and a.cue.start < line_end for a in found):
        return None
    s_name, e_name = m.start(1), m.end(1)
    line = list(itertools.takewhile(lambda x: x.start < line_end, doc.words))  # the headline's words only
    ids = [w.index for w in line if s_name <= w.start < e_name]
    body = [w.index for w in line if m.start(2) <= w.start]
    if not ids or not 1 <= len(ids) <= 6 or len(body) < 3 or doc.words[ids[0]].text.lower() in COLON_STOP \
            or not doc.words[ids[0]].text[:1].isupper() or any(
                doc.words[k].upos in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") and doc.words[k].text not in ("'s", "’s", "'", "’")
                for k in ids):
        return None
    head_end = next((k for k in ids if doc.words[k].upos == "ADP" or doc.words[k].text.lower() == "to"), ids[-1] + 1)
    head = doc.words[head_end - 1] if head_end > ids[0] else None
    src = lex.sources
    nouns = src["person_nouns"] | src["group_nouns"] | src["organization_nouns"] | src["media_nouns"] | src["document_nouns"]
    if head is None or not (head.upos == "PROPN" or head.lemma.lower() in nouns or head.text.lower() in nouns):
        return None
    if not any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].xpos in ("VB", "VBD", "VBZ", "VBP", "MD")
               or _quote_marks(doc.words[k].text) for k in body):
        return None  # "Netanyahu and Obama: A tortured relationship": a title, not a statement
    return _colon_record(doc, s_name, e_name, head.index, (m.start(2), m.start(2) + len(m.group(2).rstrip())),
                         doc.words[ids[0]].sent, 0.5)


def _colon_record(doc: ParsedDoc, s_name: int, e_name: int, head: int | None, content: tuple[int, int], sent: int,
                  confidence: float) -> Attribution:
    """"Name: what they said", the cue the first colon after the name."""
    colon = doc.text.index(":", e_name)
    return Attribution(kind="indirect", cue=Span(colon, colon + 1, ":"), cue_lemma=":", cue_class="neutral",
                       content_parts=[content], sentence_index=sent, confidence=confidence,
                       source=Span(s_name, e_name, doc.text[s_name:e_name]), source_head=head, pattern="colon")


def _colon_cue_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote],
                            lex: Lexicons) -> list[Attribution]:
    """"Caddell continued: “The health issue …”" / "Limbaugh added:" and the next paragraph: a clause whose
    subject speaks, a colon, then a quotation or a whole paragraph — whatever the verb ("made the following
    comment:"). A colon followed by unquoted words in the same paragraph (a list, an explanation) is not one."""
    out = []
    text = doc.text
    taken_cues = {a.cue.start for a in found if a.cue}
    taken = [(a.content_start, a.content_end) for a in found]
    for sent in doc.sentences:
        words = doc.words[sent.first:sent.last]
        colon = next((x for x in reversed(words) if x.text == ":"), None)
        if colon is None or any(x.upos != "PUNCT" for x in words if x.index > colon.index):
            continue  # the colon must end the sentence as parsed ("… reports:" then the quotation)
        rest = text[colon.end:]
        lead = len(rest) - len(rest.lstrip())
        start = colon.end + lead
        q = next((q for q in speech if q.start == start), None)
        if q is not None:
            parts = [(q.start, q.end)]
        elif "\n" in rest[:lead] and start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            parts = [(start, len(text[:end].rstrip()))]
        else:
            continue
        if _quote_at(speech, colon.start) is not None or any(a <= parts[0][0] < b for a, b in taken):
            continue
        verbs = [x for x in words if x.index < colon.index and x.upos == "VERB" and x.deprel in ("root", "conj")]
        if not verbs:
            continue
        w = verbs[-1]
        if w.start in taken_cues:
            continue
        subj = next((c for c in _children(doc, w.index) if c.deprel in ("nsubj",) and c.index < w.index), None)
        if subj is None and w.deprel == "conj":
            subj = next((c for c in _children(doc, w.head) if c.deprel == "nsubj" and c.index < w.head), None)
        if subj is None or not _plausible_source(doc, subj) or not (
                subj.upos == "PROPN" or subj.text.lower() in ("he", "she", "they", "we", "i")
                or any(e.start <= subj.start < e.end and e.label in ("PER", "PERSON", "ORG") for e in doc.entities)):
            continue
        lemma, prt = _cue_lemma(doc, w, lex)
        out.append(_build(doc, w, lemma, lex.verb_class(lemma) or "neutral", prt, subj, parts, "colon"))
    return out


DASH_NAME = re.compile(r"\s*[―—–-]{1,2}\s*((?:[A-Z][\w.’'-]*\s?){1,4})")


def _dash_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote]) -> list[Attribution]:
    """Testimonial format: "“… .” ― Sonya Herridge" — a quote, a dash, then the speaker's name."""
    out = []
    for q in speech:
        if any(a.content_start <= q.start < a.content_end for a in found):
            continue
        m = DASH_NAME.match(doc.text, q.end)
        if not m:
            continue
        name = m.group(1).strip()
        s_name = m.start(1)
        dash = doc.text.index(next(ch for ch in "―—–-" if ch in doc.text[q.end:s_name]), q.end)
        k = doc.word_at(s_name)
        parts = [(q2.start, q2.end) for q2 in speech if q2.group == q.group and q2.end <= q.end]
        out.append(Attribution(kind="direct", cue=Span(dash, dash + 1, doc.text[dash]), cue_lemma="―",
                               cue_class="neutral", content_parts=parts or [(q.start, q.end)],
                               sentence_index=doc.words[k].sent if k is not None else 0, confidence=0.6,
                               source=Span(s_name, s_name + len(name), name), source_head=k, pattern="dash"))
    return out


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


GO_ON = {"but", "and", "then", "later", "before"}


def _aside(doc: ParsedDoc, a: int, b: int, sent: int) -> bool:
    """What may sit between a cue clause and the speaker's next quote in the same sentence: "“…,” he said,
    but “…”" / "“…,” Tester said, referring to the 1 percent excuse, “…”"."""
    if _sentence_of(doc, b) != sent or "\n" in doc.text[a:b]:
        return False
    words = [w for w in doc.words[doc.sentences[sent].first:doc.sentences[sent].last] if a <= w.start < b
             and w.upos != "PUNCT"]
    if not words:
        return True
    if all(w.text.lower() in GO_ON for w in words):
        return True
    if len(words) <= 12 and doc.text[a:b].rstrip().endswith(",") and (
            words[0].upos == "ADP" or words[0].lemma.lower() in TEMPORAL or len(words) > 1
            and words[0].text.lower() in ("last", "this", "next", "earlier", "later")
            and words[1].lemma.lower() in TEMPORAL):
        # ("“…,” Ruiz said in March, “but …”", "“…,” Lee said last week on the radio, “…”",
        # "“…,” she said of the members who were elected last year, “But …”":
        # when or of what it was said, a finite verb only inside a relative clause there)
        verbs = [i for i, w in enumerate(words) if w.upos in ("VERB", "AUX") and w.xpos not in ("VBN", "VBG")]
        return not verbs or any(w.text.lower() in RELATIVE | RELATIVE_OPENERS for w in words[:verbs[0]])
    return words[0].xpos == "VBG" and len(words) <= 12 and doc.text[a:b].rstrip().endswith(",") and not any(
        w.upos == "VERB" and w.xpos != "VBG" for w in words)


def _drop_nested_positions(doc: ParsedDoc, found: list[Attribution]) -> list[Attribution]:
    """"Tanner said he thinks the campaign is vague", "Ruiz said the mayor attacked the plan": one statement,
    reported by "said". A belief, a stance, a commitment or a characterisation ("attacked", "claimed") inside what
    someone is reported to have said is that speaker's account, not a second attribution: the person inside it
    is not given a voice, and counting it would count the statement twice. A plain statement inside one ("Ruiz
    said the mayor told her …") stays: it names who said what. On PolNeAR train, the records this drops match a
    gold cue one time in six (85 of 517)."""
    def nested(a: Attribution) -> bool:
        return a.cue_class in NESTED_NOT_VOICED and a.cue is not None and a.source is not None and any(
            b is not a and (b.cue_class in SPEECH_CLASSES and b.source is not None or b.pattern == "question")
            and any(x <= a.cue.start and a.cue.end <= y for x, y in b.content_parts) for b in found)
    return [a for a in found if not nested(a)]


def _unanswered(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], subj: Word,
                kids: list[Word]) -> Attribution | None:
    """"did not respond to a request for comment" (also parsed as "to emailed questions"): an unanswered request,
    a withheld comment; the preposition is part of the cue as written."""
    k = w.index + 1 + len(prt)
    sent = doc.sentences[w.sent]
    if k >= sent.last or doc.words[k].text.lower() != "to" or doc.words[k].head <= k \
            or doc.words[k].head not in _subtree(doc, w.index):
        return None
    if not any(c.deprel == "advmod" and c.text.lower() in ("not", "n't", "n’t", "never") for c in kids):
        return None
    to = doc.words[k]
    ids = _trim(doc, _subtree(doc, to.head) - {to.index})
    if len(ids) < 2:
        return None
    a = _build(doc, w, lemma, cls, [*prt, to.index], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
               "object")
    a.confidence = round(min(a.confidence, 0.6), 3)
    a.no_comment = True
    return a


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


MID_TAG_STOP = {"while", "whereas", "even", "according", "as", "who", "which", "a", "an", "but", "although",
                "though"}


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


CONTENT_LEAD = re.compile(r"(?:[,;:.—–]+|-(?=\s))\s*")
CONTENT_TAIL = re.compile(r"\s*[,;:—–(]+$")
SOURCE_LEAD = re.compile(r"[,;:.—–\-”\"’'»)]+\s+")
SOURCE_QUOTE_END = re.compile(r"[,.!?][”\"’']+\s+")  # (not a title: "“Meet the Press” host …")
SOURCE_TAIL = re.compile(r"\s+[,;:.—–\-(“\"‘«]+$|[,;:—–(]+$")


LIST_MARKER = re.compile(r"(?:^|[\s:;,])\w{1,2}$")  # the "1" of "two reasons: 1) …" before its parenthesis
QUOTE_PAIRS = (("“", "”"), ("''", "''"), ('"', '"'))


def _closed_early(text: str, start: int, end: int) -> int:
    """Where a content part ends at a parenthesis that closes in it without opening there ("(what economists call
    spending) instead of income"), a list marker's ("two reasons: 1) …") aside."""
    depth = 0
    for k in range(start, end):
        if text[k] == ")" and LIST_MARKER.search(text[max(start, k - 4):k]):
            continue
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth < 0:
            return k if text[start:k].strip() else end
    return end


def _closing_mark(text: str, start: int, end: int) -> int:
    """The end of a content part with the closing mark of a quotation it opens, after the sentence's stop ("as the
    “Great Satan.”")."""
    for closer in _unclosed(text[start:end]):
        stop = 1 if text[end:end + 1] in (".", ",", "!", "?") else 0
        if text.startswith(closer, end + stop):
            return end + stop + len(closer)
    return end


def _unclosed(part: str) -> list[str]:
    """The closing marks of the quotations ``part`` opens and does not close."""
    return [closer for opener, closer in QUOTE_PAIRS
            if (part.count(opener) > part.count(closer) if opener != closer else part.count(opener) % 2 == 1)]


def _tidy_edges(text: str, a: Attribution) -> None:
    """Punctuation a span took from its neighbours (the comma before an interrupted quotation, the closing mark
    and comma before "…,” Sanders campaign manager Jeff Weaver said") is no part of what was said or who said it,
    nor is a quotation that closes inside the source, nor what follows a parenthesis that closes inside the
    content without opening there; quotation marks that open or close the content stay, and a quotation the
    content opens keeps its closing mark after the sentence's stop ("the “Great Satan.”")."""
    def tidy(start: int, end: int, lead: re.Pattern, tail: re.Pattern) -> tuple[int, int]:
        m = lead.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
        m = tail.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
        return start, end
    a.content_parts = [tidy(x, _closed_early(text, x, y), CONTENT_LEAD, CONTENT_TAIL) for x, y in a.content_parts]
    a.content_parts = [(x, _closing_mark(text, x, y)) for x, y in a.content_parts]
    if a.source is not None:
        x, y = a.source.start, a.source.end
        inside = [m.end() for m in SOURCE_QUOTE_END.finditer(text, x, y) if m.end() < y
                  and not (a.pattern == "according" and text[x] in QUOTE_CHARS and _unclosed(text[x:m.start() + 1]))]
        # (a title the source opens, closing inside it, stays: "According to “Harbor Days,” by Ann Lee, …")
        x, y = tidy(inside[-1] if inside else x, y, SOURCE_LEAD, SOURCE_TAIL)  # ("“No comment,” The Miami Herald")
        if (x, y) != (a.source.start, a.source.end):
            a.source = Span(x, y, text[x:y])
            core = a.source_core
            if core is not None and (core.start < x or core.end > y):
                x, y = max(core.start, x), min(core.end, y)
                a.source_core = Span(x, y, text[x:y]) if x < y else None


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
