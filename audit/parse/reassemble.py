"""Stanza's tokenizer output rebuilt after newsaudit's repairs, straight from the text, with the same result.

When a pipeline has a tokenizer post-processor (newsaudit's :class:`audit.parse.TokenizerRepairs`), Stanza
rebuilds the tokenizer's output from the repaired word lists with ``reassemble_doc_from_tokens``: it finds each
word's offsets in the text, builds a whole ``Document`` from them (which marks the whitespace after every token),
asks it for multi-word expansions the post-processor named, and dumps it back to word dicts, which the tokenizer
then turns into a ``Document`` once more. That round trip was about a third of the tokenizer's time. Where no
word carries a named expansion (newsaudit's repairs name none), :func:`reassemble` writes the same word dicts
directly; anything else goes to Stanza's. tests/test_reassemble.py checks the two agree.

Example: ``[["He", "said", "."]]`` over "He said." gives ``{"id": 1, "text": "He", "start_char": 0,
"end_char": 2}``, ``{"id": 2, "text": "said", "start_char": 3, "end_char": 7, "misc": "SpaceAfter=No"}`` and
``{"id": 3, "text": ".", "start_char": 7, "end_char": 8, "misc": "SpaceAfter=No"}``.
"""
from __future__ import annotations

from stanza.models.common.utils import space_after_to_misc, space_before_to_misc
from stanza.models.tokenization import utils

from .stanza_patch import Patch


def reassemble(tokens, mwts, expansions, raw_text):
    """Stanza's ``reassemble_doc_from_tokens(tokens, mwts, expansions, raw_text)``: sentences of word dicts
    (id, text, start_char, end_char, and misc for a multi-word token and for whitespace other than one space)."""
    if any(e for sent in expansions for e in sent) or any(not sent for sent in tokens):
        return STANZA_REASSEMBLE(tokens, mwts, expansions, raw_text)
    doc: list[list[dict]] = []
    offset = 0
    for sent_words, sent_mwts in zip(tokens, mwts):
        sentence = []
        for i, (word, mwt) in enumerate(zip(sent_words, sent_mwts)):
            start = raw_text.find(word, offset)
            if start < 0:  # Stanza's own error names the word and where
                return STANZA_REASSEMBLE(tokens, mwts, expansions, raw_text)
            entry = {"id": i + 1, "text": word}
            if mwt:
                entry["misc"] = "MWT=Yes"
            entry["start_char"], entry["end_char"] = start, start + len(word)
            sentence.append(entry)
            offset = start + len(word)
        doc.append(sentence)
    _mark_whitespace([e for sent in doc for e in sent], raw_text)
    return doc


def _mark_whitespace(entries: list[dict], text: str) -> None:
    """The misc notes Stanza's ``Document`` writes: what follows each token unless one space, and what comes
    before the first."""
    ends = [e["start_char"] for e in entries[1:]] + [len(text)]
    for entry, end in zip(entries, ends):
        space = text[entry["end_char"]:end]
        if space != " ":
            _add_misc(entry, space_after_to_misc(space))
    if entries and entries[0]["start_char"] > 0:
        _add_misc(entries[0], space_before_to_misc(text[:entries[0]["start_char"]]))


def _add_misc(entry: dict, note: str) -> None:
    if entry.get("misc"):
        entry["misc"] = "|".join(sorted((entry["misc"] + "|" + note).split("|")))
    else:
        entry["misc"] = note


PATCH = Patch(utils, "reassemble_doc_from_tokens", reassemble)
STANZA_REASSEMBLE = PATCH.original
install, restore = PATCH.install, PATCH.restore
