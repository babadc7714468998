"""The word lists of the attribution engine, from ``lexicons/attribution_words.toml`` (schema
``newsaudit.words/1``): loaded and validated once, on import, as frozensets under the names the patterns use.

Each list says what it is for, with an invented example, in the file; a list is ``words`` (lowercase words or
phrasal verbs), ``phrases`` (word sequences, read as tuples of words: "for example" → ("for", "example")) or
``objects`` (verb lemma → the objects that make an idiom with it); ``extends`` adds another list's words.
Example: ``NON_SOURCES`` holds "plan", so "according to the plan" names no source.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from ..lexicon import _check_schema, _read_toml

KINDS = ("words", "phrases", "objects")


def load_words(path: Path | str, text: str | None = None) -> dict[str, frozenset | dict]:
    """Every list of the file by its key, validated: a problem raises :class:`LexiconError` naming the list."""
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.words/1")
    lists = data.get("lists")
    if not isinstance(lists, dict) or not lists:
        raise LexiconError(path, "lists", "needs [lists.NAME] tables")
    out: dict[str, frozenset | dict] = {}
    for key, spec in lists.items():
        out[key] = _one_list(path, key, spec)
    for key, spec in lists.items():
        base = spec.get("extends")
        if base is not None:
            if not isinstance(out.get(base), frozenset) or base == key or "extends" in lists[base]:
                raise LexiconError(path, f"lists.{key}", f"extends {base!r}, which is not a plain list of words")
            out[key] = out[base] | out[key]
    return out


def _one_list(path, key: str, spec) -> frozenset | dict:
    where = f"lists.{key}"
    if not isinstance(spec, dict):
        raise LexiconError(path, where, "must be a table with `about` and one of `words`, `phrases`, `objects`")
    unknown = sorted(set(spec) - {"about", "evidence", "extends", *KINDS})
    if unknown:
        raise LexiconError(path, where, f"unknown field `{unknown[0]}`")
    if not isinstance(spec.get("about"), str) or not spec["about"].strip():
        raise LexiconError(path, where, "needs `about`: what the list is for, with an example")
    kinds = [k for k in KINDS if k in spec]
    if len(kinds) != 1:
        raise LexiconError(path, where, f"needs exactly one of {list(KINDS)}")
    value = spec[kinds[0]]
    if kinds[0] == "objects":
        if not isinstance(value, dict) or not all(isinstance(v, list) and _words_ok(v) for v in value.values()):
            raise LexiconError(path, where, "`objects` maps a verb lemma to a list of lowercase words")
        return {k: frozenset(v) for k, v in value.items()}
    if not isinstance(value, list) or not value or not _words_ok(value):
        raise LexiconError(path, where, f"`{kinds[0]}` must be a non-empty list of lowercase words")
    return frozenset(tuple(x.split()) for x in value) if kinds[0] == "phrases" else frozenset(value)


def _words_ok(items: list) -> bool:
    return all(isinstance(x, str) and x.strip() == x and x and x == x.lower() for x in items)


W = load_words(Path(str(resources.files("audit") / "lexicons" / "attribution_words.toml")))
NON_SOURCES = W["non_sources"]
OBJECT_NEUTRAL = W["object_neutral"]
LEAD_VERBS = W["lead_verbs"]
LIGHT_VERBS = W["light_verbs"]
LIGHT_VERB_CASE = W["light_verb_case"]
NOT_OBJECT = W["not_object"]
IDIOM_OBJECTS = W["idiom_objects"]
TIME_CASE = W["time_case"]
TIME_OPENERS = W["time_openers"]
MONTHS = W["months"]
OCCASIONS = W["occasions"]
OCCASION_CASE = W["occasion_case"]
REASON_MARK = W["reason_mark"]
TOPIC_CASE = W["topic_case"]
TOPIC_ELSEWHERE = W["topic_elsewhere"]
ADJ_CASES = W["adj_cases"]
RESPONSE_VERBS = W["response_verbs"]
CLAUSE_VERBS = W["clause_verbs"]
NOT_CLAUSES = W["not_clauses"]
RELATIVE = W["relative"]
RELATIVE_OPENERS = W["relative_openers"]
POLL_NOUNS = W["poll_nouns"]
VIEW_HOLDERS = W["view_holders"]
NAMING_VERBS = W["naming_verbs"]
APPROXIMATORS = W["approximators"]
QUANTIFIERS = W["quantifiers"]
SHARES = W["shares"]
ASIDES = W["asides"]
ADDRESSEE_VERBS = W["addressee_verbs"]
WH_QUESTION = W["wh_question"]
SUBORDINATORS = W["subordinators"]
CLAUSE_OPENERS = W["clause_openers"]
REDUCED_LEAD = W["reduced_lead"]
MANNER_VERBS = W["manner_verbs"]
EVIDENCE_VERBS = W["evidence_verbs"]
QUESTION_OPENERS = W["question_openers"]
WH_WORDS = W["wh_words"]
TEMPORAL = W["temporal"]
DANGLING_VERBS = W["dangling_verbs"]
COLON_STOP = W["colon_stop"]
GO_ON = W["go_on"]
MID_TAG_STOP = W["mid_tag_stop"]
SECTION_LABELS = W["section_labels"]
ANONYMITY_VERBS = W["anonymity_verbs"]
