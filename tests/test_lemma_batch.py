"""audit.parse.lemma_batch: the lemmatizer's whole-document loader is built only when read beyond its document,
then as Stanza builds it; the lemmas are Stanza's, and the parser uses it."""
import pytest
import torch
from stanza.pipeline import lemma_processor

from audit.parse import lemma_batch

TEXT = "Zelenskiy told reporters in Kyiv that the shelling of Kharkiv had intensified, officials said."


@pytest.fixture
def fresh(parser, monkeypatch):
    """The session parser, parsing without its cache and with an empty lemma memo."""
    monkeypatch.setattr(parser, "use_cache", False)
    if parser.lemmas:
        parser.lemmas.memo.clear()
    return parser


def test_only_the_model_words_are_prepared(fresh, monkeypatch):
    built = []
    real = lemma_batch.STANZA_LOADER
    monkeypatch.setattr(lemma_batch, "STANZA_LOADER", lambda *a, **k: built.append(k.get("skip")) or real(*a, **k))
    fresh.parse([TEXT])
    assert built, "the lemmatizer's model saw no word"
    assert all(skip is not None for skip in built)


def test_same_lemmas_as_stanza(fresh):
    got = fresh.parse([TEXT])[0]
    lemma_batch.restore()
    try:
        if fresh.lemmas:
            fresh.lemmas.memo.clear()
        want = fresh.parse([TEXT])[0]
    finally:
        lemma_batch.install()
    assert [w.lemma for w in got.words] == [w.lemma for w in want.words]


def test_read_beyond_its_document_it_is_stanzas_loader(fresh, monkeypatch):
    calls = []

    def record(*a, **k):
        calls.append((a, k))
        return lemma_batch.LazyDataLoader(*a, **k)

    monkeypatch.setattr(lemma_processor, "DataLoader", record)
    fresh.parse([TEXT])
    args, kwargs = next(c for c in calls if c[1].get("skip") is None)
    lazy = lemma_batch.LazyDataLoader(*args, **kwargs)
    assert lazy.doc is args[0] and lazy._loader is None
    real = lemma_batch.STANZA_LOADER(*args, **kwargs)
    assert len(lazy) == len(real) and lazy.num_examples == real.num_examples
    for got, want in zip(lazy, real):
        assert torch.equal(got[0], want[0]) and got[6] == want[6]


def test_the_parser_uses_it():
    lemma_batch.install()
    assert lemma_processor.DataLoader is lemma_batch.LazyDataLoader
