"""Statements inside statements (audit/attribution/nesting.py): an attribution reported inside another one is kept,
marked ``nested``, with the outer speaker as ``via``, and counted on its own, never as a voice. Invented texts."""
import polars as pl
import pytest

import audit
from audit.attribution import extract
from audit.classify import classify


def _records(parser, lex, text):
    doc = parser.parse([text])[0]
    ext = extract(doc, lex)
    classify(doc, ext, lex)
    return [(a.source.text, a.cue.text, " … ".join(doc.text[s:e] for s, e in a.content_parts), a.kind, a.nested,
             a.via.text if a.via else None) for a in ext.attributions]


@pytest.mark.parametrize("text, expected", [
    # a promise of a clause inside a council's quoted statement: the contractor's, reported by the council, in the
    # council's words (indirect)
    pytest.param("In a statement, the council said: “We raised our concerns in March, and the contractor formally "
                 "promised that the bridge would reopen by June. That did not happen.”",
                 [("the council", "said", "“We raised our concerns in March, and the contractor formally promised "
                   "that the bridge would reopen by June. That did not happen.”", "direct", False, None),
                  ("the contractor", "promised", "that the bridge would reopen by June", "indirect", True,
                   "the council")], id="promise_inside_a_quoted_statement"),
    # a tag after the quotation: the statement inside ends where the quotation does, without its marks
    pytest.param("“The minister told us that the funds were secure,” said Anna Berg, a union leader.",
                 [("Anna Berg, a union leader", "said", "“The minister told us that the funds were secure,”", "direct",
                   False, None),
                  ("The minister", "told", "that the funds were secure", "indirect", True, "Anna Berg, a union leader")],
                 id="statement_inside_a_quotation_before_its_tag"),
    # in reported speech too
    pytest.param("The mayor said on Monday that the contractor had told her that the bridge would reopen in June.",
                 [("The mayor", "said", "that the contractor had told her that the bridge would reopen in June",
                   "indirect", False, None),
                  ("the contractor", "had told", "that the bridge would reopen in June", "indirect", True,
                   "The mayor")], id="statement_inside_reported_speech"),
    # the same speaker going on: nested (its words are counted in the outer statement), reported by no one else
    pytest.param("Ann Lee said she had told the board that the count was fair.",
                 [("Ann Lee", "said", "she had told the board that the count was fair", "indirect", False, None),
                  ("she", "had told", "that the count was fair", "indirect", True, None)], id="same_speaker"),
    # a statement inside a quotation that no one is reported to have said is left out
    pytest.param("“The minister told us that the funds were secure.”", [], id="inside_a_quotation_of_no_one"),
    # an intention ("promised to") inside reported speech stays the reporter's account
    pytest.param("Okafor said the mayor has promised to repave the road.",
                 [("Okafor", "said", "the mayor has promised to repave the road", "indirect", False, None)],
                 id="intention_is_no_statement"),
])
def test_statements_inside_statements(parser, lex, text, expected):
    assert _records(parser, lex, text) == expected


def test_nested_statements_are_counted_on_their_own_not_as_voices():
    text = ("In a statement, the council said: “We raised our concerns in March, and the contractor formally promised "
            "that the bridge would reopen by June. That did not happen.” The mayor said on Monday that the contractor "
            "had told her that the bridge would reopen in June.")
    res = audit.audit({"bridge": text}, n_boot=20)
    nested = res.attributions.filter(pl.col("nested"))
    assert sorted(nested["via"].to_list()) == ["The mayor", "the council"]
    art = res.articles.row(0, named=True)
    assert art["attr_count"] == 2 and art["attr_nested"] == 2 and art["attr_sources"] == 2
    assert res.voices["attributions"].sum() == 2
    assert res.outlets.row(0, named=True)["attr_nested"] == 2
    from audit.highlight import highlight_html

    html = highlight_html(text, res.attributions, res.terms)
    assert "reported by the council, not counted as a voice" in html and "reported by The mayor" in html


def test_the_same_speaker_going_on_has_no_via_nor_a_note_of_one(parser, lex):
    doc = parser.parse(["Ann Lee said she had told the board that the count was fair."])[0]
    ext = extract(doc, lex)
    classify(doc, ext, lex)
    inner = ext.attributions[1]
    assert inner.nested and inner.via is None and inner.speaker_id == ext.attributions[0].speaker_id
    assert not any(n.startswith("via ") for n in inner.notes)
