import pytest

from audit.errors import LexiconError
from audit.lexicon import bundled_pack_paths, load_lexicons, load_pack, load_verbs, tokenize_pattern


def test_bundled_data_loads_and_is_consistent(lex):
    assert lex.verb_class("say") == "neutral" and lex.verb_class("claim") == "loaded"
    assert lex.verb_class("point out") == "neutral"
    ids = [p.id for p in lex.packs]
    assert ids == ["russia_ukraine", "framing_general"]
    kyiv = next(t for t in lex.terms if t.id == "kyiv")
    assert kyiv.since == "2019-08-14" and ("chicken", "kiev") in kyiv.exclude
    assert {v.aligns for v in kyiv.variants} == {"ukraine", "russia"}


def test_every_bundled_pack_is_valid():
    for name, path in bundled_pack_paths().items():
        assert load_pack(path).id == name


def test_pattern_tokenizer_splits_possessive():
    assert tokenize_pattern("Donetsk People's Republic") == ("donetsk", "people", "'s", "republic")


GOOD = '''schema = "newsaudit.pack/1"
[pack]
id = "mine"
version = "1"
[[side]]
id = "a"
[[actor]]
id = "x"
side = "a"
names = ["X"]
[[term]]
id = "t"
category = "toponym"
variants = [{ form = "Foo", aligns = "a" }]
'''


@pytest.mark.parametrize("broken, entry, words", [
    (GOOD.replace('side = "a"\nnames', 'side = "b"\nnames'), "actor x", "side 'b' is not defined"),
    (GOOD.replace('aligns = "a"', 'aligns = "zz"'), "term t, variant 'Foo'", "aligns 'zz'"),
    (GOOD.replace('schema = "newsaudit.pack/1"', 'schema = "v0"'), None, "expected schema"),
    (GOOD.replace('variants = [{ form = "Foo", aligns = "a" }]', 'variants = []'), "term t", "non-empty `variants`"),
    (GOOD + "[[oops", None, "not valid TOML"),
    # wrong types: each names the table and the field (these crashed, or were stored as text)
    (GOOD.replace('aligns = "a" }', 'match = 5, aligns = "a" }'), "term t, variant 'Foo'",
     "field `match` must be a string, got integer 5"),
    (GOOD.replace("[[side]]", "[side]"), "side", "write [[side]] (double brackets"),
    (GOOD.replace('[[side]]\nid = "a"', '[[side]]\nid = "a"\ncolor = 123'), "side a",
     "field `color` must be a CSS colour"),
    (GOOD.replace('[[side]]\nid = "a"', '[[side]]\nid = "a"\ncolor = "red;background:url(http://x)"'), "side a",
     "field `color` must be a CSS colour"),
    (GOOD.replace('category = "toponym"', 'category = "toponym"\nneutral = 42'), "term t",
     "field `neutral` must be a string, got integer 42"),
    (GOOD.replace('[[side]]\nid = "a"', '[[side]]\nid = "a"\ncolour = "red"'), "side a", "unknown field `colour`"),
    (GOOD.replace('names = ["X"]', 'names = "X"'), "actor x", "field `names` must be a list of strings"),
    (GOOD.replace('names = ["X"]', 'names = ["X"]\ngender = "m"'), "actor x", "gender 'm' is not one of"),
    (GOOD.replace('category = "toponym"', 'category = "toponym"\ncount_in_quotes = "no"'), "term t",
     "field `count_in_quotes` must be true or false"),
    (GOOD.replace('[[term]]', '[[terms]]'), "terms", "unknown table in a pack"),
])
def test_invalid_pack_names_file_entry_and_problem(tmp_path, broken, entry, words):
    p = tmp_path / "mine.toml"
    p.write_text(broken)
    with pytest.raises(LexiconError) as ei:
        load_pack(p)
    assert str(p) in str(ei.value) and words in str(ei.value)
    assert ei.value.entry == entry


