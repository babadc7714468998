"""Parse stage: texts → :class:`ParsedDoc` records (sentences, words with character offsets, lemma, UPOS,
head, deprel, entity spans), batched through one Stanza pipeline, with a parse cache on disk.

Every later stage reads these records only, never Stanza objects, so extraction stays a pure function
of (ParsedDoc, lexicons) and can be tested on hand-built parses.

The package: ``records`` (the records and their on-disk form), ``repairs`` (the tokenizer post-processor), and
speed-ups of Stanza's own code that leave its output as it was: ``mst`` (the tree decoder), ``reassemble``
(tokens rebuilt after the repairs), ``tensors`` (id tensors), ``lemma_memo`` (the lemmatizer's model run once
per unknown word) and ``lemma_batch`` (only the words the model reads prepared for it), all equal to Stanza's bit
for bit; ``char_dedup`` (the character models run once per distinct word of a batch) and ``arc_labels`` (the
parser's relation labels scored only at the arcs it keeps), equal up to float rounding. Each speed-up puts itself
in Stanza's place, and takes itself back, through ``stanza_patch.Patch``.
"""
from __future__ import annotations

import bisect
import hashlib
import logging
import os
import re
import threading
from pathlib import Path
from typing import Iterable, Sequence

from ..models import ModelSet, resolve_models
from ..textcheck import DEFAULT_MAX_CHARS, check_text
from .records import Entity, ParsedDoc, Sentence, Word, read_parsed, write_parsed
from .repairs import (MAX_SENTENCE_TOKENS, TokenizerRepairs, cut_long_sentences, join_split_sentences,
                      keep_plain_words, split_doubled_apostrophes)

__all__ = ["DEFAULT_MAX_CHARS", "MAX_CHUNK_CHARS", "MAX_SENTENCE_TOKENS", "PARSE_FORMAT", "Entity", "ParsedDoc",
           "Parser", "Sentence", "TokenizerRepairs", "Word", "check_text", "chunk_text", "cut_long_sentences",
           "default_cache_dir", "get_parser", "install_deprel_head", "join_split_sentences", "keep_plain_words",
           "parse", "quantize_pipeline", "read_parsed", "relabel_outlets", "split_doubled_apostrophes",
           "text_hash", "write_parsed"]

log = logging.getLogger("newsaudit")

