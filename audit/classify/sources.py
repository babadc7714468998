"""Source typing: what a source phrase is (person, organization, media, document, place-as-actor, group), whether
it is anonymous, and whom it is affiliated with, read from its pronoun, its name (an outlet, a person, an actor of
the packs, a description), or its head noun and entity label.

Examples: "a Kremlin spokesman" → an anonymous person affiliated with the Kremlin; "The Washington Post" → media;
"officials familiar with the talks" → an anonymous group; "the 52-year-old" → the person just named.
"""
from __future__ import annotations

import re

from ..attribution import Attribution
from ..lexicon import Actor
from ..parse import ParsedDoc
from .mentions import (
    _canonical, _member_name, _mentions_name, _resolve_definite, _resolve_description_to_actor, _resolve_pronoun,
    _without_leading, _word_re)
from .sides import _modifies_a_noun
from .state import _Article, _Source
from .words import GENDERED_NOUNS, HONORIFIC_GENDER


def _source(doc: ParsedDoc, att: Attribution) -> _Source:
    stext = att.source.text
    low = stext.lower().strip()
    head = doc.words[att.source_head] if att.source_head is not None else None
    sent = doc.sentences[att.sentence_index]
    return _Source(stext, low, head, head.lemma.lower() if head else low.split()[-1],
                   head.text.lower() if head else low.split()[-1], doc.text[sent.start:sent.end].lower(), stext)


def _read_pronoun(art: _Article, att: Attribution, s: _Source) -> None:
    want = art.src["pronouns"][s.head_text]
    m = _resolve_pronoun(art.mentions, att.source.start, want, art.genders)
    if m is not None:
        s.speaker, s.stype, s.anonymous, s.actor, s.affiliation = m.text, m.kind, m.anonymous, m.actor, m.affiliation
        if want in ("male", "female"):
            art.genders.setdefault(m.text, want)
    else:
        s.stype = "group" if want == "plural" else ("person" if want in ("male", "female", "self") else "unknown")
        s.anonymous = s.stype in ("person", "group")
        att.notes.append("pronoun not resolved")


def _read_phrase(art: _Article, att: Attribution, s: _Source) -> None:
    """A source that is no pronoun: a name, an outlet, an actor of the packs, a description, or a noun."""
    doc, idx, src = art.doc, art.idx, art.src
    named = _named_person(doc, att, art.full_names, idx.not_names)
    if named and (known := idx.by_name(named)) is not None and known[0].type != "person" \
            and not _member_name(known[0], named):
        named = None  # "A Kremlin spokesman": the NER's "person" is a body the packs know
    hit = idx.by_name(s.text)
    pp_hit = None
    if hit is not None and _name_after_preposition(doc, att, hit[1]):
        # "A spokesman for Vladimir Putin", "an aide to President Zelensky": the one named after a
        # preposition is whom the source speaks for, not the source
        pp_hit, hit = hit, None
    part = None
    if not _read_by_name(art, att, s, named, hit, pp_hit):
        part = _read_by_noun(art, att, s)
    if pp_hit is not None and s.actor is None:
        # whom the source speaks for gives its side: unnamed people of it ("a spokesman for Vladimir Putin",
        # "officials in Moscow", "one of the Kremlin's officials"; not "Trump's opponents"), or a body of it
        # ("the State Special Communications Service of Ukraine")
        opposing = {s.head_lemma, s.head_text, part.lemma.lower() if part is not None else ""} & src["opposing_nouns"]
        if s.stype in ("person", "group") and s.anonymous and not opposing:
            s.actor, s.affiliation = pp_hit[0], s.affiliation or pp_hit[1]
        elif s.stype == "organization":
            s.side_actor = pp_hit[0]
    if s.stype in ("person", "group") and any(p in s.sent_text for p in src["anonymity_phrases"]) and not named:
        s.anonymous = True
    s.gender = s.gender or _gender_of(doc, att, s.actor)


