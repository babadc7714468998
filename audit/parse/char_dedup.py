"""Stanza's character models, run once per distinct word of a batch.

The tagger, the parser and the NER model each read every word's characters with a small LSTM (about a tenth of
the parse). A word's character vector depends on its characters alone, and a batch of news repeats its words
("the", "said", the names): fewer than half of a batch's words are distinct. :func:`forward` is Stanza's
``CharacterModel.forward`` with the LSTM run on the distinct words only, whose vectors are then copied to every
place they stand. The arithmetic per word is Stanza's; only the batch around it is smaller, which can move
the last bits of a vector as another thread count does (at most 8e-7 on 40 PolNeAR dev texts, in 49 of 139
batches). Unlike the other speed-ups here, then, it is not equal to Stanza's bit for bit; no word's tag, head,
relation or lemma changed on 74,427 words, nor any extraction record on 1,488 articles.
``benchmarks/parse_levers.py`` (lever ``no_char_dedup``) compares the parses and measures the gain.

Example: in a batch "the cat saw the dog", the LSTM reads "the", "cat", "saw" and "dog" once each.
"""
from __future__ import annotations

import torch
from stanza.models.common.char_model import CharacterModel, tensor_unsort
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pack_sequence, pad_packed_sequence

from .stanza_patch import Patch


def forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
    """``CharacterModel.forward`` (in eval mode) over the distinct rows of ``chars``."""
    if self.training:
        return STANZA_FORWARD(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
    # rows come sorted by length, longest first; the first of each distinct row keeps that order
    key = torch.cat([chars, torch.as_tensor(wordlens, dtype=chars.dtype).view(-1, 1)], dim=1)
    distinct, inverse = torch.unique(key, dim=0, sorted=False, return_inverse=True)
    first = torch.full((distinct.size(0),), chars.size(0), dtype=torch.long).scatter_reduce(
        0, inverse, torch.arange(chars.size(0)), reduce="amin")
    keep = first.sort().values
    rows = chars[keep]
    lens = [int(wordlens[i]) for i in keep.tolist()]
    where = torch.empty(chars.size(0), dtype=torch.long)
    where[keep] = torch.arange(keep.size(0))
    where = where[first[inverse]]  # each word's place among the distinct ones

    embs = self.dropout(self.char_emb(rows))
    batch_size = embs.size(0)
    embs = pack_padded_sequence(embs, lens, batch_first=True)
    dims = (self.num_dir * self.args['char_num_layers'], batch_size, self.args['char_hidden_dim'])
    output = self.charlstm(embs, lens, hx=(self.charlstm_h_init.expand(*dims).contiguous(),
                                           self.charlstm_c_init.expand(*dims).contiguous()))
    if self.attn:
        char_reps = output[0]
        weights = torch.sigmoid(self.char_attn(self.dropout(char_reps.data)))
        char_reps = PackedSequence(char_reps.data * weights, char_reps.batch_sizes)
        char_reps, _ = pad_packed_sequence(char_reps, batch_first=True)
        res = char_reps.sum(1)
    else:
        h, c = output[1]
        res = h[-2:].transpose(0, 1).contiguous().view(batch_size, -1)
    res = res[where]

    res = tensor_unsort(res, word_orig_idx)
    res = pack_sequence(res.split(sentlens))
    if self.pad:
        res = pad_packed_sequence(res, batch_first=True)[0]
    return res


def _original():
    """Stanza's own ``CharacterModel.forward``."""
    return STANZA_FORWARD


PATCH = Patch(CharacterModel, "forward", forward)
STANZA_FORWARD = PATCH.original
install, restore = PATCH.install, PATCH.restore
