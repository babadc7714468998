"""Knowledge as data: load and validate the TOML files behind attribution and metrics.

- ``reporting_verbs.toml``: cue lemmas with a neutrality class;
- ``sources.toml``: nouns and phrases for source types and anonymity;
- ``media.toml``: news outlets;
- ``packs/*.toml``: sides, actors and loaded terms for a story (Russia–Ukraine, US 2016, general framing).

Everything is validated on load; a problem raises :class:`LexiconError` naming the file, the entry and
the fix. Users add packs with ``load_lexicons(extra=[path, ...])``; a user pack with the id of a
bundled one replaces it. The schemas are documented in docs/lexicons.md.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple

from .errors import LexiconError

STRENGTHS = ("strong", "medium", "weak", "house_style")
SPECIAL_ALIGN = ("neutral", "legacy", "house_style", "none")
SOURCE_TYPES = ("person", "organization", "media", "document", "place-as-actor", "group", "unknown")
DEFAULT_PACKS = ("russia_ukraine", "framing_general")


@dataclass(frozen=True)
class Variant:
    form: str
    tokens: tuple[str, ...]  # lowercase token patterns; a trailing * marks a prefix
    aligns: str
    gap: int = 0


@dataclass(frozen=True)
class Term:
    id: str
    pack: str
    category: str
    concept: str
    strength: str
    variants: tuple[Variant, ...]
    exclude: tuple[tuple[str, ...], ...] = ()
    neutral: str | None = None
    since: str | None = None
    norm: str | None = None
    count_in_quotes: bool = True


@dataclass(frozen=True)
class Side:
    id: str
    pack: str
    label: str
    adjectives: tuple[str, ...]
    color: str


@dataclass(frozen=True)
class Actor:
    id: str
    pack: str
    side: str
    type: str
    names: tuple[str, ...]
    descriptions: tuple[str, ...] = ()
    gender: str | None = None


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    title: str
    description: str
    path: str
    sides: tuple[Side, ...] = ()
    actors: tuple[Actor, ...] = ()
    terms: tuple[Term, ...] = ()


@dataclass(frozen=True)
class Lexicons:
    verbs: dict  # lemma -> class
    verb_classes: dict  # class -> description
    nominal: dict  # noun lemma -> class ("claim", "warning"): nominal cues
    sources: dict  # key -> frozenset / dict
    media: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases)
    packs: tuple[Pack, ...] = ()
    fingerprint: str = ""
    # lemma -> kind ("seem" -> "hedge"): words of claims no one is named for (see reporting_verbs.toml)
    unattributed: dict = field(default_factory=dict)
    adjectival: dict = field(default_factory=dict)  # adjective lemma -> class ("critical of", "eager to")
    # "refusals" / "withheld" / "answers" -> lemmas: withheld comment ("declined to comment")
    no_comment: dict = field(default_factory=dict)
    # lemma -> class: verbs that report speech only as a quotation's tag ("“…,” he continued")
    quote_tags: dict = field(default_factory=dict)

    @property
    def sides(self) -> list[Side]:
        return [s for p in self.packs for s in p.sides]

    @property
    def actors(self) -> list[Actor]:
        return [a for p in self.packs for a in p.actors]

    @property
    def terms(self) -> list[Term]:
        return [t for p in self.packs for t in p.terms]

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma.lower())

    def nominal_class(self, lemma: str) -> str | None:
        return self.nominal.get(lemma.lower())

    def adjectival_class(self, lemma: str) -> str | None:
        return self.adjectival.get(lemma.lower())

    def tag_class(self, lemma: str) -> str | None:
        """The cue class of a verb that reports speech only as a quotation's tag ("continue", "go on")."""
        return self.quote_tags.get(lemma.lower())

    def unattributed_kind(self, lemma: str) -> str | None:
        """The kind of unattributed claim a lemma introduces ("seem" → hedge), if any."""
        return self.unattributed.get(lemma.lower())

    @property
    def cue_fingerprint(self) -> str:
        """A hash of what the attribute stage reads (reporting verbs and nominal cues): an extraction made
        under the same cues can be reused when only packs or other lexicons change."""
        fp = self.__dict__.get("_cue_fingerprint")
        if fp is None:
            fp = hashlib.sha256(repr((sorted(self.verbs.items()), sorted(self.nominal.items()),
                                      sorted(self.unattributed.items()),
                                      sorted(self.adjectival.items()), sorted(self.quote_tags.items()),
                                      sorted((k, sorted(v)) for k, v in self.no_comment.items()))).encode()).hexdigest()[:12]
            object.__setattr__(self, "_cue_fingerprint", fp)  # frozen dataclass: a cache, not state
        return fp

    def verb_lemma(self, form: str) -> str | None:
        """The lexicon lemma for an inflected form ("insisted" → "insist"), independent of the lemmatizer."""
        table = self.__dict__.get("_inflection_table")
        if table is None:
            table = _inflections(tuple(sorted(self.verbs)))
            object.__setattr__(self, "_inflection_table", table)  # frozen dataclass: a cache, not state
        return table.get(form.lower())

    def tag_lemma(self, form: str) -> str | None:
        """The quotation-tag lemma for an inflected form ("snapped" → "snap"), independent of the lemmatizer."""
        return _inflections(tuple(sorted(self.quote_tags))).get(form.lower())

    def describe(self) -> list[dict]:
        return [{"pack": p.id, "version": p.version, "title": p.title, "path": p.path, "sides": len(p.sides),
                 "actors": len(p.actors), "terms": len(p.terms)} for p in self.packs]