def _read_by_name(art: _Article, att: Attribution, s: _Source, named: str | None, hit, pp_hit) -> bool:
    """An outlet, a person named, an actor of the packs, or a description of one ("the Ukrainian leader");
    False when the source is none of these."""
    doc, idx, src, low = art.doc, art.idx, art.src, s.low
    desc = idx.by_description(s.text) if hit is None else None
    media_hit = next((n for rx, n in art.media if rx.search(s.text)), None)
    if media_hit is not None and not _has_person_noun(low, src) and (
            not named or media_hit.lower() in named.lower()):
        s.speaker, s.stype = art.media_canon.get(media_hit.lower(), media_hit), "media"
    elif named:
        s.speaker, s.stype = named, "person"
        a = idx.by_name(named)
        s.actor = a[0] if a else (hit[0] if hit else (pp_hit[0] if pp_hit else None))
    elif hit is not None:
        _read_actor(art, s, hit)
    elif desc is not None and low.startswith(("the ", "his ", "her ")):
        s.actor = desc[0]
        m = _resolve_description_to_actor(art.mentions, att.source.start, desc[0])
        s.speaker = m.text if m else _canonical(doc, desc[0], art.full_names)
        s.stype = "person" if desc[0].type == "person" else desc[0].type
        if desc[0].type != "person" and s.head_lemma in src["person_nouns"] | src["group_nouns"]:
            s.stype = "group" if s.head_text in src["group_nouns"] else "person"
            s.anonymous = True
            s.affiliation = desc[0].id
    else:
        return False
    return True


def _read_actor(art: _Article, s: _Source, hit) -> None:
    """An actor of the packs named in the source: the actor itself, or unnamed people of it ("a Kremlin
    spokesman", "Sanders supporters")."""
    src, head = art.src, s.head
    s.actor = hit[0]
    # a person actor is named in full; a place or body as the text names it ("Moscow", "US")
    s.speaker = _canonical(art.doc, hit[0], art.full_names) if hit[0].type == "person" else hit[1]
    # (not the last word of the name itself: "the United Nations", "Russian Armed Forces")
    own_name = hit[1].lower().split()[-1] == s.head_text
    person_head = (s.head_lemma in src["person_nouns"] or s.head_text in src["group_nouns"]) and not own_name
    s.stype = "person" if _has_person_noun(s.low, src) and not own_name or person_head else hit[0].type
    if s.stype == "place-as-actor" and s.head_lemma in src["organization_nouns"]:
        s.stype = "organization"  # "the Russian Defence Ministry": a body of the place's side
    if s.stype == "person" and (not _mentions_name(s.text, hit[1]) or hit[0].type != "person" or person_head):
        # "a Kremlin spokesman", "the head of the national police in Ukraine": an unnamed person
        # of a named body or place; "Sanders supporters", "Mrs. Clinton's aides": people of a person
        s.anonymous = True
        s.affiliation = hit[1]
        s.speaker = s.text
        if s.head_lemma in src["opposing_nouns"] or s.head_text in src["opposing_nouns"]:
            s.actor = s.affiliation = None  # "Trump's opponents": not of Trump's side
        if s.head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats
                                                 and s.head_lemma in src["person_nouns"]):
            s.stype = "group"


def _read_by_noun(art: _Article, att: Attribution, s: _Source):
    """A source typed by its head noun or its entity label ("officials", "the ministry", "the 52-year-old");
    returns the partitive's head when the source is "one of the sources"-like, else None."""
    doc, src, head, low, head_lemma, head_text = art.doc, art.src, s.head, s.low, s.head_lemma, s.head_text
    if head_lemma in src["media_nouns"] or head_text in src["media_nouns"]:
        s.stype = "media"
        m = _resolve_definite(art.mentions, att.source.start, ("media",)) if low.startswith("the ") else None
        s.speaker = m.text if m else s.text
    elif head_text in src["document_nouns"] or head_lemma in src["document_nouns"]:
        s.stype = "document"
    elif (part := _partitive_people(doc, head, src)) is not None:
        # "one of the sources", "some of the people familiar with the talks": unnamed people
        s.stype, s.anonymous = ("person" if head_text == "one" else "group"), True
        return part
    elif head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats
                                             and head_lemma in src["person_nouns"]):
        s.stype, s.anonymous = "group", True
    elif AGE_DESCRIPTION.search(low):
        # "said the 52-year-old": someone described by age, most often the person the article just named
        s.stype, s.anonymous = "person", True
        m = _resolve_definite(art.mentions, att.source.start, ("person",)) if low.startswith("the ") else None
        if m is not None:
            s.speaker, s.anonymous, s.actor, s.affiliation = m.text, m.anonymous, m.actor, m.affiliation
    elif head_lemma in src["person_nouns"] or head_text in src["person_nouns"]:
        _read_person_noun(art, att, s)
    elif head_lemma in src["organization_nouns"] or _ent_label(doc, att) == "ORG":
        _read_organization(art, att, s)
    elif _ent_label(doc, att) == "LOC":
        s.stype = "place-as-actor"
    elif _ent_label(doc, att) == "PER" or (head is not None and head.upos == "PROPN"):
        s.stype, s.speaker = "person", art.full_names.get(s.text, s.text)
    return None


