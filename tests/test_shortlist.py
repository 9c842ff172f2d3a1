"""Target-vocabulary shortlists: which pieces a script keeps, and the vmap file format."""

from __future__ import annotations

import pytest

from workbench.mt.shortlist import (
    is_special,
    letter_allowed,
    piece_fits,
    read_vmap_tokens,
    script_of_language,
    shortlist_tokens,
    vmap_lines,
    write_vmap,
)

VOCAB = [
    "<s>",
    "<pad>",
    "</s>",
    "<unk>",
    "▁",
    "▁Бишкек",
    "шаар",
    "ңөү",
    "▁Ош",
    "1",
    "▁2024",
    ",",
    "«",
    "▁Bishkek",
    "price",
    "▁price",
    "▁naïve",
    "▁αβ",
    "中文",
    "▁3-й",
    "kir_Cyrl",
    "rus_Cyrl",
    "eng_Latn",
    "<mask>",
]


def test_letters_of_each_target():
    for ch in "жЁңөүҮ":
        assert letter_allowed(ch, "Cyrl"), ch
    for ch in "їєқғђјq":  # Ukrainian, Kazakh, Serbian letters; Latin
        assert not letter_allowed(ch, "Cyrl"), ch
    for ch in "qZéüñłş":
        assert letter_allowed(ch, "Latn"), ch
    for ch in "жễα":  # Cyrillic, Vietnamese, Greek
        assert not letter_allowed(ch, "Latn"), ch
    with pytest.raises(ValueError):
        letter_allowed("a", "Grek")


@pytest.mark.parametrize(
    ("piece", "cyrl", "latn"),
    [
        ("▁Бишкек", True, False),
        ("▁Bishkek", False, True),
        ("▁2024", True, True),
        ("«", True, True),
        ("▁3-й", True, False),
        ("▁αβ", False, False),
        ("中文", False, False),
        ("Bishкек", False, False),  # mixed scripts fit neither
        ("▁її", False, False),  # Ukrainian
        ("▁қала", False, False),  # Kazakh
        ("▁Nguyễn", False, False),  # Vietnamese
    ],
)
def test_piece_fits(piece, cyrl, latn):
    assert piece_fits(piece, "Cyrl") is cyrl
    assert piece_fits(piece, "Latn") is latn


def test_special_tokens_and_language_codes():
    for tok in ("<s>", "</s>", "<unk>", "<pad>", "<mask>", "kir_Cyrl", "eng_Latn", "zho_Hant"):
        assert is_special(tok), tok
    for tok in ("▁Ош", "price", "▁kir", "ab_Cd"):
        assert not is_special(tok), tok


def test_script_of_language():
    assert script_of_language("ky") == "Cyrl"
    assert script_of_language("ru") == "Cyrl"
    assert script_of_language("en") == "Latn"


def test_cyrillic_shortlist_keeps_cyrillic_neutral_and_special_tokens_only():
    kept = set(shortlist_tokens(VOCAB, "Cyrl"))
    assert {"▁Бишкек", "шаар", "ңөү", "▁Ош", "▁3-й", "1", "▁2024", ",", "«", "▁"} <= kept
    assert {"<s>", "</s>", "<unk>", "<pad>", "<mask>", "kir_Cyrl", "eng_Latn"} <= kept
    assert not kept & {"▁Bishkek", "price", "▁price", "▁naïve", "▁αβ", "中文"}


def test_latin_shortlist():
    kept = set(shortlist_tokens(VOCAB, "Latn"))
    assert {"▁Bishkek", "price", "▁naïve", "1", "«", "</s>", "eng_Latn"} <= kept
    assert not kept & {"▁Бишкек", "ңөү", "▁3-й", "▁αβ", "中文"}


def test_vmap_file_holds_one_line_of_always_candidates(tmp_path):
    path = tmp_path / "vmap.txt"
    n = write_vmap(VOCAB, "Cyrl", path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and text.count("\n") == 1
    assert [text[:-1]] == list(vmap_lines(VOCAB, "Cyrl"))
    # An empty key: CTranslate2 takes these tokens as candidates for every input.
    key, _, always = text[:-1].partition("\t")
    assert key == "" and always.split(" ") == shortlist_tokens(VOCAB, "Cyrl")
    assert n == len(shortlist_tokens(VOCAB, "Cyrl"))
    assert read_vmap_tokens(path) == frozenset(shortlist_tokens(VOCAB, "Cyrl"))


def test_tiny_model_sentences_tokenise_into_their_scripts_shortlist(tiny_model_dir):
    """Pieces of real Kyrgyz/Russian text are all kept for a Cyrillic target, English for Latin."""
    from tokenizers import Tokenizer

    from tests.fixtures.make_tiny_model import corpus

    tok = Tokenizer.from_file(str(tiny_model_dir / "tokenizer.json"))
    vocab = [tok.id_to_token(i) for i in range(tok.get_vocab_size())]
    keep = {script: set(shortlist_tokens(vocab, script)) for script in ("Cyrl", "Latn")}
    for sentence in corpus():
        script = "Latn" if sentence.isascii() else "Cyrl"
        pieces = tok.encode(sentence, add_special_tokens=False).tokens
        missing = [p for p in pieces if p not in keep[script]]
        assert not missing, (sentence, missing)
    assert len(keep["Cyrl"]) < len(vocab) and len(keep["Latn"]) < len(vocab)
