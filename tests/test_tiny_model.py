"""The tiny NLLB-architecture test model: real tokenizer pieces, language tokens, copying."""

from __future__ import annotations

import json

import pytest

from tests.fixtures.make_tiny_model import LANG_CODES

SAMPLES = {
    "kir_Cyrl": "Бишкек шаарында жаңы мектеп ачылды.",
    "rus_Cyrl": "В Оше ремонтируют дороги.",
    "eng_Latn": "The weather will be cold.",
}


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def test_saved_with_tokenizer_json_and_m2m100_config(tiny_model_dir):
    assert (tiny_model_dir / "tokenizer.json").is_file()
    config = json.loads((tiny_model_dir / "config.json").read_text())
    assert config["model_type"] == "m2m_100"
    assert config["scale_embedding"] is True
    assert config["architectures"] == ["M2M100ForConditionalGeneration"]


def test_tokenizer_is_nllb_with_language_tokens(tokenizer):
    assert type(tokenizer).__name__ == "NllbTokenizer"
    for code in LANG_CODES:
        token_id = tokenizer.convert_tokens_to_ids(code)
        assert token_id != tokenizer.unk_token_id
        assert tokenizer.convert_ids_to_tokens(token_id) == code


@pytest.mark.parametrize("code", LANG_CODES)
def test_tokenizer_gives_real_pieces(tokenizer, code):
    tokenizer.src_lang = code
    ids = tokenizer(SAMPLES[code])["input_ids"]
    pieces = tokenizer.convert_ids_to_tokens(ids)
    assert pieces[0] == code and pieces[-1] == "</s>"
    body = pieces[1:-1]
    assert tokenizer.unk_token not in body
    # Real sub-word pieces: fewer pieces than characters, and they spell the text back.
    assert len(body) < len(SAMPLES[code])
    assert tokenizer.decode(ids, skip_special_tokens=True) == SAMPLES[code]


def test_model_copies_its_input(tiny_model_dir):
    from workbench.mt.engine import GenerationSettings
    from workbench.mt.hf_engine import HFEngine

    engine = HFEngine(tiny_model_dir, device="cpu")
    texts = list(SAMPLES.values())
    out = engine.translate(texts, "ky", "ru", GenerationSettings())
    assert [t.text for t in out] == texts
    assert all(-1.0 < t.score <= 0.0 for t in out)
