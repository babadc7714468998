"""audit.parse.lemma_memo: the lemmatizer's model runs once per unknown (word, tag), and the lemmas stay the same."""
from audit.parse.lemma_memo import LemmaMemo


class FakeTrainer:
    """Stanza's lemma trainer in miniature: a dictionary first, then a 'model' that lower-cases and counts."""

    def __init__(self):
        self.dictionary = {("said", "VERB"): "say"}
        self.model_reads = []

    def skip_seq2seq(self, pairs):
        return [(w, t) in self.dictionary for w, t in pairs]

    def model(self, pairs, skip):
        read = [(w, t) for (w, t), s in zip(pairs, skip) if not s]
        self.model_reads += read
        return [w.lower() + "-" + t for w, t in read]

    def ensemble(self, pairs, preds):
        return [self.dictionary.get((w, t)) or p for (w, t), p in zip(pairs, preds)]

    def lemmatize(self, pairs):
        """The calls in the order Stanza's lemma processor makes them (skipped words get '' as their model lemma)."""
        skip = self.skip_seq2seq(pairs)
        read = iter(self.model(pairs, skip))
        return self.ensemble(pairs, ["" if s else next(read) for s in skip])


def test_memo_gives_the_same_lemmas_and_reads_each_word_once():
    plain, memo_trainer = FakeTrainer(), FakeTrainer()
    memo = LemmaMemo(memo_trainer)
    calls = [[("Kyiv", "PROPN"), ("said", "VERB"), ("Kyiv", "PROPN"), ("Kyiv", "NOUN")],
             [("Kyiv", "PROPN"), ("Odesa", "PROPN"), ("said", "VERB")]]
    for pairs in calls:
        assert memo_trainer.lemmatize(pairs) == plain.lemmatize(pairs)
    assert memo_trainer.model_reads == [("Kyiv", "PROPN"), ("Kyiv", "NOUN"), ("Odesa", "PROPN")]
    assert memo.stats == {"memo": 2, "model": 3}
    assert memo_trainer.lemmatize([("Kyiv", "NOUN")]) == ["kyiv-NOUN"]


def test_memo_stops_adding_at_its_limit():
    trainer = FakeTrainer()
    memo = LemmaMemo(trainer, limit=1)
    trainer.lemmatize([("Kyiv", "PROPN"), ("Odesa", "PROPN")])
    assert list(memo.memo) == [("Kyiv", "PROPN")]
    assert trainer.lemmatize([("Odesa", "PROPN")]) == ["odesa-PROPN"]


def test_the_parser_gives_the_same_lemmas_with_and_without_the_memo(parser):
    from audit.parse import Parser

    text = ("Volodymyr Zelenskiy met Kaja Kallas in Kyiv. Zelenskiy said Kallas had promised more Patriots. "
            "Kallas told reporters that Zelenskiy's requests were reasonable, and Zelenskiy thanked Kallas.")
    plain = Parser(parser.models, use_cache=False, lemma_memo=False)
    memo = Parser(parser.models, use_cache=False)
    first, again = memo.parse([text, text])
    (want,) = plain.parse([text])
    assert [w.lemma for w in first.words] == [w.lemma for w in want.words] == [w.lemma for w in again.words]
    assert memo.lemmas is not None and memo.lemmas.stats["memo"] > 0