# Stanza's parser is quadratic in sentence length: text is parsed paragraph by paragraph, and a paragraph
# longer than this is cut (preferably after sentence punctuation) so no sentence can explode memory.
MAX_CHUNK_CHARS = 1500
# bump when the conversion from Stanza output changes (chunking, sentence repair): old cache entries are
# then never served
PARSE_FORMAT = "p11"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text into (offset, piece) at blank lines/newlines, cutting overlong paragraphs."""
    chunks: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        start, para = m.start(), m.group()
        if not para.strip():
            continue
        while len(para) > max_chars:
            window = para[max_chars // 2:max_chars]
            cuts = [c.end() for c in re.finditer(r"[.!?;][\"'”’)\]]*\s+", window)]
            if cuts:
                cut = max_chars // 2 + cuts[-1]
            else:
                spaces = [c.end() for c in re.finditer(r"\s+", window)]
                cut = max_chars // 2 + spaces[-1] if spaces else max_chars
            chunks.append((start, para[:cut]))
            start, para = start + cut, para[cut:]
        if para.strip():
            chunks.append((start, para))
    return chunks


class Parser:
    """One Stanza pipeline, loaded once, shared by threads behind a lock."""

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, cache_dir: str | os.PathLike | None = None,
                 use_cache: bool = True, batch_chunks: int = 256, quantize: bool = False, pipeline_options=None,
                 lemma_memo: bool = True):
        self.models = models if isinstance(models, ModelSet) else resolve_models(models)
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.use_cache = use_cache
        self.batch_chunks = batch_chunks
        # int8 dynamic quantization of the LSTM and linear layers (benchmarks/parse_levers.py measures it): other
        # parses, so another model id in the cache
        self.quantize = quantize
        self.model_id = self.models.model_id + ("-int8" if quantize else "")
        self.pipeline_options = dict(pipeline_options or {})
        self.lemma_memo = lemma_memo  # the same lemmas, each unknown word's model run once (lemma_memo.py)
        self.lemmas = None  # that memo, once the pipeline is loaded
        self._nlp = None
        self._repairs = TokenizerRepairs()
        self._lock = threading.Lock()
        self.stats = {"parsed": 0, "cache_hits": 0, "cache_repaired": 0}
        log.info("newsaudit models: %s", self.models.source)

    @property
    def nlp(self):
        if self._nlp is None:
            import stanza

            from . import arc_labels, char_dedup, lemma_batch, mst, reassemble, tensors

            arc_labels.install()  # relation labels scored only at the arcs the decoder keeps
            char_dedup.install()  # each distinct word of a batch through the character models once
            lemma_batch.install()  # the same lemmas, without preparing every word for the lemmatizer's model
            mst.install()  # the same trees, decoded faster
            reassemble.install()  # the same tokens, rebuilt faster after the repairs
            tensors.install()  # the same id tensors, built faster
            logging.getLogger("stanza").setLevel(logging.WARNING)
            # "unsupported language" is Stanza's word for models it did not download itself: not news here
            self._nlp = stanza.Pipeline(**{**self.models.pipeline_kwargs, **self.pipeline_options},
                                        logging_level="ERROR", tokenize_postprocessor=self._repairs)
            if self.models.deprel_head:
                install_deprel_head(self._nlp, self.models.deprel_head)
            if self.lemma_memo:
                from .lemma_memo import install_lemma_memo

                self.lemmas = install_lemma_memo(self._nlp)
            if self.quantize:
                quantize_pipeline(self._nlp)
        return self._nlp

    # -- cache ------------------------------------------------------------------------------
    def _cache_path(self, text: str) -> Path:
        h = text_hash(text)
        return self.cache_dir / "parses" / f"{self.model_id}-{PARSE_FORMAT}" / h[:2] / f"{h}.parquet"

    def _cache_get(self, text: str) -> ParsedDoc | None:
        if not self.use_cache:
            return None
        path = self._cache_path(text)
        if not path.exists():
            return None
        try:
            doc = read_parsed(path)
            if doc.text != text:
                raise ValueError("cached text differs")
            self.stats["cache_hits"] += 1
            return relabel_outlets(doc)
        except Exception as exc:  # a truncated or foreign file: re-parse, never crash
            log.warning("parse cache entry %s is unreadable (%s); re-parsing", path, exc)
            self.stats["cache_repaired"] += 1
            try:
                path.unlink()
            except OSError:
                pass
            return None

    def _cache_put(self, doc: ParsedDoc) -> None:
        if not self.use_cache:
            return
        path = self._cache_path(doc.text)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        write_parsed(doc, tmp)
        os.replace(tmp, path)

    # -- parsing ----------------------------------------------------------------------------
    def parse(self, texts: Sequence[str], progress=None) -> list[ParsedDoc]:
        """Parse many texts (already validated with :func:`check_text`). Cached ones are not re-parsed."""
        out: list[ParsedDoc | None] = [None] * len(texts)
        todo = []
        for i, t in enumerate(texts):
            cached = self._cache_get(t)
            if cached is not None:
                out[i] = cached
            else:
                todo.append(i)
        if progress:
            progress(len(texts) - len(todo), len(texts))
        # several articles' chunks per Stanza call (batch_chunks paragraphs), sorted by length across them
        group: list[tuple[int, list[tuple[int, str]]]] = []  # (article slot, its chunks)
        n_chunks = 0
        for i in todo:
            chunks = chunk_text(texts[i])
            group.append((i, chunks))
            n_chunks += len(chunks)
            if n_chunks >= self.batch_chunks:
                self._parse_group(texts, group, out)
                if progress:
                    progress(sum(d is not None for d in out), len(texts))
                group, n_chunks = [], 0
        if group:
            self._parse_group(texts, group, out)
            if progress:
                progress(len(texts), len(texts))
        return out  # type: ignore[return-value]

    def _parse_group(self, texts, group, out):
        import stanza

        pieces = [(i, off, chunk) for i, chunks in group for off, chunk in chunks]  # (article slot, offset, text)
        with self._lock:
            self._repairs.text = "\n\n".join(c for _, _, c in pieces)  # what Stanza's tokenizer reads in one go
            self._repairs.cuts = []
            try:
                docs = self.nlp.bulk_process([stanza.Document([], text=c) for _, _, c in pieces]) if pieces else []
                cuts = self._cuts_per_article(pieces)
            finally:
                self._repairs.text = None
        per_article: dict[int, list] = {i: [] for i, _ in group}
        for (i, off, _), d in zip(pieces, docs):
            per_article[i].append((off, d))
        for i, _ in group:
            doc = _from_stanza(texts[i], per_article[i], self.model_id)
            if cuts.get(i):
                doc.notes.append(f"{cuts[i]} forced sentence break(s): a run of over {MAX_SENTENCE_TOKENS} tokens "
                                 "without sentence punctuation was cut")
            self.stats["parsed"] += 1
            out[i] = doc
            try:
                self._cache_put(doc)
            except OSError as exc:
                log.warning("could not write the parse cache (%s); continuing without it", exc)


    def _cuts_per_article(self, pieces) -> dict[int, int]:
        """How many forced sentence breaks fell in each article of the batch."""
        if not self._repairs.cuts:
            return {}
        ends, pos = [], 0  # where each piece ends in the batch text
        for _, _, c in pieces:
            pos += len(c)
            ends.append(pos)
            pos += 2  # the blank line Stanza joins pieces with
        out: dict[int, int] = {}
        for cut in self._repairs.cuts:
            k = bisect.bisect_left(ends, cut)
            if k < len(ends):
                article = pieces[k][0]
                out[article] = out.get(article, 0) + 1
        return out


def install_deprel_head(nlp, path: str) -> None:
    """Put the smaller relation scorer of ``path`` (scripts/train_deprel_head.py) in place of the parser's own. The
    parser scores every label for every pair of words; the decoder reads them at the arcs it keeps, and on the compact
    models the 192-unit scorer was about a quarter of all parse time."""
    import torch
    from stanza.models.common.biaffine import DeepBiaffineScorer

    saved = torch.load(path, map_location="cpu", weights_only=True)
    head = DeepBiaffineScorer(saved["input"], saved["input"], saved["hidden"], saved["labels"], pairwise=True)
    head.load_state_dict({k: v.float() for k, v in saved["state"].items()})
    model = nlp.processors["depparse"]._trainer.model
    if model.deprel.scorer.W_bilin.output_size != saved["labels"]:
        raise ValueError(f"{path}: {saved['labels']} relation labels, the parser has "
                         f"{model.deprel.scorer.W_bilin.output_size}")
    model.deprel = head.eval()


def quantize_pipeline(nlp) -> None:
    """Replace the LSTM and linear layers of every processor's model by int8 dynamically quantized ones."""
    import torch
    from torch import nn

    for proc in nlp.processors.values():
        trainer = getattr(proc, "_trainer", None)
        model = getattr(trainer, "model", None)
        if isinstance(model, nn.Module):
            trainer.model = torch.ao.quantization.quantize_dynamic(model, {nn.LSTM, nn.Linear}, dtype=torch.qint8)


