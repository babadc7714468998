"""audit.parse.arc_labels: the parser's relation labels scored only at the chosen arcs give Stanza's heads and
relations, with and without Stanza's head-constraint repair, and the parser uses it."""
import copy

import pytest
import torch
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
from stanza.models.depparse.head_constraints import find_head_constraint_violations
from stanza.models.depparse.model import GraphParser

from audit.parse import arc_labels

TEXT = ("The minister said on Tuesday that the army had left the city, and officials told reporters the talks "
        "would resume.")


@pytest.fixture(scope="module")
def captured(parser):
    """The parser's model and one batch it was given, caught on its way to ``predict``."""
    model = parser.nlp.processors["depparse"]._trainer.model.eval()  # as the trainer sets it before predict
    batches = []

    def catch(self, *batch, resolve_head_constraints=False):
        batches.append(batch)
        return arc_labels.predict(self, *batch, resolve_head_constraints=resolve_head_constraints)

    use_cache = parser.use_cache
    GraphParser.predict, parser.use_cache = catch, False
    try:
        parser.parse([TEXT])
    finally:
        arc_labels.install()
        parser.use_cache = use_cache
    assert batches
    return model, batches[0]


def _both(model, batch, resolve):
    with torch.no_grad():
        return (arc_labels.predict(model, *batch, resolve_head_constraints=resolve),
                arc_labels.STANZA_PREDICT(model, *batch, resolve_head_constraints=resolve))


@pytest.mark.parametrize("resolve", [False, True])
def test_same_heads_and_relations_as_stanza(captured, resolve):
    got, want = _both(*captured, resolve)
    assert [[(int(h), r) for h, r in s] for s in got] == [[(int(h), r) for h, r in s] for s in want]


def test_head_constraint_repair_reads_the_whole_table(captured, monkeypatch):
    """A relation scorer pushed towards "nsubj" gives heads two subjects: the repair runs on the sentence's whole
    label table, leaves no head with two, and its answer is Stanza's."""
    model, batch = captured
    forced = copy.deepcopy(model.deprel)
    with torch.no_grad():
        forced.scorer.W_bilin.bias[model.vocab["deprel"].unit2id("nsubj") - VOCAB_PREFIX_SIZE] += 8.0
    calls = []
    repair = arc_labels.resolve_head_constraint_violations
    monkeypatch.setattr(arc_labels, "resolve_head_constraint_violations",
                        lambda *a, **k: calls.append(1) or repair(*a, **k))
    scorer, model.deprel = model.deprel, forced  # by hand: monkeypatch's undo deletes a module's submodule
    try:
        got, want = _both(model, batch, True)
    finally:
        model.deprel = scorer
    assert calls
    assert [[(int(h), r) for h, r in s] for s in got] == [[(int(h), r) for h, r in s] for s in want]
    for sentence in got:
        heads = [0] + [int(h) for h, _ in sentence]
        assert not find_head_constraint_violations(heads, [r for _, r in sentence])


def test_training_goes_to_stanza(captured):
    model, _ = captured
    assert arc_labels._applies(model)
    model.training = True
    try:
        assert not arc_labels._applies(model)
    finally:
        model.training = False


def test_the_parser_uses_it():
    arc_labels.install()
    assert GraphParser.predict is arc_labels.predict