IRREGULAR = {
    "say": ("said", "says"), "tell": ("told",), "write": ("wrote", "written"), "think": ("thought",),
    "see": ("saw", "seen"), "know": ("knew", "known"), "hear": ("heard",), "find": ("found",), "feel": ("felt",),
    "speak": ("spoke", "spoken"), "understand": ("understood",), "swear": ("swore", "sworn"), "go on": ("went on", "gone on"),
    "forecast": ("forecast",), "undertake": ("undertook", "undertaken"), "show": ("shown",), "prove": ("proven",),
    "lash out": ("lashed out",), "point out": ("pointed out", "points out", "pointing out"), "spin": ("spun",),
    "learn": ("learnt",), "mean": ("meant",), "read": ("read",), "teach": ("taught",), "hold": ("held",),
    "deem": ("deemed",), "quip": ("quipped",), "admit": ("admitted", "admitting"), "commit": ("committed", "committing"),
    "regret": ("regretted",), "plan": ("planned", "planning"), "beg": ("begged", "begging"), "brag": ("bragged", "bragging"),
    "spin out": ("spun out",), "rebut": ("rebutted",), "object": ("objected",),
    "snap": ("snapped", "snapping"), "shoot back": ("shot back",),
}


@lru_cache(maxsize=4)
def _inflections(lemmas: tuple[str, ...]) -> dict[str, str]:
    """Regular English inflections (+s, +ed, +ing) of the lexicon's verbs, plus the irregular table."""
    out: dict[str, str] = {}
    for lemma in lemmas:
        verb, _, rest = lemma.partition(" ")
        forms = {verb}
        if verb.endswith("e"):
            forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
        elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
        elif verb.endswith(("s", "sh", "ch", "x", "z")):
            forms |= {verb + "es", verb + "ed", verb + "ing"}
        else:
            forms |= {verb + "s", verb + "ed", verb + "ing"}
        for f in forms:
            out.setdefault((f + " " + rest).strip(), lemma)
        for f in IRREGULAR.get(lemma, ()):
            out[f] = lemma
    return out


def tokenize_pattern(s: str) -> tuple[str, ...]:
    """Split a pattern like "Donetsk People's Republic" into the tokens Stanza would produce."""
    s = s.replace("’", "'")
    s = re.sub(r"(\w)('s)\b", r"\1 \2", s)
    return tuple(t.lower() for t in s.split())


