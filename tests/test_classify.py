"""Classify stage: speaker identity across mentions, pseudonyms, and why a source is anonymous; and the trap
fixture (invented texts that must give no attribution at all)."""
from pathlib import Path

from audit.attribution import extract
from audit.classify import classify
from audit.classify.pseudonyms import declaration_in, declared

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def classified(parser, lex, text):
    doc = parser.parse([text])[0]
    ext = extract(doc, lex)
    classify(doc, ext, lex)
    return ext.attributions


def test_traps_give_no_attribution(parser, lex):
    # section labels before a colon, "said" as an adjective, a thing's nickname, a request not to be named, and a
    # stance that only describes someone: no one speaks in any of them
    for para in (FIX / "traps.txt").read_text(encoding="utf-8").split("\n\n"):
        atts = classified(parser, lex, para.strip())
        assert atts == [], (para, [(a.source.text if a.source else None, a.cue.text if a.cue else None) for a in atts])


def test_a_pseudonym_is_one_anonymous_speaker(parser, lex):
    text = ("A former nurse, who asked to be identified only as Marta, described the night shift. “We were alone,” "
            "the nurse said. Marta said the ward had no doctor. She added that the lights failed twice.")
    atts = classified(parser, lex, text)
    assert len(atts) == 4
    assert {a.speaker_id for a in atts} == {"Marta"}
    assert all(a.anonymous and a.anonymity_reason == "pseudonym" for a in atts)


def test_anonymity_reasons(parser, lex):
    atts = classified(parser, lex, "A Kremlin spokesman said the talks were over. Officials said the border would "
                                   "stay closed. Anna Berg, the finance minister, said the budget was balanced.")
    reasons = {a.source.text: a.anonymity_reason for a in atts}
    assert reasons == {"A Kremlin spokesman": "unnamed, of a named body or person", "Officials": "unnamed",
                       "Anna Berg, the finance minister": None}


def test_pseudonym_declarations():
    assert declaration_in("A former nurse, who asked to be identified only as Marta,") == "Marta"
    assert declared("Omar (a pseudonym) said … Lena, whose name has been changed, added … Dana, not her real name,") \
        == {"Omar", "Lena", "Dana"}
    assert declared("Anna Berg, the finance minister, said") == set()


def test_one_person_one_speaker_id(parser, lex):
    # a name, its surname, a description and a pronoun; an unnamed official, "the official" and "he"
    named = classified(parser, lex, "Finance Minister Anna Berg said the budget was balanced. Berg added that taxes "
                                    "would not rise. The minister said the deficit would fall. She also said "
                                    "pensions were safe.")
    assert len(named) == 4 and {a.speaker_id for a in named} == {"Anna Berg"} and not any(a.anonymous for a in named)
    unnamed = classified(parser, lex, "A senior official at the ministry said the talks had stalled. The official, "
                                      "who spoke on condition of anonymity, added that a deal was unlikely. He said "
                                      "the next round would be in May.")
    assert len(unnamed) == 3 and len({a.speaker_id for a in unnamed}) == 1
    assert all(a.anonymous and a.anonymity_reason == "unnamed" for a in unnamed)
