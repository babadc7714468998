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