def test_user_pack_added_and_overrides(tmp_path):
    p = tmp_path / "mine.toml"
    p.write_text(GOOD)
    lex = load_lexicons(["framing_general"], [p])
    assert [x.id for x in lex.packs] == ["framing_general", "mine"]
    with pytest.raises(LexiconError, match="no bundled pack named 'nope'"):
        load_lexicons(["nope"])


@pytest.mark.parametrize("table, entry, words", [
    ('[unattributed]\nrumour = ["say"]\n', "unattributed.rumour", "is not one of"),
    ('[unattributed]\nhedge = ["seem", "say"]\n', "unattributed.hedge", "['say'] also have a cue class"),
    ('[unattributed]\nagentless = []\n', "unattributed", "needs a non-empty list `agentless`"),
    ('[adjectival]\ncritical = "grumpy"\n', "adjectival critical", "class 'grumpy' is not one of"),
    ('[unattributed]\nhedge = ["seem"]\nagentless = ["seem"]\n', "unattributed.agentless",
     "'seem' is already listed as hedge"),
    ('[no_comment]\nrefusals = ["decline"]\n', "no_comment.refusals", "['decline'] have no cue class"),
    ('[no_comment]\nsilences = ["say"]\n', "no_comment.silences", "is not one of"),
    ('[no_comment]\nwithheld = "comment"\n', "no_comment", "`withheld` must be a list of non-empty strings"),
    ('[quote_tags]\ncontinue = "chatty"\n', "quote_tags continue", "class 'chatty' is not one of"),
    ('[quote_tags]\nsay = "neutral"\n', "quote_tags", "['say'] are already reporting verbs"),
])
def test_unattributed_and_adjectival_tables_are_validated(tmp_path, table, entry, words):
    p = tmp_path / "verbs.toml"
    p.write_text('schema = "newsaudit.verbs/1"\n[classes]\nneutral = "n"\n'
                 '[[group]]\nclass = "neutral"\nlemmas = ["say"]\n' + table)
    with pytest.raises(LexiconError) as ei:
        load_verbs(p)
    assert ei.value.entry == entry and words in str(ei.value) and str(p) in str(ei.value)


def test_bundled_no_comment_table(lex):
    assert {"decline", "refuse"} <= lex.no_comment["refusals"] and "comment" in lex.no_comment["withheld"]
    assert all(lex.verb_class(x) for x in lex.no_comment["refusals"] | lex.no_comment["answers"])


def test_bundled_quotation_tags(lex):
    assert lex.tag_class("continue") == "neutral" and lex.verb_class("continue") is None
    assert lex.tag_lemma("snapped") == "snap" and lex.tag_lemma("continued") == "continue"
    assert lex.tag_lemma("said") is None  # a reporting verb is not a tag


def test_bundled_unattributed_kinds(lex):
    assert lex.unattributed_kind("seem") == "hedge" and lex.verb_class("seem") is None
    assert lex.unattributed_kind("expect") == "agentless" and lex.unattributed_kind("ask") == "question"
    assert lex.unattributed_kind("say") == "agentless" and lex.unattributed_kind("shout") is None
    assert lex.unattributed_kind("reportedly") == "adverb"


def test_reporting_verb_listed_twice_is_an_error(tmp_path):
    p = tmp_path / "verbs.toml"
    p.write_text('schema = "newsaudit.verbs/1"\n[classes]\nneutral = "n"\nloaded = "l"\n'
                 '[[group]]\nclass = "neutral"\nlemmas = ["say", "claim"]\n'
                 '[[group]]\nclass = "loaded"\nlemmas = ["claim"]\n')
    with pytest.raises(LexiconError) as ei:
        load_verbs(p)
    assert str(p) in str(ei.value) and "'claim' is already listed in group #1 (neutral)" in str(ei.value)
    assert ei.value.entry == "group #2 (loaded)"
