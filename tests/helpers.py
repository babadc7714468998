"""Build small ParsedDocs by hand, so stage tests need no model."""
import re

from audit.parse import Entity, ParsedDoc, Sentence, Word


def make_doc(text: str, lemmas: dict | None = None, entities=()) -> ParsedDoc:
    """Whitespace/punctuation tokens, one sentence per line, flat trees (every word's head is the first)."""
    lemmas = lemmas or {}
    doc = ParsedDoc(text=text)
    for line in re.finditer(r"[^\n]+", text):
        first = len(doc.words)
        for m in re.finditer(r"\w+(?:'\w+)?|[^\w\s]", line.group()):
            tok = m.group()
            a = line.start() + m.start()
            doc.words.append(Word(index=len(doc.words), sent=len(doc.sentences), text=tok,
                                  lemma=lemmas.get(tok, tok.lower()), upos="PUNCT" if not tok[0].isalnum() else "NOUN",
                                  xpos="", feats="", head=-1 if len(doc.words) == first else first, deprel="dep",
                                  start=a, end=a + len(tok), token=len(doc.words)))
        doc.sentences.append(Sentence(len(doc.sentences), first, len(doc.words), doc.words[first].start,
                                      doc.words[-1].end))
    for t, label in entities:
        i = text.index(t)
        doc.entities.append(Entity(t, label, i, i + len(t)))
    return doc


def parsed(text: str, sentences: list[list[tuple[str, str, str, str, int, str]]]) -> ParsedDoc:
    """A ParsedDoc from hand-made parses: per sentence, (text, lemma, upos, xpos, head, deprel) per word, where
    head is the index of the word's head within its sentence (-1 for the root). Words are found in ``text`` in
    order, so a sentence split can be put anywhere (as a tokenizer slip would)."""
    doc = ParsedDoc(text=text)
    pos = 0
    for rows in sentences:
        first = len(doc.words)
        for tok, lemma, upos, xpos, head, deprel in rows:
            a = text.index(tok, pos)
            pos = a + len(tok)
            doc.words.append(Word(index=len(doc.words), sent=len(doc.sentences), text=tok, lemma=lemma, upos=upos,
                                  xpos=xpos, feats="", head=first + head if head >= 0 else -1, deprel=deprel,
                                  start=a, end=a + len(tok), token=len(doc.words)))
        doc.sentences.append(Sentence(len(doc.sentences), first, len(doc.words), doc.words[first].start,
                                      doc.words[-1].end))
    return doc
