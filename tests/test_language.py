import pytest

from audit.errors import LexiconError
from audit.language import language_note, load_language, rules

ENGLISH = ("The minister said on Monday that the talks would resume in Geneva next week, and that both sides had "
           "agreed to an exchange of prisoners before the end of the year.")
FRENCH = ("Le gouvernement a annoncé lundi de nouvelles sanctions contre la Russie. Le ministre a déclaré que le pays "
          "continuerait à soutenir l'Ukraine aussi longtemps que nécessaire. L'opposition a critiqué la décision.")
GREEK = "Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέες κυρώσεις. Ο υπουργός δήλωσε ότι η χώρα θα συνεχίσει να στηρίζει."
CHINESE = "政府周一宣布了新的制裁措施。部长表示,国家将继续支持盟友。反对派批评了这一决定,称其为时已晚。" * 2


def test_english_passes_and_other_languages_are_named():
    assert language_note(ENGLISH) is None
    assert language_note("Short.") is None  # too short to tell
    assert "10% English function words" in language_note(FRENCH)
    assert "most letters are Greek, 0% Latin" in language_note(GREEK)
    assert "most letters are CJK, 0% Latin" in language_note(CHINESE)


def test_english_with_foreign_names_and_quotes_passes():
    text = ENGLISH + " “Слава Україні,” Zelensky said, quoting the slogan, as Dmitry Peskov, Sergei Lavrov and " \
                     "Recep Tayyip Erdoğan arrived in Ankara for the talks."
    assert language_note(text) is None


def test_rules_are_validated(tmp_path):
    assert "the" in rules().function_words and 0 < rules().min_function_share < 1
    bad = tmp_path / "language.toml"
    bad.write_text('schema = "newsaudit.language/1"\nmin_letters = 40\nmin_latin_share = 2\nmin_words = 30\n'
                   'min_function_share = 0.1\nfunction_words = ["the"]\n')
    with pytest.raises(LexiconError, match="min_latin_share.*from 0 to 1"):
        load_language(bad)
