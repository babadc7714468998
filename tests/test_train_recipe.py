"""The training recipe still runs end to end (a few hundred sentences, a few steps per model)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_recipe_smoke(shared, tmp_path):
    work = tmp_path / "train"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_models.py"), "all", "--smoke",
                        "--ud", str(shared / "data" / "ud"), "--work", str(work)], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    for name in ("en_tokenizer.pt", "en_mwt.pt", "en_tagger.pt", "en_lemmatizer.pt", "en_parser.pt", "en_ner.pt"):
        assert (work / "models" / name).stat().st_size > 10_000, name
    # the smaller relation scorer trains on the parser's frozen states (retag ran in "all")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_deprel_head.py"), "--work", str(work),
                        "--models", str(work / "models"), "--hidden", "8", "--epochs", "1"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert "dev label accuracy at gold arcs" in r.stdout and (work / "models" / "en_parser_deprel.pt").exists()
    dest = tmp_path / "installed"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_models.py"), "install", "--work", str(work),
                        "--dest", str(dest), "--ud", str(shared / "data" / "ud")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (dest / "manifest.json").exists() and (dest / "LICENSE").exists()
    import json

    assert "en_parser_deprel.pt" not in json.loads((dest / "manifest.json").read_text())["files"]  # not copied there
    assert not list(dest.glob("*checkpoint*"))
