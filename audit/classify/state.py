"""What classify keeps while it reads one article's sources in order: the article (its actor index, mentions so
far, speakers' genders and first sides) and one source as written with what is read from it.

Example: after "Finance Minister Anna Berg said …", the mentions hold "Anna Berg" (person, female); a later "She
added …" resolves to her.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Actor
from ..parse import ParsedDoc, Word
from .mentions import Mention, _ActorIndex


@dataclass
class _Article:
    """What classify keeps for one article while it reads its sources in order."""
    doc: ParsedDoc
    idx: _ActorIndex
    src: dict  # lex.sources
    media: list  # (pattern, alias), longest first
    media_canon: dict  # alias → outlet name
    full_names: dict
    mentions: list[Mention]
    genders: dict = field(default_factory=dict)
    sides: dict = field(default_factory=dict)  # a named speaker's first side
    pseudonyms: set = field(default_factory=set)  # names the article says are not the person's own


@dataclass
class _Source:
    """One attribution's source as written, and what is read from it."""
    text: str
    low: str
    head: Word | None
    head_lemma: str
    head_text: str
    sent_text: str
    speaker: str
    stype: str = "unknown"
    anonymous: bool = False
    actor: Actor | None = None
    gender: str | None = None
    affiliation: str | None = None
    reason: str | None = None  # why the source is anonymous, where the reading says ("pseudonym")
    side_actor: Actor | None = None  # an actor whose side a source is on without being it ("the … Service of Ukraine")
