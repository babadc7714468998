"""Sides, and the record of a speaker: the side comes from the source's actor, the actor it speaks for, or a side
adjective ("Ukrainian officials"); one named speaker keeps one side across the article; each source becomes a
mention later sources can resolve to.

Example: "Denis Volkov, the head of Russia's Belgorod Region, said …" is on Russia's side, and so is a later
"Volkov said …".
"""
from __future__ import annotations

from ..attribution import Attribution
from ..parse import ParsedDoc
from .mentions import Mention
from .state import _Article, _Source


def _record(art: _Article, att: Attribution, s: _Source) -> None:
    """Write what was read onto the attribution, give it a side, and keep it as a mention for later sources."""
    idx = art.idx
    if att.via is not None:
        att.notes.append(f"via {att.via.text}")
    speaker, stype, actor, affiliation = s.speaker, s.stype, s.actor, s.affiliation
    att.speaker = speaker
    att.source_type = stype
    att.anonymous = bool(s.anonymous)
    att.anonymity_reason = (s.reason or ("unnamed, of a named body or person" if affiliation else "unnamed")) \
        if att.anonymous else None
    att.affiliation = affiliation
    att.actor = actor.id if actor else None
    side = actor.side if actor else (s.side_actor.side if s.side_actor else None)
    if side is None:
        side = idx.side_by_adjective(_before_clause(art.doc, att.source, s.head)) or (
            idx.side_by_adjective(affiliation) if affiliation else None) \
            or (idx.side_by_adjective(speaker) if speaker != s.text else None)
    # one speaker, one side: "Denis Volkov, the head of Russia's Belgorod Region" is on Russia's side when a
    # later "He" or "Volkov" speaks too (a named speaker only, not "officials")
    if speaker and any(ch.isupper() for ch in speaker):
        if side is not None:
            art.sides.setdefault(speaker, side)
        else:
            side = art.sides.get(speaker)
    att.side = side
    att.speaker_id = (actor.id if actor and stype != "person" else None) or speaker
    # a name inside the source that is not its speaker ("Oksana Lamb, an adviser to President Zelensky") is
    # no one a later "he" can stand for
    for m in art.mentions:
        if att.source.start <= m.start < att.source.end and m.text not in speaker and speaker not in m.text:
            m.in_source = True
    art.mentions.append(Mention(att.source.start, speaker, stype, s.gender or art.genders.get(speaker), att.anonymous,
                                actor, affiliation, surface=s.low))


def _before_clause(doc: ParsedDoc, src, head) -> str:
    """The source's words up to a clause after its head: "messages sent by their relatives amid
    worries they were taken by Russian … troops" is not "Russian"; "a Russian official" is."""
    if head is None:
        return src.text
    k = head.index + 1
    while k < len(doc.words) and doc.words[k].start < src.end:
        w = doc.words[k]
        if w.upos in ("VERB", "AUX") or w.text.lower() in ("who", "which", "that", "whose"):
            return doc.text[src.start:w.start]
        k += 1
    return src.text


def _modifies_a_noun(doc: ParsedDoc, a: int, b: int, src) -> bool:
    """Whether the name at ``a``–``b`` is a compound modifier of a noun after it inside the source."""
    k = doc.word_at(a)
    while k is not None and k < len(doc.words) and doc.words[k].start < b:
        w = doc.words[k]
        if w.head >= 0 and not a <= doc.words[w.head].start < b:
            h = doc.words[w.head]
            return w.deprel == "compound" and h.upos == "NOUN" and h.index > w.index and h.start < src.end
        k += 1
    return False
