"""audit.mst.tarjan finds the cycles Stanza's tarjan finds, in the same order, so decoded trees are identical."""
import numpy as np
import pytest
from stanza.models.common import chuliu_edmonds as stanza_ce

from audit import mst

STANZA_TARJAN = stanza_ce.__dict__.get("_newsaudit_original", stanza_ce.tarjan)


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