def _read_toml(path: Path | str, text: str | None = None) -> dict:
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except FileNotFoundError:
        raise LexiconError(path, None, "file not found") from None
    except UnicodeDecodeError:
        raise LexiconError(path, None, "is not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(path, None, f"is not valid TOML ({exc}); check quotes and brackets there") from None


def _str_list(path, entry, d: dict, key: str, required: bool = False) -> tuple[str, ...]:
    v = d.get(key, [])
    if required and not v:
        raise LexiconError(path, entry, f"needs a non-empty list `{key}`")
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise LexiconError(path, entry, f"`{key}` must be a list of non-empty strings")
    return tuple(v)


def _req_str(path, entry, d: dict, key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise LexiconError(path, entry, f"needs `{key}` as a non-empty string")
    return v


def _check_schema(path, data: dict, expected: str) -> None:
    got = data.get("schema")
    if got != expected:
        raise LexiconError(path, None, f"has schema {got!r}; expected schema = \"{expected}\" on the first line")


GENDERS = ("male", "female", "plural", "neuter", "self")
# the fields of each table of a pack and the kind of value each takes; another field is an error (a typo
# such as `colour` would otherwise be ignored in silence)
PACK_FIELDS = {
    "pack": {"id": "str", "version": "version", "title": "str", "description": "str"},
    "side": {"id": "str", "label": "str", "adjectives": "strs", "color": "color"},
    "actor": {"id": "str", "side": "str", "type": "str", "gender": "str", "names": "strs", "descriptions": "strs"},
    "term": {"id": "str", "category": "str", "concept": "str", "strength": "str", "variants": "list",
             "exclude": "strs", "neutral": "str", "since": "date", "norm": "str", "count_in_quotes": "bool"},
    "variant": {"form": "str", "match": "str", "aligns": "str", "gap": "int"},
}
KIND_WORDS = {"str": "a string", "strs": "a list of strings", "list": "a list", "int": "an integer",
              "bool": "true or false", "date": "a date (YYYY-MM-DD)", "version": "a string such as \"2026.1\"",
              "color": "a CSS colour such as \"#2b6cb0\" or \"teal\""}
_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}")  # what may go into the report's style attributes
TOML_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "table",
              dt.date: "date", dt.datetime: "date-time", dt.time: "time"}


