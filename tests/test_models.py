"""Model resolution order and its messages, as the README documents them."""
import json

import pytest

from audit import models as m
from audit.errors import ModelNotFoundError


def _fake_official(root):
    (root / "en" / "tokenize").mkdir(parents=True)
    (root / "resources.json").write_text(json.dumps({"en": {}}))
    return root


def test_bundled_models_are_the_fallback(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "none"))
    ms = m.resolve_models()
    assert ms.kind == "compact" and "bundled" in ms.source
    kw = ms.pipeline_kwargs
    assert kw["download_method"] is None and kw["processors"] == "tokenize,mwt,pos,lemma,depparse,ner"
    assert kw["depparse_pretrain_path"].endswith(m.PRETRAIN_FILE)


def test_official_models_win_when_present(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(_fake_official(tmp_path / "res")))
    ms = m.resolve_models()
    assert ms.kind == "official" and str(tmp_path / "res") in ms.source
    assert ms.pipeline_kwargs["download_method"] is None


def test_explicit_choice_beats_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(_fake_official(tmp_path / "res")))
    assert m.resolve_models("compact").kind == "compact"
    monkeypatch.setenv("NEWSAUDIT_MODELS", "compact")
    assert m.resolve_models().kind == "compact"
    assert m.resolve_models(m.BUNDLED_DIR).kind == "folder"


def test_missing_models_give_the_options(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "none"))
    with pytest.raises(ModelNotFoundError, match="no official Stanza English models.*Options: pass models='compact'"):
        m.resolve_models("official")
    with pytest.raises(ModelNotFoundError, match="neither 'compact', 'official' nor an existing folder"):
        m.resolve_models(str(tmp_path / "nowhere"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelNotFoundError, match="holds no usable models"):
        m.resolve_models(tmp_path / "empty")
    monkeypatch.setattr(m, "BUNDLED_DIR", tmp_path / "empty")
    with pytest.raises(ModelNotFoundError, match="no Stanza models found"):
        m.resolve_models()


def test_manifest_records_what_ships():
    man = json.loads((m.BUNDLED_DIR / "manifest.json").read_text())
    import hashlib

    for name, info in man["files"].items():
        data = (m.BUNDLED_DIR / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == info["sha256"], name
    assert sum(i["bytes"] for i in man["files"].values()) < 60 * 2**20
    for key in ("stanza", "torch", "data", "commands", "scores", "licence"):
        assert key in man


def test_the_bundled_parser_uses_its_smaller_relation_scorer(parser):
    assert m.resolve_models("compact").deprel_head.endswith(m.DEPREL_HEAD_FILE)
    deprel = parser.nlp.processors["depparse"]._trainer.model.deprel
    assert deprel.W1.out_features == 64 and not deprel.training
    doc = parser.parse(["The mayor said the bridge would reopen in June."])[0]
    assert [(w.text, w.deprel) for w in doc.words[:4]] == [("The", "det"), ("mayor", "nsubj"), ("said", "root"),
                                                          ("the", "det")]


def test_a_relation_scorer_for_another_label_set_is_refused(parser, tmp_path):
    import torch
    from stanza.models.common.biaffine import DeepBiaffineScorer

    from audit.parse import install_deprel_head

    head = DeepBiaffineScorer(384, 384, 8, 7, pairwise=True)
    path = tmp_path / "head.pt"
    torch.save({"hidden": 8, "input": 384, "labels": 7, "state": head.state_dict()}, path)
    with pytest.raises(ValueError, match="7 relation labels, the parser has"):
        install_deprel_head(parser.nlp, str(path))


def test_the_training_scores_are_the_pairwise_scores_at_the_arcs():
    """scripts/train_deprel_head.py trains on (dependent, head) pairs: its scores must be the pairwise scorer's."""
    import sys

    import torch
    from stanza.models.common.biaffine import DeepBiaffineScorer

    sys.path.insert(0, str(m.BUNDLED_DIR.parents[2] / "scripts"))
    from train_deprel_head import pair_scores

    torch.manual_seed(0)
    scorer = DeepBiaffineScorer(12, 12, 5, 4, pairwise=True).eval()
    torch.nn.init.normal_(scorer.scorer.W_bilin.weight)
    x = torch.randn(1, 6, 12)
    full = scorer(x, x)[0]  # (dependent, head, label)
    heads = torch.tensor([3, 0, 5, 2, 1, 4])
    assert torch.allclose(pair_scores(scorer, x[0], x[0, heads]), full[torch.arange(6), heads], atol=1e-5)

