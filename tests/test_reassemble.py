"""audit.parse.reassemble writes the word dicts Stanza's reassemble_doc_from_tokens writes, without its Document."""
import pytest
from stanza.models.tokenization import utils

from audit.parse import reassemble

STANZA = reassemble.STANZA_REASSEMBLE

CASES = [
    ("He said.", [["He", "said", "."]], None),
    ("  Leading spaces.\tA tab|pipe\n\nand can't stop.  ", [["Leading", "spaces", "."],
                                                           ["A", "tab", "|", "pipe", "and", "can't", "stop", "."]],
     {"can't"}),
    ("“We won’t.”\nShe left", [["“", "We", "won’t", ".", "”"], ["She", "left"]], {"won’t"}),
    ("don't", [["don't"]], {"don't"}),
    ("U.S. officials\r\nsaid  so", [["U.S.", "officials", "said", "so"]], None),
]


@pytest.mark.parametrize("text,sentences,mwt", CASES)
def test_same_dicts_as_stanza(text, sentences, mwt):
    if STANZA is reassemble.reassemble:
        pytest.fail("Stanza's own reassemble_doc_from_tokens is no longer reachable to compare with")
    mwts = [[w in (mwt or ()) for w in s] for s in sentences]
    expansions = [[None] * len(s) for s in sentences]
    assert reassemble.reassemble(sentences, mwts, expansions, text) == STANZA(sentences, mwts, expansions, text)


def test_named_expansions_and_missing_words_go_to_stanza():
    text = "I can't go."
    sentences = [["I", "can't", "go", "."]]
    mwts = [[False, True, False, False]]
    named = [[None, "can not", None, None]]
    assert reassemble.reassemble(sentences, mwts, named, text) == STANZA(sentences, mwts, named, text)
    with pytest.raises(ValueError, match="Could not find word"):
        reassemble.reassemble([["I", "cannot"]], [[False, False]], [[None, None]], text)


def test_the_tokenizer_uses_it():
    reassemble.install()
    assert utils.reassemble_doc_from_tokens is reassemble.reassemble
