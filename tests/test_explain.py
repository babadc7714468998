"""``audit.explain`` and ``newsaudit explain``: the parse of each sentence and, for each attribution, the trail of
the pattern and rules that made it."""
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.explain import explain

TEXT = ("The mayor told reporters on Monday that the bridge would reopen. "
        "“We are ready,” said Anna Lee, a spokeswoman for the ministry.")


def test_explain_shows_the_parse_and_how_each_attribution_was_made(parser):
    ex = explain(TEXT, parser=parser)
    first = ex.sentences()[0]
    assert [r["word"] for r in first[:3]] == ["The", "mayor", "told"]
    told = next(r for r in first if r["word"] == "told")
    assert told["lemma"] == "tell" and told["upos"] == "VERB" and told["head"] == 0 and told["deprel"] == "root"
    by_cue = {a.cue.text: a for a in ex.attributions}
    assert by_cue["told"].trail[:3] == ["pattern: reporting verb (neutral), complement",
                                        "subject: the verb's own subject", "content: the complement clause"]
    said = by_cue["said"]
    assert said.trail[0] == "pattern: reporting verb (neutral), parenthetical"
    assert "verbs: rule quote before" in said.trail and any(s.startswith("source: after the cue") for s in said.trail)
    out = ex.format()
    assert "sentence 1: The mayor told reporters on Monday" in out and "how:" in out
    assert "1. pattern: reporting verb (neutral), complement" in out


def test_explain_names_a_nested_statement_and_who_reports_it(parser):
    ex = explain("The mayor said on Monday that the contractor had told her that the bridge would reopen in June.",
                 parser=parser)
    out = ex.format()
    assert "nested   reported inside another statement, via “The mayor” [0:9]" in out
    assert [a.nested for a in ex.attributions] == [False, True]
    assert "pass: statements inside statements" in ex.attributions[1].trail


def test_explain_on_the_seed_article(parser, seed_text):
    ex = explain(seed_text, parser=parser)
    assert len(ex.sentences()) == len(ex.doc.sentences) > 10
    assert ex.attributions and all(a.trail and a.trail[0].startswith("pattern: ") for a in ex.attributions)


def test_explain_on_a_polnear_sentence(parser, shared):
    text_dir = shared / "data" / "polnear" / "dev" / "text"
    article = sorted(text_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    sentence = next(p for p in article.split("\n") if " reports that " in p)  # "The New York Post reports that …"
    ex = explain(sentence, parser=parser)
    (a,) = [a for a in ex.attributions if a.cue and a.cue.text == "reports"]
    assert a.source.text == "The New York Post" and a.content_parts
    assert a.trail[0].startswith("pattern: reporting verb (neutral)")


def test_the_trail_is_a_column_and_a_tooltip(parser):
    import audit
    from audit.highlight import highlight_html

    res = audit.audit({"a": TEXT}, n_boot=10)
    trails = res.attributions["trail"].to_list()
    assert all(t and t.startswith("pattern: ") for t in trails)
    html = highlight_html(TEXT, res.attributions, res.terms)
    assert "how it was read:\n  1. pattern: reporting verb (neutral), complement" in html


def test_cli_explain(parser, tmp_path):
    r = CliRunner().invoke(app, ["explain", TEXT])
    assert r.exit_code == 0, r.output
    assert "attribution 1: indirect, pattern complement" in r.output and "content: the complement clause" in r.output
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["explain", str(f)])
    assert r.exit_code == 0 and "sentence 2: “We are ready,” said Anna Lee" in r.output
    r = CliRunner().invoke(app, ["explain", "   "])
    assert r.exit_code == 2 and "text is empty" in r.output, r.output


@pytest.mark.parametrize("payload", ["\x00\x01binary", " \n "])
def test_explain_rejects_what_is_not_text(parser, payload):
    from audit.errors import ArticleError

    with pytest.raises(ArticleError):
        explain(payload, parser=parser)
