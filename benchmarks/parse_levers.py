"""Parse speed levers, each as a ratio against the plain parser in the same run (this machine is noisy).

    python benchmarks/parse_levers.py [--texts 30] [--rounds 2] [--threads 1] [--levers base int8 groups256 ...]

Parses the first N PolNeAR test texts (parse only, no cache) with each lever, interleaved round by round, and
prints words/s per lever and its ratio to ``base``; then how many words get another UPOS, head, deprel or lemma
than under ``base`` (a first look at accuracy; benchmarks/parse_scores.py gives the UD scores). Levers:
  base       the parser as shipped (256 paragraphs per Stanza call)
  int8       LSTM and linear layers quantized to int8 (torch dynamic quantization)
  groups256  256 paragraphs per Stanza call, the same as base since that became the default (it was measured
             against 64: longer length-sorted batches across articles); groups1024: 1,024
  stanza_mst Stanza's own tree decoder and cycle finder instead of audit.parse.mst's (the shipped parser uses ours)
  full_search Stanza's reweighted tree search for every sentence (with audit.parse.mst's cycle finder), without
             audit.parse.mst.decode_one_root's short cuts (the best heads, then the best tree of any number of roots)
  bigbatch   Stanza's POS/parser/NER batches larger (pos/depparse/ner batch_size); smallbatch: smaller
  stanza_reassemble Stanza's rebuild of the tokens after newsaudit's tokenizer repairs (through a Document), not
             audit.parse.reassemble's
  stanza_tensors Stanza's own id-tensor helpers and vocabulary lookups (Vocab.map, get_long_tensor, the composite
             vocabularies' lookups), not audit.parse.tensors'
  no_lemma_memo the lemmatizer's model run on every unknown word of every article, without audit.parse.lemma_memo
  lemma_dict_only the lemmatizer's dictionary alone: a word it lacks is its own lemma (other lemmas)
  no_char_dedup Stanza's character models run on every word of a batch, not once per distinct word
             (audit.parse.char_dedup)
  tokbatch   the tokenizer's batches of 128 paragraphs, not 32
  stanza_labels Stanza's parser scoring every relation label for every pair of words, not only at the arcs
             the decoder keeps (audit.parse.arc_labels)
  stanza_lemma_batch Stanza's lemmatizer preparing every word for its model before the dictionary takes most of
             them (not audit.parse.lemma_batch)
  scorer192  the parser's own 192-unit relation scorer instead of the smaller one shipped beside it
             (en_parser_deprel.pt, scripts/train_deprel_head.py)
"""
from __future__ import annotations

import argparse
import os
import statistics
from dataclasses import replace
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", ROOT.parent / "shared")) / "data"

LEVERS = {
    "base": {},
    "int8": {"quantize": True},
    "groups256": {"batch_chunks": 256},
    "groups1024": {"batch_chunks": 1024},
    "stanza_mst": {},
    "full_search": {},
    "bigbatch": {"pipeline_options": {"pos_batch_size": 10000, "depparse_batch_size": 10000, "ner_batch_size": 64}},
    "smallbatch": {"pipeline_options": {"pos_batch_size": 1000, "depparse_batch_size": 1000, "ner_batch_size": 16}},
    "scorer192": {},
    "no_char_dedup": {},
    "tokbatch": {"pipeline_options": {"tokenize_batch_size": 128}},
    "no_lemma_memo": {"lemma_memo": False},
    "stanza_reassemble": {},
    "stanza_tensors": {},
    "lemma_dict_only": {"pipeline_options": {"lemma_dict_only": True}},
    "stanza_labels": {},
    "stanza_lemma_batch": {},
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--levers", nargs="*", default=list(LEVERS), choices=list(LEVERS))
    a = ap.parse_args()
    import torch

    from audit.parse import arc_labels, char_dedup, lemma_batch, mst, reassemble, tensors
    from audit.parse import Parser

    def use(k):
        """Stanza's own functions where lever k asks for them, newsaudit's otherwise."""
        mst.TARJAN.restore() if k == "stanza_mst" else mst.TARJAN.install()
        mst.DECODER.restore() if k in ("stanza_mst", "full_search") else mst.DECODER.install()
        reassemble.restore() if k == "stanza_reassemble" else reassemble.install()
        tensors.restore() if k == "stanza_tensors" else tensors.install()
        char_dedup.restore() if k == "no_char_dedup" else char_dedup.install()
        arc_labels.restore() if k == "stanza_labels" else arc_labels.install()
        lemma_batch.restore() if k == "stanza_lemma_batch" else lemma_batch.install()

    torch.set_num_threads(a.threads)
    files = sorted((SHARED / "polnear" / "test" / "text").glob("*.txt"))[:a.texts]
    texts = [f.read_text(encoding="utf-8") for f in files]
    parsers = {k: Parser("compact", use_cache=False, **LEVERS[k]) for k in ["base", *a.levers] if k in LEVERS}
    if "scorer192" in parsers:
        parsers["scorer192"].models = replace(parsers["scorer192"].models, deprel_head=None)
    for p in parsers.values():
        p.parse(["Warm-up: the models load before the clock starts, officials said."])
    speeds: dict[str, list[float]] = {k: [] for k in parsers}
    docs = {}
    for r in range(a.rounds):
        for k, p in parsers.items():
            use(k)
            if p.lemmas:  # each round starts with an empty lemma memo, as a fresh worker does
                p.lemmas.memo.clear()
            t0 = time.perf_counter()
            docs[k] = p.parse(texts)
            secs = time.perf_counter() - t0
            use("base")
            speeds[k].append(sum(d.n_words() for d in docs[k]) / secs)
    base = statistics.median(speeds["base"])
    print(f"{len(texts)} PolNeAR test texts, {a.rounds} rounds, {torch.get_num_threads()} torch thread(s)")
    for k, v in speeds.items():
        med = statistics.median(v)
        changed = _changed(docs["base"], docs[k])
        print(f"  {k:17s} {med:7.0f} words/s  x{med / base:.2f} of base   words with another upos/head/deprel/lemma: "
              f"{changed[0]}/{changed[1]}/{changed[2]}/{changed[3]} of {changed[4]}")


def _changed(a, b):
    up = hd = dr = lm = n = 0
    for da, db in zip(a, b):
        if len(da.words) != len(db.words):
            n += len(da.words)
            up += len(da.words)
            continue
        for wa, wb in zip(da.words, db.words):
            n += 1
            up += wa.upos != wb.upos
            hd += wa.head != wb.head
            dr += wa.deprel != wb.deprel
            lm += wa.lemma != wb.lemma
    return up, hd, dr, lm, n


if __name__ == "__main__":
    main()
