"""The records of the attribute stage: a :class:`Span` of text, an :class:`Attribution` (kind, cue, source,
content parts, the pattern that made it, what classify adds) and the :class:`Extraction` of one article; plus the
grammar labels and confidences every pattern shares.

Example: "The mayor said the bridge would reopen" → Attribution(kind="indirect", cue=Span("said"),
source=Span("The mayor"), content_parts=[(offset of "the bridge", end of "reopen")], pattern="clause").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..quotes import Quote


class _NotHere:
    def __repr__(self) -> str:
        return "NOT_HERE"


NOT_HERE = _NotHere()  # what a step returns when it does not apply: the next one is tried

SUBJ = ("nsubj", "nsubj:pass", "nsubj:outer", "csubj")

# a noun phrase used as an adverbial without a preposition ("said last week"): obl:tmod and obl:npmod before UD 2.14,
# obl:unmarked since (the shipped models' scheme)
BARE_OBL = ("obl:tmod", "obl:npmod", "obl:unmarked")
COMP = ("ccomp",)
SKIP_DEPRELS = ("amod", "compound", "det", "case", "fixed", "flat", "nmod")

# a US politician's party and state after the name, between commas: ", R-Ky.,", ", D-N.Y.,", ", I-Vt.,"
PARTY_TAG = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{0,5},\s*$")

# what a closing quotation mark is as a token: curly, straight, single, newswire's two apostrophes (''…''), and a
# nested quotation closing with its outer one ("… the word 'old-school,''' said …", "… ‘no,’” she said")
QUOTE_CHARS = set("\"'“”‘’«»„`")
CLOSE_MARKS = ("”", '"', "’", "'", "''", "'''", "’”", "'\"")
SPEECH_CLASSES = ("neutral", "loaded", "framing")

# classes that inside a reported statement are the reporter's account of someone, not that someone's voice
NESTED_NOT_VOICED = ("loaded", "framing", "belief", "commitment", "stance")
CONFIDENCE = {"neutral": 0.9, "loaded": 0.9, "framing": 0.8, "belief": 0.6, "commitment": 0.5, "stance": 0.6,
              "according": 0.9, "unattributed": 0.5}


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
    via: Span | None = None  # "X, cited by Y": Y; for a nested statement, who reports it
    antecedent: Span | None = None  # "Trump, who said …": the source is "who", its antecedent "Trump"
    # the source without the relative clause that identifies it ("Ms. Lee" of "…,” said Ms. Lee, who chairs the
    # board"): what the speaker, type and side are worked out from, so that names in the clause are not the speaker
    source_core: Span | None = None
    pattern: str = ""
    # who was asked and said nothing ("declined to comment", "did not respond to a request for comment"): kept so
    # the request is visible, never counted as a voice
    no_comment: bool = False
    # reported inside another attribution's content ("the council said: “… the contractor promised that …”"):
    # the outer speaker is ``via``; counted on its own, never as a voice (:mod:`.nesting`)
    nested: bool = False
    # filled by classify
    speaker: str | None = None
    speaker_id: str | None = None
    source_type: str = "unknown"
    anonymous: bool = False
    anonymity_reason: str | None = None  # "unnamed", "unnamed, of a named body or person", "pseudonym"
    affiliation: str | None = None
    side: str | None = None
    actor: str | None = None
    notes: list[str] = field(default_factory=list)
    # how the attribution was made: the pattern, then each rule that shaped its source, cue or content, in order
    # (``newsaudit explain``, the report's highlight); never read by a rule
    trail: list[str] = field(default_factory=list)

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
