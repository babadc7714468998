"""The clause of one reporting verb while its attribution is worked out: the verb, its class, its particle, its
dependents, and what the steps of :mod:`.verbs` find in turn (the subject, the cue clause's span, the complements).
Each rule of :mod:`.verb_rules` and :mod:`.verb_content` reads it and returns an attribution, ``None`` (no
attribution: stop), or ``records.NOT_HERE`` (the rule does not apply: try the next).

Example: for "The mayor told reporters that the bridge would reopen", ``w`` is "told", ``subj`` "mayor", ``lo`` and
``hi`` the first and last word of "The mayor told reporters", and ``comps`` the clause headed by "reopen".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Sentence, Word
from ..quotes import Quote
from .build import _build
from .clauses import _rest_after_tag
from .records import Attribution


@dataclass
class CueClause:
    doc: ParsedDoc
    w: Word
    lemma: str
    cls: str
    prt: list[int]
    speech: list[Quote]
    lex: Lexicons
    kids: list[Word]
    subj: Word | None = None  # the source word
    direct: Word | None = None  # the verb's own subject, when it has one
    reduced: Word | None = None  # a participle the parse read as the verb's complement ("A poll released Saturday")
    fronted: Word | None = None  # a second subject before the one next to the verb
    lo: int = 0  # the cue clause: its first and last word
    hi: int = 0
    in_quote: bool = False  # the cue stands inside someone's quotation
    comps: list[Word] = field(default_factory=list)  # the clauses it takes
    has_obj: bool = False
    aside: bool = False  # a participle of another cue's subject, with an object of its own
    how: list[str] = field(default_factory=list)  # the steps that decided, for the attribution's trail
    _rest: list = field(default_factory=list)

    @property
    def sent(self) -> Sentence:
        return self.doc.sentences[self.w.sent]

    def build(self, parts: list[tuple[int, int]], pattern: str) -> Attribution:
        return _build(self.doc, self.w, self.lemma, self.cls, self.prt, self.subj, parts, pattern)

    def rest_after_tag(self) -> tuple[int, int] | None:
        """What follows a tag clause in mid-sentence; asked for by two rules, read once."""
        if not self._rest:
            self._rest.append(_rest_after_tag(self.doc, self.w, self.hi, self.speech, self.lex))
        return self._rest[0]
