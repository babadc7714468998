"""Speaker resolution: the mentions of an article (named people, the packs' actors, entities), full names that
later surnames link to ("Berg" → "Anna Berg"), and the resolvers: a pronoun to the nearest earlier compatible
mention, a definite description to an earlier mention ("the unnamed official" → the earlier "a diplomat"), a
description to a pack's actor ("the Ukrainian leader" → Zelensky).

Example: "Anna Berg, the finance minister, said … The minister added …" → both attributions have the speaker
"Anna Berg".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Actor, Lexicons
from ..parse import ParsedDoc
from .words import GENERIC_SOURCE_NOUNS, HONORIFIC_GENDER, TITLE_WORDS


@dataclass
class Mention:
    start: int
    text: str  # canonical text of the mention (resolved name or the source phrase)
    kind: str  # person | group | organization | media | document | place-as-actor
    gender: str | None
    anonymous: bool
    actor: Actor | None = None
    affiliation: str | None = None
    surface: str = ""  # the words around the mention ("Finance Minister Anna Berg"): titles for descriptions
    in_source: bool = False  # a name inside another speaker's source ("an aide to President Zelensky")


def _word_re(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])", re.I)


class _ActorIndex:
    def __init__(self, lex: Lexicons):
        self.names: list[tuple[re.Pattern, Actor, str]] = []
        self.descs: list[tuple[re.Pattern, Actor, str]] = []
        for a in lex.actors:
            for n in a.names:
                self.names.append((_word_re(n), a, n))
            for d in a.descriptions:
                self.descs.append((_word_re(d), a, d))
        self.names.sort(key=lambda t: -len(t[2]))
        self.descs.sort(key=lambda t: -len(t[2]))
        self.sides = {s.id: s for s in lex.sides}
        self.adjectives = sorted(((adj, s.id) for s in lex.sides for adj in s.adjectives), key=lambda t: -len(t[0]))
        self.adj_res = [(_word_re(adj), sid) for adj, sid in self.adjectives]
        # one-word places the packs know ("Moscow"): they never open a person's name
        self.places = frozenset(n.lower() for a in lex.actors if a.type == "place-as-actor" for n in a.names
                                if " " not in n)
        # the last words of a body's or a role's name ("World Bank", "South Carolina Democrat"): they end no
        # person's name, and as a first word they are no part of one ("Republican Ann Lee")
        self.not_names = frozenset(lex.sources["organization_nouns"]) | frozenset(lex.sources["person_nouns"])

        # one alternation per kind, longest names first, so a lookup is a single regex search
        self._names_rx = self._combined(self.names)
        self._descs_rx = self._combined(self.descs)

    @staticmethod
    def _combined(entries):
        if not entries:
            return None, {}
        table = {}
        for _, a, n in entries:
            table.setdefault(n.lower(), (a, n))
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(table, key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])", re.I), table

    def _lookup(self, which, text: str):
        rx, table = which
        if rx is None:
            return None
        best = None
        for m in rx.finditer(text):  # the longest name found anywhere in the text wins
            key = re.sub(r"\s+", " ", m.group(0)).lower()
            if key in table and (best is None or len(key) > len(best)):
                best = key
        return table[best] if best else None

    def by_name(self, text: str) -> tuple[Actor, str] | None:
        return self._lookup(self._names_rx, text)

    def by_description(self, text: str) -> tuple[Actor, str] | None:
        return self._lookup(self._descs_rx, text)

    def side_by_adjective(self, text: str) -> str | None:
        text = text.replace("’", "'")  # ("Russia’s" as "Russia's")
        for rx, sid in self.adj_res:
            if rx.search(text):
                return sid
        return None


_INDEX_CACHE: dict[str, _ActorIndex] = {}


def _index(lex: Lexicons) -> _ActorIndex:
    key = lex.fingerprint + ",".join(p.id for p in lex.packs)
    if key not in _INDEX_CACHE:
        _INDEX_CACHE[key] = _ActorIndex(lex)
    return _INDEX_CACHE[key]


def _propn_names(doc: ParsedDoc, places: set[str] = frozenset(), bodies: set[str] = frozenset()) -> list[str]:
    """Capitalised name runs the NER may have missed ("Finance Minister Anna Berg" → "Anna Berg"); not the name
    of a body or a role ("World Bank", "South Carolina Democrat": one that ends in a noun of ``bodies``, or that the
    NER tagged as an organization)."""
    bodies_at = [(e.start, e.end) for e in doc.entities if e.label == "ORG"]
    out, run = [], []
    for w in doc.words + [None]:
        if w is not None and w.upos == "PROPN" and w.text[:1].isupper() and (not run or run[-1].end + 1 == w.start):
            run.append(w)
            continue
        words = [x.text for x in run]
        while words and (words[0].lower() in TITLE_WORDS or words[0].lower() in places):
            words.pop(0)  # "Minister Anna Berg", "back in Moscow Vladimir Putin was …"
        if 2 <= len(words) <= 3 and words[-1].lower() not in bodies and not any(
                a <= run[-1].start < b for a, b in bodies_at):
            out.append(" ".join(words))
        run = [w] if (w is not None and w.upos == "PROPN" and w.text[:1].isupper()) else []
    return out


def _without_leading(name: str, words: set[str]) -> str:
    """A name without the place or role words the tagger ran into it ("Ukraine Denys Shmyhal" → "Denys Shmyhal",
    "Republican Ann Lee" → "Ann Lee")."""
    while " " in name and name.split()[0].lower() in words:
        name = name.split(" ", 1)[1]
    return name


def _full_names(doc: ParsedDoc, places: set[str] = frozenset(), bodies: set[str] = frozenset()) -> dict[str, str]:
    """Map each person's surname (and shorter forms) to the longest full name seen in the document; a
    place the packs know does not open a name ("Ukraine Denys Shmyhal" → "Denys Shmyhal"), and a run of
    capitalised words that ends in a noun of ``bodies`` (organization and role nouns: "World Bank", "Texas
    Republican") is no person's name."""
    out: dict[str, str] = {}
    # (an entity the tagger ran over a layout gap or a credit's slashes is several names: "…/Rex/Shutterstock
    # Serebrennikov said")
    per = [part.strip() for e in doc.entities if e.label in ("PER", "PERSON")
           for part in re.split(r"\s{2,}|\n|/", e.text) if part.strip() and part.split()[-1].lower() not in bodies]
    for text in per + _propn_names(doc, places, bodies):
        name = _without_leading(re.sub(r"['’]s$", "", text.strip()), places | bodies)
        parts = name.split()
        if len(parts) >= 2:
            for k in range(1, len(parts)):
                short = " ".join(parts[k:])
                if len(out.get(short, "")) < len(name):
                    out[short] = name
        out.setdefault(name, name)
    return out


def _entity_mentions(doc: ParsedDoc, idx: _ActorIndex, full_names: dict, lex: Lexicons) -> list[Mention]:
    out = []
    for e in doc.entities:
        if e.label in ("PER", "PERSON"):
            name = _without_leading(re.sub(r"['’]s$", "", e.text.strip()), idx.not_names)
            name = full_names.get(name, name)
            hit = idx.by_name(name)
            g = hit[0].gender if hit else None
            before = doc.text[max(0, e.start - 5):e.start].lower().split()
            if before and before[-1] in HONORIFIC_GENDER:
                g = HONORIFIC_GENDER[before[-1]]
            ctx = doc.text[max(0, e.start - 60):e.end + 60].lower()
            out.append(Mention(e.start, name, "person", g, False, hit[0] if hit else None, surface=ctx))
        elif e.label == "ORG":
            hit = idx.by_name(e.text)
            kind = "media" if any(e.text.lower() == n.lower() for name, al in lex.media for n in (name, *al)) else "organization"
            out.append(Mention(e.start, e.text, kind, None, False, hit[0] if hit else None))
    return out


def _resolve_pronoun(mentions: list[Mention], pos: int, want: str, genders: dict) -> Mention | None:
    cands = sorted((m for m in mentions if m.start < pos and not m.in_source), key=lambda m: -m.start)
    for m in cands[:12]:
        if want in ("male", "female"):
            if m.kind != "person":
                continue
            g = m.gender or genders.get(m.text)
            if g is not None and g != want:
                continue
            return m
        if want == "plural" and m.kind in ("group", "organization", "media", "place-as-actor"):
            return m
        if want == "neuter" and m.kind in ("organization", "media", "document", "place-as-actor"):
            return m
        if want == "self":
            return None
    return None


def _resolve_definite(mentions, pos, kinds, noun: str | None = None) -> Mention | None:
    """"the minister" → the nearest earlier person whose surroundings carry that noun ("Finance Minister
    Anna Berg"); "the unnamed official" → the nearest earlier unnamed person ("a diplomat")."""
    earlier = sorted((m for m in mentions if m.start < pos), key=lambda m: -m.start)
    if noun:
        rx = re.compile(r"\b" + re.escape(noun) + r"s?\b")
        for m in earlier[:60]:
            if m.kind in kinds and rx.search(m.surface or m.text.lower()):
                return m
    if noun and noun not in GENERIC_SOURCE_NOUNS:
        return None  # "the minister" with no earlier minister stays as written
    for m in earlier[:15]:
        if m.kind in kinds and (m.anonymous or not noun):
            return m
    return None


def _resolve_description_to_actor(mentions, pos, actor: Actor) -> Mention | None:
    for m in sorted((m for m in mentions if m.start < pos), key=lambda m: -m.start):
        if m.actor is not None and m.actor.id == actor.id and m.kind == "person":
            return m
    return None


def _canonical(doc: ParsedDoc, actor: Actor, full_names: dict) -> str:
    """The actor's name as this document writes it (its longest form), else the first listed name."""
    best = None
    for n in actor.names:
        if _word_re(n).search(doc.text) and (best is None or len(n) > len(best)):
            best = n
    return best or actor.names[0]


def _member_name(actor: Actor, name: str) -> bool:
    """A person the pack lists under a body ("Kaja Kallas", "Kallas" under the EU): a full name whose surname is
    listed too, or a surname of a listed full name; not the body's own names ("Kremlin", "Brussels")."""
    low = name.lower()
    names = [n.lower() for n in actor.names if not n.lower().startswith(("the ", "a ", "an "))]
    return not low.startswith(("the ", "a ", "an ")) and any(
        n != low and (n.endswith(" " + low) or low.endswith(" " + n)) for n in names)


def _mentions_name(text: str, name: str) -> bool:
    return bool(_word_re(name).search(text)) and name[:1].isupper() and name.lower() not in (
        "moscow", "kremlin", "the kremlin", "washington", "kyiv", "kiev", "brussels", "white house", "the white house")
