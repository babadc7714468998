import pytest

from audit.errors import LexiconError
from audit.methods import load_methods, methods, model_scores


def test_bundled_methods_and_model_scores():
    m = methods()
    assert m["extraction"]["source"][2] == pytest.approx(75.0) and m["limits"]["items"]
    assert model_scores()["ewt_test_end_to_end"]["LAS"] > 70


def test_methods_file_is_validated(tmp_path):
    p = tmp_path / "m.toml"
    p.write_text('schema = "newsaudit.methods/1"\n[extraction]\nsource = [1, 2]\n')
    with pytest.raises(LexiconError, match="extraction.source.*three numbers"):
        load_methods(p)