def _from_stanza(text: str, parts: list, model_id: str) -> ParsedDoc:
    doc = ParsedDoc(text=text, model_id=model_id)
    n_tokens = 0
    for off, sdoc in parts:
        for sent in sdoc.sentences:
            first = len(doc.words)
            base = first
            for tok in sent.tokens:
                ts, te = tok.start_char + off, tok.end_char + off
                for w in tok.words:
                    ws = w.start_char + off if w.start_char is not None else ts
                    we = w.end_char + off if w.end_char is not None else te
                    # a one-word token keeps its surface form; the MWT model can turn a long URL into <UNK>
                    wtext = tok.text if len(tok.words) == 1 else w.text
                    if wtext == "<UNK>":
                        wtext = text[ws:we] if we > ws else tok.text
                    lemma = w.lemma if w.lemma and w.lemma != "<UNK>" else wtext
                    doc.words.append(Word(index=len(doc.words), sent=len(doc.sentences), text=wtext,
                                          lemma=lemma, upos=w.upos or "X", xpos=w.xpos or "",
                                          feats=w.feats or "", head=(base + w.head - 1) if w.head else -1,
                                          deprel=w.deprel or "dep", start=ws, end=we, token=n_tokens))
                n_tokens += 1
            if len(doc.words) == first:
                continue
            doc.sentences.append(Sentence(index=len(doc.sentences), first=first, last=len(doc.words),
                                          start=doc.words[first].start, end=doc.words[-1].end))
        for ent in sdoc.ents:
            doc.entities.append(Entity(text=ent.text, label=ent.type, start=ent.start_char + off,
                                       end=ent.end_char + off))
    return relabel_outlets(doc)


def relabel_outlets(doc: ParsedDoc) -> ParsedDoc:
    """News outlets the compact NER misreads ("Le Monde" as a person) are organizations: media.toml says so.
    Applied after parsing and after reading the cache, so cached parses get it too."""
    outlets = _outlet_names()
    for e in doc.entities:
        if e.label != "ORG" and re.sub(r"^the\s+", "", e.text, flags=re.I).lower() in outlets:
            e.label = "ORG"
    return doc


_OUTLETS: set[str] | None = None


def _outlet_names() -> set[str]:
    global _OUTLETS
    if _OUTLETS is None:
        from ..lexicon import _bundled, load_media

        _OUTLETS = {re.sub(r"^the\s+", "", n, flags=re.I).lower() for name, al in load_media(_bundled("media.toml"))
                    for n in (name, *al) if len(n) > 3}
    return _OUTLETS


def default_cache_dir() -> Path:
    return Path(os.environ.get("NEWSAUDIT_CACHE", Path.home() / ".cache" / "newsaudit"))


_PARSERS: dict[tuple, Parser] = {}


def get_parser(models=None, cache_dir=None, use_cache: bool = True) -> Parser:
    """A process-wide parser per (models, cache): the Stanza load happens once."""
    key = (str(models), str(cache_dir), use_cache)
    if key not in _PARSERS:
        _PARSERS[key] = Parser(models, cache_dir=cache_dir, use_cache=use_cache)
    return _PARSERS[key]


def parse(texts: Iterable[str], models=None, cache_dir=None, use_cache: bool = True,
          max_chars: int = DEFAULT_MAX_CHARS) -> list[ParsedDoc]:
    """Parse texts into :class:`ParsedDoc` records. Raises :class:`ArticleError` for invalid text."""
    texts = [check_text(f"#{i}", t, max_chars) for i, t in enumerate(texts)]
    return get_parser(models, cache_dir, use_cache).parse(texts)
