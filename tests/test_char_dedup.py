"""audit.parse.char_dedup: Stanza's character models run once per distinct word give the vectors they give
when run on every word (up to float rounding of the smaller batch), and the parser uses it."""
import torch
from stanza.models.common.char_model import CharacterModel

from audit.parse import char_dedup


def _model(attention: bool) -> CharacterModel:
    torch.manual_seed(3)
    args = {"char_emb_dim": 8, "char_hidden_dim": 6, "char_num_layers": 1, "char_rec_dropout": 0, "dropout": 0.5}
    model = CharacterModel(args, {"char": list(range(30))}, pad=True, attention=attention)
    if attention:  # Stanza starts the attention at zero; a trained one is not
        torch.nn.init.normal_(model.char_attn.weight)
    return model.eval()


def _batch():
    """Five words of two sentences, sorted longest first as Stanza sorts them; "saw" (ids 9, 5, 7) twice."""
    words = [[4, 8, 2, 6], [9, 5, 7], [9, 5, 7], [3, 4], [11]]
    lens = [len(w) for w in words]
    chars = torch.tensor([w + [0] * (4 - len(w)) for w in words])
    orig_idx = [2, 0, 3, 1, 4]  # the words' places before the sort
    return chars, chars == 0, orig_idx, [3, 2], lens


def test_same_vectors_as_stanza_with_and_without_attention():
    for attention in (True, False):
        model = _model(attention)
        with torch.no_grad():
            got = char_dedup.forward(model, *_batch())
            want = char_dedup._original()(model, *_batch())
        assert got.shape == want.shape
        assert torch.allclose(got, want, atol=1e-6)


def test_training_mode_goes_to_stanza():
    model = _model(True).train()
    torch.manual_seed(0)
    want = char_dedup._original()(model, *_batch())
    torch.manual_seed(0)
    assert torch.equal(char_dedup.forward(model, *_batch()), want)


def test_the_parser_uses_it():
    char_dedup.install()
    assert CharacterModel.forward is char_dedup.forward