def _value_ok(kind: str, v) -> bool:
    if kind == "str":
        return isinstance(v, str)
    if kind == "strs":
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if kind == "list":
        return isinstance(v, list)
    if kind == "int":
        return isinstance(v, int) and not isinstance(v, bool)
    if kind == "bool":
        return isinstance(v, bool)
    if kind == "date":
        return isinstance(v, dt.date) and not isinstance(v, dt.datetime) or isinstance(v, str) and bool(
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
    if kind == "version":
        return isinstance(v, (str, int, float)) and not isinstance(v, bool)
    return isinstance(v, str) and bool(_COLOR.fullmatch(v))  # color


def _check_fields(path, entry: str, table: str, d) -> dict:
    """``d`` as one ``table`` of a pack: a TOML table whose fields are known and of the right kind."""
    if not isinstance(d, dict):
        raise LexiconError(path, entry, f"must be a table of fields, got {_toml_type(d)} {d!r:.40}")
    spec = PACK_FIELDS[table]
    for key, v in d.items():
        if key not in spec:
            raise LexiconError(path, entry, f"unknown field `{key}` in a {table} (fields: {', '.join(spec)})")
        if not _value_ok(spec[key], v):
            raise LexiconError(path, entry, f"field `{key}` must be {KIND_WORDS[spec[key]]}, got "
                                            f"{_toml_type(v)} {v!r:.40}")
    return d


def _entry(table: str, k: int | None, d, key: str = "id") -> str:
    """How an error names one table of a pack: by its id where it has one ("side ukraine"), else by number."""
    if isinstance(d, dict) and isinstance(d.get(key), str):
        return f"{table} {d[key]!r}" if key != "id" else f"{table} {d[key]}"
    return table if k is None else f"{table} #{k + 1}"


def _toml_type(v) -> str:
    return next((name for t, name in reversed(TOML_TYPES.items()) if isinstance(v, t)), type(v).__name__)


def _tables(path, data: dict, key: str) -> list:
    """An array of tables (``[[side]]``): a list, each item a table."""
    v = data.get(key, [])
    if isinstance(v, dict):
        raise LexiconError(path, key, f"write [[{key}]] (double brackets: one table per {key}), not [{key}]")
    if not isinstance(v, list):
        raise LexiconError(path, key, f"must be an array of tables ([[{key}]]), got {_toml_type(v)}")
    return v


UNATTRIBUTED_KINDS = ("hedge", "agentless", "question", "adverb")
NO_COMMENT_KEYS = ("refusals", "withheld", "answers")


class VerbTables(NamedTuple):
    """What ``reporting_verbs.toml`` holds, by name."""
    verbs: dict[str, str]  # verb lemma → class
    classes: dict[str, str]  # class → description
    nominal: dict[str, str]  # noun lemma → class
    unattributed: dict[str, str]  # lemma → unattributed kind
    adjectival: dict[str, str]  # adjective lemma → class
    no_comment: dict[str, frozenset[str]]  # "refusals" / "withheld" / "answers" → lemmas
    quote_tags: dict[str, str]  # verb lemma → class, a cue only as a quotation's tag


def load_verbs(path: Path | str, text: str | None = None) -> VerbTables:
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.verbs/1")
    classes = data.get("classes")
    if not isinstance(classes, dict) or not classes:
        raise LexiconError(path, "classes", "needs a [classes] table naming each class")
    verbs: dict[str, str] = {}
    where: dict[str, str] = {}
    for k, g in enumerate(_tables(path, data, "group")):
        if not isinstance(g, dict):
            raise LexiconError(path, f"group #{k + 1}", f"must be a table, got {_toml_type(g)}")
        cls = g.get("class")
        entry = f"group #{k + 1} ({cls})"
        if cls not in classes:
            raise LexiconError(path, entry, f"class {cls!r} is not one of {sorted(classes)}")
        for lemma in _str_list(path, entry, g, "lemmas", required=True):
            if lemma.lower() in verbs:
                # a lemma has one class: a second listing would be silently dead or silently win
                raise LexiconError(path, entry, f"lemma {lemma!r} is already listed in {where[lemma.lower()]}")
            verbs[lemma.lower()] = cls
            where[lemma.lower()] = entry
    nominal = _class_table(path, data, "nominal", "noun", classes)
    adjectival = _class_table(path, data, "adjectival", "adjective", classes)
    table = data.get("unattributed", {})
    if not isinstance(table, dict):
        raise LexiconError(path, "unattributed", f"must be a table with lists {list(UNATTRIBUTED_KINDS)}")
    unattributed: dict[str, str] = {}
    for kind in table:
        if kind not in UNATTRIBUTED_KINDS:
            raise LexiconError(path, f"unattributed.{kind}", f"is not one of {list(UNATTRIBUTED_KINDS)}")
        lemmas = [x.lower() for x in _str_list(path, "unattributed", table, kind, required=True)]
        if kind in ("hedge", "adverb") and any(x in verbs for x in lemmas):
            # a hedge verb has no speaker; a cue class would make it a reporting verb with one
            raise LexiconError(path, f"unattributed.{kind}",
                               f"{sorted(x for x in lemmas if x in verbs)} also have a cue class")
        for x in lemmas:
            if x in unattributed:  # a word has one kind, as a verb has one class
                raise LexiconError(path, f"unattributed.{kind}", f"{x!r} is already listed as {unattributed[x]}")
            unattributed[x] = kind
    quote_tags = _class_table(path, data, "quote_tags", "verb", classes)
    both = sorted(x for x in quote_tags if x in verbs)
    if both:  # a reporting verb is a cue wherever it stands; listing it as a tag as well would be dead
        raise LexiconError(path, "quote_tags", f"{both} are already reporting verbs")
    return VerbTables(verbs, dict(classes), nominal, unattributed, adjectival, _no_comment_table(path, data, verbs),
                      quote_tags)


def _no_comment_table(path, data: dict, verbs: dict[str, str]) -> dict[str, frozenset[str]]:
    """The ``[no_comment]`` table: refusals and answers must be cue verbs (they make the records it marks)."""
    table = data.get("no_comment", {})
    if not isinstance(table, dict):
        raise LexiconError(path, "no_comment", f"must be a table with lists {list(NO_COMMENT_KEYS)}")
    unknown = sorted(set(table) - set(NO_COMMENT_KEYS))
    if unknown:
        raise LexiconError(path, f"no_comment.{unknown[0]}", f"is not one of {list(NO_COMMENT_KEYS)}")
    out = {k: frozenset(x.lower() for x in _str_list(path, "no_comment", table, k)) for k in NO_COMMENT_KEYS}
    for k in ("refusals", "answers"):
        missing = sorted(x for x in out[k] if x not in verbs)
        if missing:
            raise LexiconError(path, f"no_comment.{k}", f"{missing} have no cue class: they would make no record")
    return out


def _class_table(path, data: dict, key: str, what: str, classes: dict) -> dict[str, str]:
    """A ``[nominal]``-style table: lemma → one of the cue classes (lower-cased lemmas)."""
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise LexiconError(path, key, f"must be a table mapping {what} lemma → class")
    for lemma, cls in table.items():
        if cls not in classes:
            raise LexiconError(path, f"{key} {lemma}", f"class {cls!r} is not one of {sorted(classes)}")
    return {k.lower(): v for k, v in table.items()}


def load_sources(path: Path | str, text: str | None = None) -> dict:
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.sources/1")
    out: dict = {}
    for key in ("person_nouns", "group_nouns", "organization_nouns", "document_nouns", "media_nouns",
                "anonymity_phrases", "vague_modifiers"):
        out[key] = frozenset(x.lower() for x in _str_list(path, key, data, key, required=True))
    # (optional) people against the one they are named after: "Trump's opponents" are not on Trump's side
    out["opposing_nouns"] = frozenset(x.lower() for x in _str_list(path, "opposing_nouns", data, "opposing_nouns"))
    pron = data.get("pronouns", {})
    if not isinstance(pron, dict) or not pron:
        raise LexiconError(path, "pronouns", "needs a [pronouns] table mapping pronoun to gender")
    out["pronouns"] = {k.lower(): v for k, v in pron.items()}
    return out


def load_media(path: Path | str, text: str | None = None) -> tuple:
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.media/1")
    out = []
    for k, o in enumerate(_tables(path, data, "outlet")):
        if not isinstance(o, dict):
            raise LexiconError(path, f"outlet #{k + 1}", f"must be a table, got {_toml_type(o)}")
        name = _req_str(path, f"outlet #{k + 1}", o, "name")
        out.append((name, _str_list(path, name, o, "aliases")))
    return tuple(out)


def load_pack(path: Path | str, text: str | None = None) -> Pack:
    """Read and validate a pack: every table and field is checked against :data:`PACK_FIELDS` and the rules of
    docs/lexicons.md, and a problem raises :class:`LexiconError` naming the file, the table and the field."""
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.pack/1")
    unknown = sorted(set(data) - {"schema", "pack", "side", "actor", "term"})
    if unknown:
        raise LexiconError(path, unknown[0], "unknown table in a pack (tables: [pack], [[side]], [[actor]], [[term]])")
    meta = data.get("pack")
    if not isinstance(meta, dict):
        raise LexiconError(path, "pack", "needs a [pack] table with id, version and title")
    _check_fields(path, "pack", "pack", meta)
    pid = _req_str(path, "pack", meta, "id")
    if not re.fullmatch(r"[a-z0-9_]+", pid):
        raise LexiconError(path, "pack", f"id {pid!r} must be lowercase letters, digits and underscores")
    sides = _pack_sides(path, pid, _tables(path, data, "side"))
    side_ids = {s.id for s in sides}
    actors = _pack_actors(path, pid, _tables(path, data, "actor"), side_ids)
    terms = _pack_terms(path, pid, _tables(path, data, "term"), side_ids | set(SPECIAL_ALIGN))
    return Pack(id=pid, version=str(meta.get("version", "0")), title=meta.get("title", pid),
                description=meta.get("description", ""), path=str(path), sides=tuple(sides), actors=tuple(actors),
                terms=tuple(terms))


def _pack_sides(path, pid: str, tables: list) -> list[Side]:
    sides, side_ids = [], set()
    for k, s in enumerate(tables):
        _check_fields(path, _entry("side", k, s), "side", s)
        sid = _req_str(path, f"side #{k + 1}", s, "id")
        if sid in side_ids or sid in SPECIAL_ALIGN:
            raise LexiconError(path, f"side {sid}", "duplicate or reserved side id")
        side_ids.add(sid)
        sides.append(Side(id=sid, pack=pid, label=s.get("label", sid), adjectives=_str_list(path, sid, s, "adjectives"),
                          color=s.get("color", "#718096")))
    return sides


def _pack_actors(path, pid: str, tables: list, side_ids: set[str]) -> list[Actor]:
    actors, actor_ids = [], set()
    for k, a in enumerate(tables):
        _check_fields(path, _entry("actor", k, a), "actor", a)
        aid = _req_str(path, f"actor #{k + 1}", a, "id")
        if aid in actor_ids:
            raise LexiconError(path, f"actor {aid}", "duplicate actor id")
        actor_ids.add(aid)
        side = a.get("side")
        if side not in side_ids:
            raise LexiconError(path, f"actor {aid}", f"side {side!r} is not defined in this pack (sides: {sorted(side_ids)})")
        typ = a.get("type", "person")
        if typ not in SOURCE_TYPES:
            raise LexiconError(path, f"actor {aid}", f"type {typ!r} is not one of {SOURCE_TYPES}")
        gender = a.get("gender")
        if gender is not None and gender not in GENDERS:
            raise LexiconError(path, f"actor {aid}", f"gender {gender!r} is not one of {GENDERS}")
        actors.append(Actor(id=aid, pack=pid, side=side, type=typ, names=_str_list(path, aid, a, "names", required=True),
                            descriptions=_str_list(path, aid, a, "descriptions"), gender=gender))
    return actors


def _pack_terms(path, pid: str, tables: list, valid_align: set[str]) -> list[Term]:
    terms, term_ids = [], set()
    for k, t in enumerate(tables):
        _check_fields(path, _entry("term", k, t), "term", t)
        tid = _req_str(path, f"term #{k + 1}", t, "id")
        if tid in term_ids:
            raise LexiconError(path, f"term {tid}", "duplicate term id")
        term_ids.add(tid)
        strength = t.get("strength", "medium")
        if strength not in STRENGTHS:
            raise LexiconError(path, f"term {tid}", f"strength {strength!r} is not one of {STRENGTHS}")
        raw = t.get("variants")
        if not isinstance(raw, list) or not raw:
            raise LexiconError(path, f"term {tid}", "needs a non-empty `variants` list of {form, match, aligns}")
        since = t.get("since")
        terms.append(Term(id=tid, pack=pid, category=_req_str(path, f"term {tid}", t, "category"),
                          concept=t.get("concept", ""), strength=strength,
                          variants=tuple(_pack_variant(path, tid, v, valid_align) for v in raw),
                          exclude=tuple(tokenize_pattern(x) for x in _str_list(path, tid, t, "exclude")),
                          neutral=t.get("neutral"), since=str(since) if since else None, norm=t.get("norm"),
                          count_in_quotes=t.get("count_in_quotes", True)))
    return terms


def _pack_variant(path, tid: str, v, valid_align: set[str]) -> Variant:
    if not isinstance(v, dict):
        raise LexiconError(path, f"term {tid}", "each variant must be an inline table {form=..., match=..., aligns=...}")
    _check_fields(path, f"term {tid}, " + _entry("variant", None, v, "form"), "variant", v)
    form = _req_str(path, f"term {tid}", v, "form")
    match = v.get("match", form)
    aligns = v.get("aligns")
    if aligns not in valid_align:
        raise LexiconError(path, f"term {tid}, variant {form!r}",
                           f"aligns {aligns!r} is not a side of this pack nor one of {SPECIAL_ALIGN}")
    gap = v.get("gap", 0)
    if not 0 <= gap <= 5:
        raise LexiconError(path, f"term {tid}, variant {form!r}", "gap must be an integer from 0 to 5")
    toks = tokenize_pattern(match)
    if not toks:
        raise LexiconError(path, f"term {tid}, variant {form!r}", "match is empty")
    return Variant(form=form, tokens=toks, aligns=aligns, gap=gap)


def _bundled(name: str) -> Path:
    return Path(str(resources.files("audit") / "lexicons" / name))


def bundled_pack_paths() -> dict[str, Path]:
    return {p.stem: p for p in sorted(_bundled("packs").glob("*.toml"))}


@lru_cache(maxsize=16)
def _load_cached(packs: tuple[str, ...], extra: tuple[str, ...]) -> Lexicons:
    vt = load_verbs(_bundled("reporting_verbs.toml"))
    sources = load_sources(_bundled("sources.toml"))
    media = load_media(_bundled("media.toml"))
    available = bundled_pack_paths()
    chosen: dict[str, Pack] = {}
    for name in packs:
        if name not in available:
            raise LexiconError(name, None, f"no bundled pack named {name!r}; bundled packs: {sorted(available)}")
        p = load_pack(available[name])
        chosen[p.id] = p
    for path in extra:
        p = load_pack(Path(path))
        chosen[p.id] = p  # a user pack with a bundled id replaces it
    h = hashlib.sha256()
    # (and the engine's own word lists and language rules: a run made with other lists is another run)
    for f in [_bundled("reporting_verbs.toml"), _bundled("sources.toml"), _bundled("media.toml"),
              _bundled("attribution_words.toml"), _bundled("classify_words.toml"), _bundled("language.toml"),
              *[Path(p.path) for p in chosen.values()]]:
        h.update(f.read_bytes())
    return Lexicons(verbs=vt.verbs, verb_classes=vt.classes, nominal=vt.nominal, sources=sources, media=media,
                    packs=tuple(chosen.values()), fingerprint=h.hexdigest()[:12], unattributed=vt.unattributed,
                    adjectival=vt.adjectival, no_comment=vt.no_comment, quote_tags=vt.quote_tags)


def load_lexicons(packs: Iterable[str] | None = None, extra: Iterable[str | Path] = ()) -> Lexicons:
    """Load the bundled data files plus the named packs (default: all bundled) and the user's pack files."""
    names = tuple(packs) if packs is not None else DEFAULT_PACKS
    return _load_cached(names, tuple(str(Path(p).resolve()) for p in extra))
