from audit.attribution import Attribution, Extraction, Span
from audit.quotes import find_quotes
from audit.terms import find_terms
from helpers import make_doc


def hits(text, lex, lemmas=None, attributions=()):
    doc = make_doc(text, lemmas)
    ext = Extraction(list(attributions), find_quotes(text), [])
    return [(h.term.id, h.variant.form, h.voice, h.text) for h in find_terms(doc, ext, lex)]


def test_variants_exclusions_and_voice(lex):
    text = ('Kiev said it would fight. A restaurant served chicken Kiev. Kievan Rus was old.\n'
            'He said “Kiev is ours” and Kyiv agreed.')
    found = hits(text, lex)
    assert ("kyiv", "Kiev", "narrator", "Kiev") in found
    assert ("kyiv", "Kiev", "quoted", "Kiev") in found
    assert ("kyiv", "Kyiv", "narrator", "Kyiv") in found
    assert sum(1 for f in found if f[0] == "kyiv") == 3  # chicken Kiev and Kievan Rus excluded


def test_lemma_inflection_and_gap(lex):
    lemmas = {"chosen": "choose", "chose": "choose", "joined": "join"}
    found = hits("The regions which had chosen to formally join Russia voted.\nThey chose to join Russia.", lex, lemmas)
    assert [f[1] for f in found if f[0] == "territory_status"] == ["chose to join Russia", "chose to join Russia"]


def test_longest_variant_wins_and_hyphen_merge(lex):
    found = hits("Russia illegally annexed Crimea in a so-called referendum.", lex, {"annexed": "annex"})
    forms = [f[1] for f in found]
    assert "illegally annexed" in forms and "annexed" not in forms
    assert "so-called referendum" in forms


def test_paraphrase_voice(lex):
    text = "Lavrov said Kiev was to blame."
    att = Attribution(kind="indirect", cue=Span(7, 11, "said"), cue_lemma="say", cue_class="neutral",
                      content_parts=[(12, 30)], sentence_index=0, confidence=0.9, source=Span(0, 6, "Lavrov"))
    assert hits(text, lex, attributions=[att]) == [("kyiv", "Kiev", "paraphrase", "Kiev")]


def test_unattributed_claim_is_the_narrators_voice(lex):
    # "Kiev seems to be losing ground": no one is paraphrased; the hedge and its words are the outlet's
    text = "Kiev seems to be losing ground."
    att = Attribution(kind="indirect", cue=Span(5, 10, "seems"), cue_lemma="seem", cue_class="hedge",
                      content_parts=[(0, 4), (11, 30)], sentence_index=0, confidence=0.5, pattern="hedge")
    assert hits(text, lex, attributions=[att]) == [("kyiv", "Kiev", "narrator", "Kiev")]
