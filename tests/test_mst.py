"""audit.parse.mst.tarjan finds the cycles Stanza's tarjan finds, in the same order, so decoded trees are identical."""
import numpy as np
import pytest
from stanza.models.common import chuliu_edmonds as stanza_ce

from audit.parse import mst

STANZA_TARJAN = mst.TARJAN.original


def _same(a, b):
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


@pytest.mark.parametrize("seed", range(5))
def test_same_cycles_as_stanza_on_random_graphs(seed):
    if STANZA_TARJAN is mst.tarjan:
        pytest.fail("Stanza's own tarjan is no longer reachable to compare with")
    rng = np.random.default_rng(seed)
    for _ in range(400):
        n = int(rng.integers(2, 40))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        assert _same(mst.tarjan(tree), STANZA_TARJAN(tree))


def test_known_examples():
    assert mst.tarjan(np.array([0, 4, 4, 4, 0])) == []
    (cycle,) = mst.tarjan(np.array([0, 3, 1, 2]))
    assert cycle.tolist() == [False, True, True, True]


def test_decoder_gives_the_same_trees(monkeypatch):
    rng = np.random.default_rng(7)
    for _ in range(100):
        n = int(rng.integers(3, 30))
        scores = rng.normal(size=(n, n))
        monkeypatch.setattr(stanza_ce, "tarjan", STANZA_TARJAN)
        want = stanza_ce.chuliu_edmonds_one_root(scores.copy())
        monkeypatch.setattr(stanza_ce, "tarjan", mst.tarjan)
        got = stanza_ce.chuliu_edmonds_one_root(scores.copy())
        assert np.array_equal(want, got)


def _scores_near_a_tree(rng, n, bonus):
    """Log-probability-like scores (row d: head h of word d) that favour a random tree by ``bonus``; a small bonus
    leaves cycles and extra roots among the best heads."""
    scores = rng.normal(size=(n, n))
    for d in range(1, n):
        scores[d, int(rng.integers(0, d))] += bonus  # a head to the left: always a tree
    scores = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    np.fill_diagonal(scores, -np.inf)
    return scores.astype(np.float32)


def test_decode_one_root_gives_stanzas_trees_by_every_path():
    rng = np.random.default_rng(11)
    paths = {"greedy": 0, "plain": 0, "reweighted": 0}
    for _ in range(600):
        n = int(rng.integers(2, 45))
        scores = _scores_near_a_tree(rng, n, bonus=float(rng.choice([0.5, 2.0, 6.0])))
        want = stanza_ce.chuliu_edmonds_one_root(scores.copy())
        got = mst.decode_one_root(scores.copy())
        assert np.array_equal(want, got)
        assert got[1:].tolist().count(0) == 1
        if mst.greedy_tree(scores) is not None:
            paths["greedy"] += 1
        elif stanza_ce.chuliu_edmonds(scores.astype(np.float64))[1:].tolist().count(0) == 1:
            paths["plain"] += 1
        else:
            paths["reweighted"] += 1
    assert min(paths.values()) >= 50, paths


def test_greedy_tree_refuses_cycles_and_extra_roots():
    def scores_for(heads):
        n = len(heads)
        s = np.full((n, n), -5.0, dtype=np.float32)
        for d, h in enumerate(heads):
            s[d, h] = -0.1
        return s

    assert mst.greedy_tree(scores_for([0, 2, 0])).tolist() == [0, 2, 0]
    assert mst.greedy_tree(scores_for([0, 0, 0])) is None  # two roots
    assert mst.greedy_tree(scores_for([0, 0, 3, 2])) is None  # words 2 and 3 head each other


def test_the_parser_decodes_with_decode_one_root():
    from stanza.models.depparse import model

    mst.install()
    assert model.chuliu_edmonds_one_root is mst.decode_one_root