def _read_person_noun(art: _Article, att: Attribution, s: _Source) -> None:
    """"an official", "the spokesman", "aides": an unnamed person or group, resolved to an earlier mention when
    definite ("the official" → the earlier "a senior official")."""
    src, head = art.src, s.head
    s.stype, s.anonymous = "person", True
    if s.low.startswith(("the ", "this ", "that ")):
        m = _resolve_definite(art.mentions, att.source.start, ("person",), noun=s.head_lemma)
        if m is not None:
            s.speaker, s.anonymous, s.actor = m.text, m.anonymous, m.actor
            s.affiliation = m.affiliation
    s.gender = GENDERED_NOUNS.get(s.head_lemma)
    org = _organization_in(art.doc, att)
    if org:
        s.affiliation = org
    if s.head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats):
        s.stype = "group"


def _read_organization(art: _Article, att: Attribution, s: _Source) -> None:
    """A body: "the ministry" → the nearest earlier named body that carries the noun ("The Russian Foreign
    Ministry"); with none, it stays as written (and "the Labor Department" names its own)."""
    s.stype = "organization"
    head = s.head
    if s.low.startswith("the ") and len(s.low.split()) == 2 and s.head_lemma in art.src["organization_nouns"] \
            and head is not None and "Number=Plur" not in head.feats:
        named_bodies = [m for m in art.mentions if any(t[:1].isupper() for t in m.text.split()[1:])
                        or m.text[:1].isupper() and not m.text.lower().startswith("the ")]
        m = _resolve_definite(named_bodies, att.source.start, ("organization",), noun=s.head_lemma)
        if m is not None:
            s.speaker, s.actor, s.affiliation = m.text, m.actor, m.affiliation


AGE_DESCRIPTION = re.compile(r"\b\d+-(?:year|month)-old$")


def _has_person_noun(low: str, src: dict) -> bool:
    toks = re.findall(r"[\w-]+", low)
    return any(t in src["person_nouns"] or t in src["group_nouns"] for t in toks[-2:])


def _named_person(doc: ParsedDoc, att: Attribution, full_names: dict, bodies: set[str] = frozenset()) -> str | None:
    """The person a source names: a PER entity inside the span, or capitalised words the document uses as a
    full name elsewhere; the longest form wins ("Anna" → "Anna Berg"). An entity that ends in a noun of
    ``bodies`` names a body or a role, whatever the NER's label ("the Verkhovna Rada", "Ann Lee, a Democrat")."""
    found = []
    for e in doc.entities:
        if e.label in ("PER", "PERSON") and att.source.start <= e.start and e.end <= att.source.end + 2 \
                and e.text.split()[-1].lower() not in bodies:
            # (the part after a layout gap or a credit's slashes: "…/Shutterstock   Serebrennikov")
            name = _without_leading(re.sub(r"['’]s$", "", re.split(r"\s{2,}|\n|/", e.text.strip())[-1]), bodies)
            if doc.text[e.end:e.end + 2] in ("'s", "’s") or e.text.endswith(("'s", "’s")) and e.start > att.source.start:
                continue  # "Trump's envoy": the envoy speaks, not Trump
            if _in_prepositional_phrase(doc, e.start, e.end, att.source.start):
                continue  # "a spokeswoman for Ann Lee", "a fellow at the Institute for Energy Studies": the one
                # named after a preposition is not who speaks
            if _modifies_a_noun(doc, e.start, e.end, att.source):
                continue  # "40 percent of Clinton voters", "the Clinton campaign": a name used as a modifier
            found.append(full_names.get(name, name))
    if found:
        best = max(found, key=len)
        longer = [n for n in full_names.values() if best in n and n in att.source.text and len(n) > len(best)]
        return max(longer, key=len) if longer else best
    # a name the NER missed: the last capitalised words of the source that the document uses as a full name
    words = re.findall(r"[A-Z][\w’'.-]+", att.source.text)
    for k in (3, 2, 1):
        if len(words) >= k:
            cand = " ".join(words[-k:])
            full = full_names.get(cand)
            at = att.source.start + att.source.text.rfind(cand)
            if full and len(full.split()) >= 2 and not re.search(r"['’]s\b", att.source.text.split(cand)[-1][:3]) \
                    and not _in_prepositional_phrase(doc, at, at + len(cand), att.source.start) \
                    and not _modifies_a_noun(doc, at, at + len(cand), att.source):
                return full
    # an apposition that is a name the NER missed: "The Harbour Group's CEO, Kimberley Hale"
    m = re.search(r",\s+((?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+)\s*$", att.source.text)
    if m and not any(t.lower().strip(".") in bodies for t in m.group(1).split()):
        return full_names.get(m.group(1), m.group(1))
    return None


