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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import Attribution, Extraction
from .lexicon import Actor, Lexicons
from .parse import ParsedDoc

HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
                    "miss": "female", "sir": "male", "madam": "female", "lady": "female", "lord": "male"}
GENDERED_NOUNS = {"spokesman": "male", "spokeswoman": "female", "man": "male", "woman": "female", "chairman": "male",
                  "chairwoman": "female", "father": "male", "mother": "female", "husband": "male", "wife": "female",
                  "son": "male", "daughter": "female", "brother": "male", "sister": "female", "king": "male",
                  "queen": "female", "congressman": "male", "congresswoman": "female", "businessman": "male",
                  "businesswoman": "female", "grandmother": "female", "grandfather": "male", "boy": "male", "girl": "female"}


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


def classify(doc: ParsedDoc, ext: Extraction, lex: Lexicons) -> list[Attribution]:
    """Fill speaker, source_type, anonymous, affiliation, side and actor on every attribution (in place)."""
    idx = _index(lex)
    media = [(_word_re(n), n) for name, aliases in lex.media for n in (name, *aliases)]
    media.sort(key=lambda t: -len(t[1]))
    media_canon = {n.lower(): name for name, aliases in lex.media for n in (name, *aliases)}
    src = lex.sources
    full_names = _full_names(doc, idx.places, idx.not_names)
    mentions: list[Mention] = _entity_mentions(doc, idx, full_names, lex)
    genders: dict[str, str] = {}
    sides: dict[str, str] = {}  # a named speaker's first side

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
        stext = att.source.text
        low = stext.lower().strip()
        head = doc.words[att.source_head] if att.source_head is not None else None
        head_lemma = head.lemma.lower() if head else low.split()[-1]
        head_text = head.text.lower() if head else low.split()[-1]
        sent = doc.sentences[att.sentence_index]
        sent_text = doc.text[sent.start:sent.end].lower()
        stype, anonymous, speaker, actor, gender, affiliation = "unknown", False, stext, None, None, None
        side_actor = None  # an actor whose side a source is on without being it ("the … Service of Ukraine")

        # 1. pronouns → nearest earlier compatible mention
        if head is not None and head.upos == "PRON" and head_text in src["pronouns"]:
            want = src["pronouns"][head_text]
            m = _resolve_pronoun(mentions, att.source.start, want, genders)
            if m is not None:
                speaker, stype, anonymous, actor, affiliation = m.text, m.kind, m.anonymous, m.actor, m.affiliation
                if want in ("male", "female"):
                    genders.setdefault(m.text, want)
            else:
                stype = "group" if want == "plural" else ("person" if want in ("male", "female", "self") else "unknown")
                anonymous = stype in ("person", "group")
                att.notes.append("pronoun not resolved")
        else:
            named = _named_person(doc, att, full_names, idx.not_names)
            if named and (known := idx.by_name(named)) is not None and known[0].type != "person" \
                    and not _member_name(known[0], named):
                named = None  # "A Kremlin spokesman": the NER's "person" is a body the packs know
            hit = idx.by_name(stext)
            pp_hit = part = None
            if hit is not None and _name_after_preposition(doc, att, hit[1]):
                # "A spokesman for Vladimir Putin", "an aide to President Zelensky": the one named after a
                # preposition is whom the source speaks for, not the source
                pp_hit, hit = hit, None
            desc = idx.by_description(stext) if hit is None else None
            media_hit = next((n for rx, n in media if rx.search(stext)), None)
            if media_hit is not None and not _has_person_noun(low, src) and (
                    not named or media_hit.lower() in named.lower()):
                speaker, stype = media_canon.get(media_hit.lower(), media_hit), "media"
            elif named:
                speaker, stype = named, "person"
                a = idx.by_name(named)
                actor = a[0] if a else (hit[0] if hit else (pp_hit[0] if pp_hit else None))
            elif hit is not None:
                actor = hit[0]
                # a person actor is named in full; a place or body as the text names it ("Moscow", "US")
                speaker = _canonical(doc, hit[0], full_names) if hit[0].type == "person" else hit[1]
                # (not the last word of the name itself: "the United Nations", "Russian Armed Forces")
                own_name = hit[1].lower().split()[-1] == head_text
                person_head = (head_lemma in src["person_nouns"] or head_text in src["group_nouns"]) and not own_name
                stype = "person" if _has_person_noun(low, src) and not own_name or person_head else hit[0].type
                if stype == "place-as-actor" and head_lemma in src["organization_nouns"]:
                    stype = "organization"  # "the Russian Defence Ministry": a body of the place's side
                if stype == "person" and (not _mentions_name(stext, hit[1]) or hit[0].type != "person" or person_head):
                    # "a Kremlin spokesman", "the head of the national police in Ukraine": an unnamed person
                    # of a named body or place; "Sanders supporters", "Mrs. Clinton's aides": people of a person
                    anonymous = True
                    affiliation = hit[1]
                    speaker = stext
                    if head_lemma in src["opposing_nouns"] or head_text in src["opposing_nouns"]:
                        actor = affiliation = None  # "Trump's opponents": not of Trump's side
                    if head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats
                                                           and head_lemma in src["person_nouns"]):
                        stype = "group"
            elif desc is not None and low.startswith(("the ", "his ", "her ")):
                actor = desc[0]
                m = _resolve_description_to_actor(mentions, att.source.start, desc[0])
                speaker = m.text if m else _canonical(doc, desc[0], full_names)
                stype = "person" if desc[0].type == "person" else desc[0].type
                if desc[0].type != "person" and head_lemma in src["person_nouns"] | src["group_nouns"]:
                    stype = "group" if head_text in src["group_nouns"] else "person"
                    anonymous = True
                    affiliation = desc[0].id
            elif head_lemma in src["media_nouns"] or head_text in src["media_nouns"]:
                stype = "media"
                m = _resolve_definite(mentions, att.source.start, ("media",)) if low.startswith("the ") else None
                speaker = m.text if m else stext
            elif head_text in src["document_nouns"] or head_lemma in src["document_nouns"]:
                stype = "document"
            elif (part := _partitive_people(doc, head, src)) is not None:
                # "one of the sources", "some of the people familiar with the talks": unnamed people
                stype, anonymous = ("person" if head_text == "one" else "group"), True
            elif head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats
                                                     and head_lemma in src["person_nouns"]):
                stype, anonymous = "group", True
            elif AGE_DESCRIPTION.search(low):
                # "said the 52-year-old": someone described by age, most often the person the article just named
                stype, anonymous = "person", True
                m = _resolve_definite(mentions, att.source.start, ("person",)) if low.startswith("the ") else None
                if m is not None:
                    speaker, anonymous, actor, affiliation = m.text, m.anonymous, m.actor, m.affiliation
            elif head_lemma in src["person_nouns"] or head_text in src["person_nouns"]:
                stype, anonymous = "person", True
                if low.startswith(("the ", "this ", "that ")):
                    m = _resolve_definite(mentions, att.source.start, ("person",), noun=head_lemma)
                    if m is not None:
                        speaker, anonymous, actor = m.text, m.anonymous, m.actor
                        affiliation = m.affiliation
                gender = GENDERED_NOUNS.get(head_lemma)
                org = _organization_in(doc, att)
                if org:
                    affiliation = org
                if head_text in src["group_nouns"] or (head is not None and "Number=Plur" in head.feats):
                    stype = "group"
            elif head_lemma in src["organization_nouns"] or _ent_label(doc, att) == "ORG":
                stype = "organization"
                if low.startswith("the ") and len(low.split()) == 2 and head_lemma in src["organization_nouns"] \
                        and head is not None and "Number=Plur" not in head.feats:
                    # "the ministry" → the nearest earlier named body that carries the noun ("The Russian Foreign
                    # Ministry"); with none, it stays as written (and "the Labor Department" names its own)
                    named_bodies = [m for m in mentions if any(t[:1].isupper() for t in m.text.split()[1:])
                                    or m.text[:1].isupper() and not m.text.lower().startswith("the ")]
                    m = _resolve_definite(named_bodies, att.source.start, ("organization",), noun=head_lemma)
                    if m is not None:
                        speaker, actor, affiliation = m.text, m.actor, m.affiliation
            elif _ent_label(doc, att) == "LOC":
                stype = "place-as-actor"
            elif _ent_label(doc, att) == "PER" or (head is not None and head.upos == "PROPN"):
                stype, speaker = "person", full_names.get(stext, stext)
            if pp_hit is not None and actor is None:
                # whom the source speaks for gives its side: unnamed people of it ("a spokesman for Vladimir Putin",
                # "officials in Moscow", "one of the Kremlin's officials"; not "Trump's opponents"), or a body of it
                # ("the State Special Communications Service of Ukraine")
                opposing = {head_lemma, head_text, part.lemma.lower() if part is not None else ""} & src["opposing_nouns"]
                if stype in ("person", "group") and anonymous and not opposing:
                    actor, affiliation = pp_hit[0], affiliation or pp_hit[1]
                elif stype == "organization":
                    side_actor = pp_hit[0]
            if stype in ("person", "group") and any(p in sent_text for p in src["anonymity_phrases"]) \
                    and not named:
                anonymous = True
            gender = gender or _gender_of(doc, att, actor)
        if att.via is not None:
            att.notes.append(f"via {att.via.text}")
        att.speaker = speaker
        att.source_type = stype
        att.anonymous = bool(anonymous)
        att.affiliation = affiliation
        att.actor = actor.id if actor else None
        side = actor.side if actor else (side_actor.side if side_actor else None)
        if side is None:
            side = idx.side_by_adjective(_before_clause(doc, att.source, head)) or (
                idx.side_by_adjective(affiliation) if affiliation else None) \
                or (idx.side_by_adjective(speaker) if speaker != stext else None)
        # one speaker, one side: "Denis Volkov, the head of Russia's Belgorod Region" is on Russia's side when a
        # later "He" or "Volkov" speaks too (a named speaker only, not "officials")
        if speaker and any(ch.isupper() for ch in speaker):
            if side is not None:
                sides.setdefault(speaker, side)
            else:
                side = sides.get(speaker)
        att.side = side
        att.speaker_id = (actor.id if actor and stype != "person" else None) or speaker
        # a name inside the source that is not its speaker ("Oksana Lamb, an adviser to President Zelensky") is
        # no one a later "he" can stand for
        for m in mentions:
            if att.source.start <= m.start < att.source.end and m.text not in speaker and speaker not in m.text:
                m.in_source = True
        mentions.append(Mention(att.source.start, speaker, stype, gender or genders.get(speaker), att.anonymous,
                                actor, affiliation, surface=low))
        att.source = written
    return ext.attributions


# -- helpers -------------------------------------------------------------------------------------------
AGE_DESCRIPTION = re.compile(r"\b\d+-(?:year|month)-old$")
GENERIC_SOURCE_NOUNS = {"official", "source", "diplomat", "person", "insider", "aide", "officer", "man", "woman",
                        "representative", "employee", "staffer", "member", "spokesperson", "spokesman", "spokeswoman"}
TITLE_WORDS = {"president", "minister", "prime", "foreign", "finance", "defence", "defense", "secretary", "general",
               "senator", "sen.", "rep.", "gov.", "governor", "fm", "mayor", "leader", "opposition", "spokesman",
               "spokeswoman", "spokesperson", "chancellor", "envoy", "ambassador", "chief", "director", "judge",
               "commissioner", "chairman", "chairwoman", "premier", "king", "queen", "prince", "pope", "mr.", "mrs.",
               "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "retired", "former", "vice", "deputy",
               "attorney", "representative", "congressman", "congresswoman", "colonel", "lieutenant", "captain",
               "president-elect", "elect", "us", "u.s.", "uk", "eu", "un", "nato", "russian", "ukrainian", "american",
               "hungarian", "french", "german", "british", "chinese", "israeli", "special", "new", "top"}


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
