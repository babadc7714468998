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


def test_sentences_are_joined_within_a_paragraph_only(parser):
    """The tokenizer reads a whole batch of paragraphs at once; the repair that joins split sentences must never
    join across a paragraph (a headline without punctuation stays its own sentence), and offsets stay exact."""
    texts = ["Mayor quits over budget row\n\nThe mayor of Leeds quit on Friday. Her deputy said the council "
             "would meet.\nCouncil statement", "Second article without a full stop\n\nIt rained. We left."]
    for text, doc in zip(texts, parser.parse(texts)):
        assert all("\n" not in text[s.start:s.end] for s in doc.sentences)
        assert text[doc.sentences[0].start:doc.sentences[0].end] in ("Mayor quits over budget row",
                                                                     "Second article without a full stop")
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
    from audit.parse import join_split_sentences

    def join(text, sentences):
        return [" ".join(t if isinstance(t, str) else t[0] for t in s) for s in join_split_sentences(sentences, text)]

    # "Lombardi told reporters | Thursday that …", "Judicial | Watch said …" inside a punctuated paragraph: one
    # sentence each, so that the tagger and the parser see them whole (a multi-word token keeps its mark)
    text = "Lombardi told reporters Thursday that the pope won't go. He left.\n\nJudicial Watch said so."
    told = [["Lombardi", "told", "reporters"], ["Thursday", "that", "the", "pope", ("won't", True), "go", "."],
            ["He", "left", "."], ["Judicial"], ["Watch", "said", "so", "."]]
    assert join(text, told) == ["Lombardi told reporters Thursday that the pope won't go .", "He left .",
                                "Judicial Watch said so ."]
    assert join_split_sentences(told, text)[0][7] == ("won't", True)
    # a title before a name, a month before its day: in any line; "U.S." may end a sentence
    assert join("Sen. Ted Cruz won on Feb. 1\n\nIt is in the U.S. Next year", [
        ["Sen."], ["Ted", "Cruz", "won", "on", "Feb."], ["1"], ["It", "is", "in", "the", "U.S."], ["Next", "year"]]) == [
        "Sen. Ted Cruz won on Feb. 1", "It is in the U.S.", "Next year"]
    # a split before a lowercase word at an editor's bracket, an abbreviation or a period with no space after it:
    # one sentence
    assert join("“[The plan] is bold,” she said. Acme Inc. and the U.K. agreed.", [
        ["“", "[", "The", "plan", "]"], ["is", "bold", ",", "”", "she", "said", "."], ["Acme", "Inc", "."],
        ["and", "the", "U.K."], ["agreed", "."]]) == [
        "“ [ The plan ] is bold , ” she said .", "Acme Inc . and the U.K. agreed ."]
    assert join("It is on Shop.com now.", [["It", "is", "on", "Shop", "."], ["com", "now", "."]]) == [
        "It is on Shop . com now ."]
    # a middle initial between two names, in any line
    assert join("Ask David B. Cohen.", [["Ask", "David", "B."], ["Cohen", "."]]) == ["Ask David B. Cohen ."]
    # initials inside a name: a person's before a capitalised word, a place's before an institution; a place's
    # before anything else may end the sentence
    assert join("George H.W. Bush won. The U.S. Senate met in the U.S. Trump left.", [
        ["George", "H.W."], ["Bush", "won", "."], ["The", "U.S."], ["Senate", "met", "in", "the", "U.S."],
        ["Trump", "left", "."]]) == ["George H.W. Bush won .", "The U.S. Senate met in the U.S.", "Trump left ."]
    # a period after a lowercase word, a "?" or "!" before a lowercase one, a colon before a link: the splits stay
    assert join("Let us go back. what was it? great! See: http://x.io", [
        ["Let", "us", "go", "back", "."], ["what", "was", "it", "?"], ["great", "!"], ["See", ":"], ["http://x.io"]]) == [
        "Let us go back .", "what was it ?", "great !", "See :", "http://x.io"]
    # finished sentences; an unpunctuated header or signature line; a paragraph break (Stanza reads a whole batch
    # of paragraphs at once); tokens the text does not hold: the splits stay
    assert join("It rained. We left.", [["It", "rained", "."], ["We", "left", "."]]) == ["It rained .", "We left ."]
    assert join("Name: Ann Mann Job: waitress", [["Name", ":", "Ann", "Mann"], ["Job", ":", "waitress"]]) == [
        "Name : Ann Mann", "Job : waitress"]
    assert join("Breaking news\n\nIt rained.", [["Breaking", "news"], ["It", "rained", "."]]) == [
        "Breaking news", "It rained ."]
    assert join("A b.", [["A"], ["c", "."]]) == ["A", "c ."]
    assert join_split_sentences([], "") == []


def test_doubled_apostrophe_quotation_marks_are_tokens_of_their_own():
    from audit.parse import split_doubled_apostrophes

    # the tokenizer glues a mark written as two apostrophes to the word it opens or closes, or cuts it in two
    text = "He said they were ''misconstrued.'' Then: ''I won't,'' in the U.S.''"
    assert split_doubled_apostrophes([["He", "said", "they", "were", "''misconstrued", ".", "''"],
                                      ["Then", ":", "'", "'I", ("won't", True), ",", "''", "in", "the", "U.S.''"]],
                                     text) == [
        ["He", "said", "they", "were", "''", "misconstrued", ".", "''"],
        ["Then", ":", "''", "I", ("won't", True), ",", "''", "in", "the", "U.S.", "''"]]
    # three apostrophes: a single mark inside a double one, where it opens a word and where it closes one;
    # four: two doubled marks; backticks
    text = "'''Tis so,''' he said ``yes'''' no"
    assert split_doubled_apostrophes([["'''Tis", "so", ",", "'''"], ["he", "said", "``yes''''", "no"]], text) == [
        ["''", "'", "Tis", "so", ",", "'", "''"], ["he", "said", "``", "yes", "''", "''", "no"]]
    # marks already apart, single apostrophes and text without a doubled mark are left as they are
    plain = [["''", "Yes", ",", "''", "Lee", "'s", "aide", "said", "."]]
    assert split_doubled_apostrophes(plain, "''Yes,'' Lee's aide said.") == plain
    assert split_doubled_apostrophes([["Lee", "'s", "'big'", "day"]], "Lee's 'big' day") == [
        ["Lee", "'s", "'big'", "day"]]
    # tokens the text does not hold: left as they are
    assert split_doubled_apostrophes([["''x"]], "''y") == [["''x"]]