"""Classify stage: resolve each attribution's speaker, type its source, mark anonymity, map it to a side.

- Speaker resolution: pronouns go to the nearest earlier compatible mention (a person for he/she,
  respecting a gender known from the actor data, honorifics or earlier pronouns; a group or organization
  for they); descriptions go to an earlier mention ("the Ukrainian leader" → Zelensky via the actor
  data, "the unnamed official" → the earlier "a diplomat"); surnames link to the full name seen first.
- Source types: person, organization, media, document, place-as-actor, group, unknown.
- Anonymity convention: a person or group not identified by name is anonymous. An unnamed spokesperson
  of a named organization ("a Kremlin spokesman") is anonymous *as a person*, and the organization is
  kept as ``affiliation``. Named organizations, outlets, documents and places are not anonymous.
- Sides come from the active packs: actor names and descriptions first, then side adjectives.

The modules: ``mentions`` (speaker resolution), ``sources`` (source typing), ``sides`` (sides and the
record of each speaker), ``state`` (what is kept while an article is read), ``words`` (word lists, from
``lexicons/classify_words.toml``).
"""
from __future__ import annotations

from ..attribution import Attribution, Extraction
from ..attribution.nesting import speaker_span
from ..lexicon import Lexicons
from ..parse import ParsedDoc
from .mentions import _entity_mentions, _full_names, _index, _word_re
from .pseudonyms import declaration_in, declared
from .sides import _record
from .sources import _read_phrase, _read_pronoun, _source
from .state import _Article, _Source


def classify(doc: ParsedDoc, ext: Extraction, lex: Lexicons) -> list[Attribution]:
    """Fill speaker, source_type, anonymous, affiliation, side and actor on every attribution (in place)."""
    idx = _index(lex)
    media = [(_word_re(n), n) for name, aliases in lex.media for n in (name, *aliases)]
    media.sort(key=lambda t: -len(t[1]))
    full_names = _full_names(doc, idx.places, idx.not_names)
    art = _Article(doc, idx, lex.sources, media, {n.lower(): name for name, aliases in lex.media for n in (name, *aliases)},
                   full_names, _entity_mentions(doc, idx, full_names, lex))
    art.pseudonyms = declared(doc.text)
    for att in sorted(ext.attributions, key=lambda a: a.source.start if a.source else a.content_start):
        if att.source is None:
            att.source_type = "unattributed"  # "X is expected to …", "X seems to …": no one is named for it
            continue
        written = att.source
        if att.antecedent is not None:
            att.source = att.antecedent  # typed and resolved as its antecedent; restored below
            att.notes.append(f"relative pronoun '{written.text}' → {att.antecedent.text}")
        elif att.source_core is not None:
            att.source = att.source_core  # "Ms. Lee, who chairs the board": typed and resolved without the clause
        s = _source(doc, att)
        if s.head is not None and s.head.upos == "PRON" and s.head_text in art.src["pronouns"]:
            _read_pronoun(art, att, s)  # 1. pronouns → nearest earlier compatible mention
        else:
            _read_phrase(art, att, s)
        _pseudonym(art, att, s, written)
        _record(art, att, s)
        att.source = written
    _same_speaker_nested(ext.attributions)
    return ext.attributions


def _same_speaker_nested(atts: list[Attribution]) -> None:
    """A statement nested inside one of the same speaker's ("Ann Lee said she had told the board that …": "she" is
    Ann Lee) is that speaker going on, reported by no one else: it stays nested (its words are in the outer one),
    with no ``via``."""
    by_span = {}  # (start, end, text) of who each source names -> its attribution
    for b in atts:
        if b.source is not None:
            s = speaker_span(b)
            by_span.setdefault((s.start, s.end, s.text), b)
    for a in atts:
        if not a.nested or a.via is None:
            continue
        outer = by_span.get((a.via.start, a.via.end, a.via.text))
        if outer is not None and outer is not a and outer.speaker_id is not None and outer.speaker_id == a.speaker_id:
            a.notes = [n for n in a.notes if n != f"via {a.via.text}"]
            a.via = None


def _pseudonym(art: _Article, att: Attribution, s: _Source, written) -> None:
    """A speaker known by a name the article says is not theirs is anonymous ("A former nurse, who asked to be
    identified only as Marta, said …", and every later "Marta said", "the nurse said", "she added"); the
    pseudonym is the speaker, so that all of them are one."""
    end = att.cue.start if att.cue is not None and att.cue.start > written.start else written.end
    alias = declaration_in(art.doc.text[written.start:end])
    if alias is not None:
        s.speaker = alias
    if alias is not None or s.speaker in art.pseudonyms or s.speaker.split(" ")[0] in art.pseudonyms:
        s.stype = "person" if s.stype == "unknown" else s.stype
        s.anonymous, s.reason = True, "pseudonym"
