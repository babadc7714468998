"""audit.parse.tensors builds the id tensors Stanza's get_long_tensor and BaseVocab.map build."""
import numpy as np
import pytest
import torch
from stanza.models.common import vocab
from stanza.models.pos.vocab import FeatureVocab, WordVocab

from audit.parse import tensors

tensors.install()
STANZA_TENSOR = tensors.STANZA_GET_LONG_TENSOR
STANZA_MAP = tensors.STANZA_MAP


def _same(a, b):
    return a.dtype == b.dtype and a.shape == b.shape and torch.equal(a, b)


@pytest.mark.parametrize("seed", range(3))
def test_same_tensors_as_stanza_on_random_rows(seed):
    rng = np.random.default_rng(seed)
    for _ in range(300):
        rows = [[int(x) for x in rng.integers(0, 50, size=int(rng.integers(0, 12)))]
                for _ in range(int(rng.integers(1, 8)))]
        rows[0].append(1)  # Stanza reads the first row's first item for the depth
        batch = len(rows) + int(rng.integers(0, 3))
        pad = int(rng.choice([0, 3]))
        assert _same(tensors.get_long_tensor(rows, batch, pad), STANZA_TENSOR(rows, batch, pad))


def test_nested_rows_and_default_padding_as_stanza():
    nested = [[[1, 2], [3, 4]], [[5, 6]]]  # a word's feature ids per word, per sentence
    assert _same(tensors.get_long_tensor(nested, 2), STANZA_TENSOR(nested, 2))
    assert tensors.get_long_tensor([[7], [8, 9]], 2).tolist() == [[7, 0], [8, 9]]


def test_every_stanza_user_gets_it():
    import importlib

    for name in tensors._USERS:
        module = importlib.import_module(name)
        assert module.__dict__.get("get_long_tensor", tensors.get_long_tensor) is tensors.get_long_tensor, name


def test_vocab_map_as_stanza():
    words = WordVocab(data=[["Kyiv", "said", "the"]], lang="en", idx=0, cutoff=0, lower=True)
    units = ["KYIV", "said", "Odesa", None, "The"]
    assert words.map(units) == STANZA_MAP(words, units)
    assert words.map(units)[2] == words.unit2id(vocab.UNK)
    feats = FeatureVocab(data=[[["Number=Sing"]]], lang="en", idx=0, sep="|", keyed=True)
    assert feats.map(["Number=Sing", "Number=Plur"]) == STANZA_MAP(feats, ["Number=Sing", "Number=Plur"])


def test_composite_lookups_as_stanza():
    feats = FeatureVocab(data=[[["Number=Sing|Person=3"], ["Mood=Ind|Tense=Past"], ["_"]]], lang="en", idx=0,
                         sep="|", keyed=True)
    original_ids = tensors.STANZA_UNIT2ID
    original_unit = tensors.STANZA_ID2UNIT
    for value in ["Number=Sing|Person=3", "Tense=Past|Mood=Ind", "_", "Number=Plur", "Number=Sing|Person=3"]:
        ids = feats.unit2id(value)
        assert ids == original_ids(feats, value)
        ids.append(99)  # the caller's own list: the memo is not touched
        assert feats.unit2id(value) == original_ids(feats, value)
        assert feats.id2unit(original_ids(feats, value)) == original_unit(feats, original_ids(feats, value))
    with pytest.raises(ValueError):
        feats.unit2id("Number")
