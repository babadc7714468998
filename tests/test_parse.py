"""The parse stage on real text, its cache, and bad input."""
import pytest

from audit.errors import ArticleError
from audit.parse import chunk_text, check_text, read_parsed, write_parsed


def test_seed_structure(seed_doc, seed_text):
    doc = seed_doc
    assert doc.text == seed_text and len(doc.sentences) > 15
    for w in doc.words:  # offsets point at the word
        assert seed_text[w.start:w.end] == w.text or w.text in ("n't",) or seed_text[w.start:w.end].startswith(w.text[:1])
    # "The unnamed official said there were objections": official is the nominal subject of said
    said = [w for w in doc.words if w.text == "said" and doc.words[w.index - 1].text == "official"]
    assert said, "expected 'official said'"
    subj = [c for c in doc.children(said[0].index) if c.deprel.startswith("nsubj")]
    assert [c.text for c in subj] == ["official"]
    ents = {(e.text, e.label) for e in doc.entities}
    assert ("Le Monde", "ORG") in ents
    assert any("Zelensky" in t and lab == "PER" for t, lab in ents)


def test_cache_roundtrip_and_hits(parser, tmp_path):
    doc = parser.parse(["Officials said the talks failed."])[0]
    p = tmp_path / "d.parquet"
    write_parsed(doc, p)
    back = read_parsed(p)
    assert back.words == doc.words and back.sentences == doc.sentences and back.entities == doc.entities
    hits = parser.stats["cache_hits"]
    parser.parse(["Officials said the talks failed."])
    assert parser.stats["cache_hits"] == hits + 1


def test_corrupt_cache_entry_is_reparsed(parser):
    text = "A corrupt cache entry must never crash a run, the tester said."
    parser.parse([text])
    path = parser._cache_path(text)
    path.write_bytes(b"PAR1 garbage")
    repaired = parser.stats["cache_repaired"]
    doc = parser.parse([text])[0]
    assert parser.stats["cache_repaired"] == repaired + 1 and doc.words


@pytest.mark.parametrize("raw, words", [
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ("x" * 5_000_001, "over the limit"),
    ("\x01\x02\x03\x04" * 100, "control characters"),
])
def test_bad_input_clear_errors(raw, words):
    with pytest.raises(ArticleError) as ei:
        check_text("a1", raw)
    assert "article 'a1'" in str(ei.value) and words in str(ei.value)


def test_empty_and_whitespace_give_empty_parse(parser):
    docs = parser.parse(["", "   \n\n\t "])
    assert all(d.words == [] and d.sentences == [] for d in docs)


def test_no_sentence_punctuation_is_bounded(parser):
    text = " ".join(["the official said the talks would go on"] * 150)  # 1,200 words, no punctuation
    chunks = chunk_text(text)
    assert max(len(c) for _, c in chunks) <= 1500 and "".join(c for _, c in chunks) == text
    doc = parser.parse([text])[0]
    # no sentence can outgrow a chunk, so the parser's quadratic cost stays bounded
    assert len(doc.words) == 1200 and all(len(doc.sentence_words(s.index)) <= 300 for s in doc.sentences)
    assert all(text[w.start:w.end] == w.text for w in doc.words)


def test_apostrophe_less_tokens_stay_whole(parser):
    # the compact tokenizer learned EWT's "its" typos for "it's"; news "its" is the possessive
    doc = parser.parse(["The ministry defended its decision, but it's late and we cannot wait."])[0]
    texts = [w.text for w in doc.words]
    assert "its" in texts and "s" not in texts
    assert texts[texts.index("it"):texts.index("it") + 2] == ["it", "'s"]
    assert ["can", "not"] == texts[texts.index("can"):texts.index("can") + 2]
    its = doc.words[texts.index("its")]
    assert doc.text[its.start:its.end] == "its"


def test_multiword_tokens_share_their_surface_token(parser, tmp_path):
    # "don't" is one surface token of two words; the CoNLL-U export (and the EWT benchmark) groups by it
    doc = parser.parse(["They don't agree, the minister's aide said."])[0]
    texts = [w.text for w in doc.words]
    do, nt = doc.words[texts.index("do")], doc.words[texts.index("n't")]
    assert do.token == nt.token and doc.text[do.start:nt.end] == "don't"
    tokens = [w.token for w in doc.words]
    # UD English (EWT) also writes the possessive "minister's" as one token of two words
    assert tokens == sorted(tokens) and len(set(tokens)) == len(tokens) - 2
    write_parsed(doc, tmp_path / "t.parquet")
    assert [w.token for w in read_parsed(tmp_path / "t.parquet").words] == tokens


def test_sentence_repair_only_for_slips_in_prose():
    from audit.parse import Word, _unfinished

    def word(text, upos):
        return Word(index=0, sent=0, text=text, lemma=text, upos=upos, xpos="", feats="", head=-1, deprel="root",
                    start=0, end=len(text))

    # "Finance Minister Anna | Berg said …" inside a punctuated paragraph: one sentence
    assert _unfinished(word("Anna", "PROPN"), prose=True)
    assert _unfinished(word("the", "DET"), prose=True)
    # a finished sentence, an unpunctuated header or signature line, a sentence ending in a noun
    assert not _unfinished(word(".", "PUNCT"), prose=True)
    assert not _unfinished(word("Mann", "PROPN"), prose=False)
    assert not _unfinished(word("Job", "NOUN"), prose=True)