def _partitive_people(doc: ParsedDoc, head, src: dict):
    """The people noun of a partitive source ("one of the sources", "two of his aides"), or None."""
    if head is None or head.upos not in ("NUM", "PRON", "DET", "ADJ") and head.text.lower() not in src["group_nouns"]:
        return None
    for c in doc.children(head.index):
        if c.index > head.index and c.deprel.startswith("nmod") and any(
                g.deprel == "case" and g.text.lower() == "of" for g in doc.children(c.index)) and (
                c.text.lower() in src["group_nouns"] or c.lemma.lower() in src["person_nouns"]):
            return c
    return None


def _name_after_preposition(doc: ParsedDoc, att: Attribution, name: str) -> bool:
    """Whether the source's last mention of ``name`` hangs on a preposition inside it."""
    found = [m for m in _word_re(name).finditer(att.source.text)]
    if not found or found[-1].start() == 0:
        return False
    a, b = att.source.start + found[-1].start(), att.source.start + found[-1].end()
    if doc.text[b:b + 2] in ("'s", "’s") and att.source.text[:found[-1].start()].strip().lower() not in ("", "the"):
        return True  # ("statements made … by Russian President Vladimir Putin’s forces": whose forces)
    return _in_prepositional_phrase(doc, a, b, att.source.start)


def _in_prepositional_phrase(doc: ParsedDoc, a: int, b: int, start: int) -> bool:
    """The name at ``a``–``b`` hangs on a preposition inside the source that starts at ``start`` ("a spokeswoman
    for | Mayor Ann Lee", "director of | the Prospects Group")."""
    k = doc.word_at(a)
    ws = []
    while k is not None and k < len(doc.words) and doc.words[k].start < b:
        ws.append(doc.words[k])  # (the name's words, found from the offset index, not by scanning the document)
        k += 1
    head = next((w for w in ws if w.head < 0 or not a <= doc.words[w.head].start < b), None)
    if head is None:
        return False
    # (the preposition may hang on the name's title: "an aide to | Ukrainian President | Vladimir Zelensky")
    def with_titles(h):
        return [h] + [c for c in doc.children(h.index) if c.index < h.index
                      and c.deprel in ("nmod:desc", "compound", "amod", "flat")]
    heads = with_titles(head)
    while head.deprel in ("flat", "flat:name", "compound") and head.head >= 0 and doc.words[head.head].start >= start:
        head = doc.words[head.head]  # ("for Mayor | Ann Lee": the name hangs on its title)
        heads += with_titles(head)
    # (an agent is who speaks: "a statement signed by Oskar Dahl")
    return any(c.deprel == "case" and c.upos == "ADP" and c.start >= start and c.text.lower() != "by"
               for h in heads for c in doc.children(h.index))


def _ent_label(doc: ParsedDoc, att: Attribution) -> str | None:
    if att.source_head is None:
        return None
    h = doc.words[att.source_head]
    for e in doc.entities:
        if e.start <= h.start < e.end:
            return "PER" if e.label == "PERSON" else ("LOC" if e.label in ("GPE", "LOC") else e.label)
    return None


def _organization_in(doc: ParsedDoc, att: Attribution) -> str | None:
    for e in doc.entities:
        if e.label in ("ORG", "LOC", "GPE") and att.source.start <= e.start and e.end <= att.source.end:
            return e.text
    return None


def _gender_of(doc: ParsedDoc, att: Attribution, actor: Actor | None) -> str | None:
    if actor is not None and actor.gender:
        return actor.gender
    before = doc.text[max(0, att.source.start - 5):att.source.start + 5].lower().split()
    for t in before:
        if t in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[t]
    return None
