"""Stanza's batching helpers and vocabulary lookups, written for speed, with the same results.

Every processor turns its words into padded id tensors before the networks run, in Python: each word's
characters through ``Vocab.map`` (one method call per character) and each batch through ``get_long_tensor``
(one small tensor per row). Across the tagger, parser, NER and lemmatizer that was about a tenth of the parse.
:func:`map_units` is ``BaseVocab.map`` with the lookups inlined; :func:`get_long_tensor` fills the padded array in
one numpy step; the composite vocabularies (XPOS, features: "Number=Sing|Person=3" split and looked up part by
part for every word) remember each value's ids and each id list's value. All give what Stanza's give
(tests/test_tensors.py compares them) and leave anything unusual (vocabularies that normalise units their own
way, nested rows, odd sizes) to Stanza's own code.

Example: ``get_long_tensor([[4, 5], [6]], 3)`` is ``[[4, 5], [6, 0], [0, 0]]`` (0 the padding id).
"""
from __future__ import annotations

import importlib
from itertools import chain

import numpy as np
import torch
from stanza.models.common import data
from stanza.models.common.seq2seq_constant import PAD_ID
from stanza.models.common.vocab import UNK, BaseVocab, CompositeVocab

from .stanza_patch import Patch, Patches

# the Stanza modules that import get_long_tensor by name, each of which gets :func:`get_long_tensor`
_USERS = ("stanza.models.common.data", "stanza.models.pos.data", "stanza.models.depparse.data",
          "stanza.models.ner.data", "stanza.models.ner.model", "stanza.models.lemma.data", "stanza.models.mwt.data",
          "stanza.models.common.char_model")


def get_long_tensor(tokens_list, batch_size, pad_id=PAD_ID):
    """Stanza's ``get_long_tensor``: rows of ids as a (batch_size × longest row) LongTensor, padded with
    ``pad_id``."""
    flat = list(chain.from_iterable(tokens_list)) if tokens_list and isinstance(tokens_list[0], list) else None
    if not flat or not isinstance(flat[0], int) or isinstance(flat[0], bool) or batch_size < len(tokens_list) \
            or any(not isinstance(row, list) for row in tokens_list):
        return STANZA_GET_LONG_TENSOR(tokens_list, batch_size, pad_id)
    lengths = np.zeros(batch_size, dtype=np.int64)
    lengths[:len(tokens_list)] = [len(row) for row in tokens_list]
    width = int(lengths.max())
    out = np.full((batch_size, width), pad_id, dtype=np.int64)
    out[np.arange(width) < lengths[:, None]] = flat  # row by row, as the rows were joined
    return torch.from_numpy(out)


def map_units(self, units):
    """``BaseVocab.map``: each unit's id (normalised as the vocabulary does; UNK's id for an unknown one)."""
    cls = type(self)
    if cls.normalize_unit is not BaseVocab.normalize_unit or cls.unit2id is not BaseVocab.unit2id:
        return STANZA_MAP(self, units)
    ids = self._unit2id
    if self.lower:
        units = [u.lower() if u is not None else None for u in units]
    return [ids[u] if u in ids else ids[UNK] for u in units]


def composite_unit2id(self, unit):
    """``CompositeVocab.unit2id``: the ids of a composite value's parts (a new list each call, as Stanza's)."""
    if not isinstance(unit, str):
        return STANZA_UNIT2ID(self, unit)
    memo = self.__dict__.setdefault("_newsaudit_ids", {})
    ids = memo.get(unit)
    if ids is None:
        ids = memo[unit] = tuple(STANZA_UNIT2ID(self, unit))
    return list(ids)


def composite_id2unit(self, id):
    """``CompositeVocab.id2unit``: the value of a list of part ids (remembered where it is a string of plain
    ints' parts)."""
    key = tuple(id) if isinstance(id, (list, tuple)) else (id,)
    if not all(type(v) is int for v in key):
        return STANZA_ID2UNIT(self, id)
    memo = self.__dict__.setdefault("_newsaudit_units", {})
    unit = memo.get(key)
    if unit is None:
        unit = STANZA_ID2UNIT(self, id)
        if not isinstance(unit, str):  # a list of parts (no separator): the caller's own copy
            return unit
        memo[key] = unit
    return unit



_TENSORS = [Patch(m, "get_long_tensor", get_long_tensor) for m in map(importlib.import_module, _USERS)
            if "get_long_tensor" in vars(m)]
_MAP = Patch(BaseVocab, "map", map_units)
_UNIT2ID = Patch(CompositeVocab, "unit2id", composite_unit2id)
_ID2UNIT = Patch(CompositeVocab, "id2unit", composite_id2unit)
PATCHES = Patches(*_TENSORS, _MAP, _UNIT2ID, _ID2UNIT)
install, restore = PATCHES.install, PATCHES.restore
# Stanza's own functions (the speed-ups above fall back to them; the tests compare with them)
STANZA_GET_LONG_TENSOR = vars(data)["_newsaudit_original_get_long_tensor"]
STANZA_MAP, STANZA_UNIT2ID, STANZA_ID2UNIT = _MAP.original, _UNIT2ID.original, _ID2UNIT.original
