"""The parser's relation labels, scored only at the arcs the decoder keeps.

Stanza's graph parser scores every relation label for every pair of words of a sentence (n × n × labels), takes
the log-softmax and the argmax of that whole table and copies both to numpy; the decoder then reads the labels
of the n arcs of the tree it chose. :func:`predict` is Stanza's ``GraphParser.predict`` with the label scores
computed where they are read: the arc scores, the tree and the first half of the relation scorer's bilinear form
(``einsum("NLI,IJO->NLJO")``, each word as a dependent) are computed as Stanza computes them; the second half is
taken only for each word and its chosen head. Where those labels break a head constraint (two subjects or two
objects of one head: Stanza's ``resolve_head_constraint_violations``, where the parser's configuration asks for
it; the compact parser's does not), the sentence's whole label table is computed and Stanza's repair runs on it
as before.

A label's score is the same sum taken over a smaller product, so like ``char_dedup`` it can differ from Stanza's
in its last bits (float rounding: label log-probabilities within 2.3e-5 of Stanza's on 1,950 PolNeAR dev
sentences). No word's head or relation changed on 74,427 words (``benchmarks/parse_levers.py``, lever
``stanza_labels``), nor any extraction record on 1,488 articles (``benchmarks/record_dump.py``).

Example: for "Officials said it rained" the table Stanza builds holds 5 × 5 × labels scores (the root counts as a
word); this computes 4 rows of labels, one per word at its head.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from stanza.models.common.biaffine import DeepBiaffineScorer, PairwiseBilinear
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
from stanza.models.depparse import model as depparse_model
from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                     resolve_head_constraint_violations)
from torch import nn

from .stanza_patch import Patch

GraphParser = depparse_model.GraphParser


class _BilinearInputs(nn.Module):
    """Stands in for the relation scorer while Stanza's ``forward_scores`` runs: gives the two inputs of the
    scorer's bilinear form (its hidden layers, each with the constant 1 appended) instead of the scores."""

    def __init__(self, scorer: DeepBiaffineScorer):
        super().__init__()
        self.deep = scorer

    def forward(self, input1, input2):
        deep = self.deep
        left = deep.dropout(deep.hidden_func(deep.W1(input1)))
        right = deep.dropout(deep.hidden_func(deep.W2(input2)))
        return (torch.cat([left, left.new_ones(*left.size()[:-1], 1)], left.dim() - 1),
                torch.cat([right, right.new_ones(*right.size()[:-1], 1)], right.dim() - 1))


def _applies(model) -> bool:
    """True for a graph parser in eval mode whose relation scorer is the plain pairwise deep biaffine one."""
    scorer = getattr(model, "deprel", None)
    return (not model.training and not model.args.get("use_arc_embedding") and isinstance(scorer, DeepBiaffineScorer)
            and isinstance(getattr(scorer.scorer, "W_bilin", None), PairwiseBilinear))


def predict(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
            word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """``GraphParser.predict``: each sentence's (head, relation) per word, the labels scored at the chosen arcs."""
    batch = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
             word_orig_idx, sentlens, wordlens, text)
    if not _applies(self):
        return STANZA_PREDICT(self, *batch, resolve_head_constraints=resolve_head_constraints)
    scorer = self.deprel
    self._modules["deprel"] = _BilinearInputs(scorer)
    try:
        unlabeled, (left, right), *_ = self.forward_scores(*batch)
    finally:
        self._modules["deprel"] = scorer
    arc_scores = F.log_softmax(unlabeled, 2).detach().cpu().numpy()
    bilinear = scorer.scorer.W_bilin
    half = torch.einsum("NLI,IJO->NLJO", left, bilinear.weight)  # as PairwiseBilinear computes it
    vocab = self.vocab["deprel"]
    out = []
    for i, n in enumerate(sentlens):
        scores = arc_scores[i][:n, :n]
        tree = depparse_model.chuliu_edmonds_one_root(scores)
        labels = torch.einsum("LJO,LJ->LO", half[i, 1:n], right[i, torch.as_tensor(tree[1:])]) + bilinear.bias
        if resolve_head_constraints:
            ids = F.log_softmax(labels, 1).numpy().argmax(1).tolist()
            if find_head_constraint_violations(tree, vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])):
                table = torch.einsum("LJO,MJ->LMO", half[i, :n], right[i, :n]) + bilinear.bias
                tree, ids = resolve_head_constraint_violations(scores, F.log_softmax(table, 2).numpy(), tree, vocab)
        else:
            ids = labels.argmax(1).tolist()
        relations = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])
        heads = tree[1:]
        out.append([[heads[j], relations[j]] for j in range(n - 1)])
    return out


PATCH = Patch(GraphParser, "predict", predict)
STANZA_PREDICT = PATCH.original
install, restore = PATCH.install, PATCH.restore
