"""A faster cycle finder for Stanza's dependency decoder, with the same output.

Stanza decodes each sentence's parse with Chu-Liu-Edmonds (``stanza.models.common.chuliu_edmonds``), which
calls ``tarjan(tree)`` once per contraction, and a sentence needs many contractions: the decoder pushes root
arcs down so that one root is chosen, so the first greedy tree has no root and always holds cycles. Stanza's
``tarjan`` walks the graph indexing numpy arrays element by element and scans the whole tree for each node's
dependents; on the compact models that was about an eighth of all parse time. :func:`tarjan` below is the same
algorithm (the same visiting order, the same strongly connected components, the cycles in the same order) on
Python lists with the dependents listed once, so the decoded trees are identical. :func:`install` puts it in
Stanza's module; tests/test_mst.py checks it against Stanza's own on random graphs.

Example: for heads ``[0, 3, 1, 2]`` (word 1 → 3 → 2 → 1) both return one cycle, ``[False, True, True, True]``.
"""
from __future__ import annotations

import numpy as np


def tarjan(tree: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array (``tree[i]`` the head of node i, ``tree[0] == 0``), as boolean masks, in the
    order Stanza's ``tarjan`` gives them."""
    heads = tree.tolist()
    n = len(heads)
    dependents: list[list[int]] = [[] for _ in range(n)]
    for d, h in enumerate(heads):
        if 0 <= h < n:
            dependents[h].append(d)
    indices = [-1] * n
    lowlinks = [-1] * n
    onstack = [False] * n
    stack: list[int] = []
    cycles: list[np.ndarray] = []
    counter = 0
    for start in range(n):
        if indices[start] != -1:
            continue
        calls = [(start, None, None)]
        while calls:
            i, deps, j = calls.pop()
            if deps is None:  # first visit of i
                indices[i] = lowlinks[i] = counter
                counter += 1
                stack.append(i)
                onstack[i] = True
                deps = iter(dependents[i])
            else:  # back from dependent j
                lowlinks[i] = min(lowlinks[i], lowlinks[j])
            for j in deps:
                if indices[j] == -1:
                    calls.append((i, deps, j))
                    calls.append((j, None, None))
                    break
                if onstack[j]:
                    lowlinks[i] = min(lowlinks[i], indices[j])
            else:
                if lowlinks[i] == indices[i]:
                    members = []
                    while stack[-1] != i:
                        k = stack.pop()
                        onstack[k] = False
                        members.append(k)
                    stack.pop()
                    onstack[i] = False
                    if members:  # a component of one node is no cycle
                        cycle = np.zeros(n, dtype=bool)
                        cycle[members] = True
                        cycle[i] = True
                        cycles.append(cycle)
    return cycles


def install() -> None:
    """Make Stanza's Chu-Liu-Edmonds decoder use :func:`tarjan` (idempotent)."""
    from stanza.models.common import chuliu_edmonds

    chuliu_edmonds.__dict__.setdefault("_newsaudit_original", chuliu_edmonds.tarjan)
    chuliu_edmonds.tarjan = tarjan
