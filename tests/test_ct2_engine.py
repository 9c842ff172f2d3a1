"""The CTranslate2 engine on the tiny copy-trained NLLB model: real conversion, real decoding.

The tiny model was trained to copy its input whatever the target language, so
the expected output of every sentence is the sentence itself, and the
transformers engine is the reference for outputs and scores.
"""

from __future__ import annotations

import random

import pytest

from tests.fixtures.make_tiny_model import corpus
from workbench.core.errors import WorkbenchError
from workbench.core.task import TaskState
from workbench.mt.ct2_engine import load_ct2_engine, run_settings
from workbench.mt.engine import GenerationSettings
from workbench.mt.hardware import physical_cores

GREEDY = GenerationSettings()
DIRECTIONS = [(s, t) for s in ("ky", "ru", "en") for t in ("ky", "ru", "en") if s != t]


def lang_of(sentence: str) -> str:
    if sentence.isascii():
        return "en"
    return "ky" if any(ch in sentence for ch in "ңөүҢӨҮ") else "ru"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    rng = random.Random(7)
    return rng.sample(corpus(), 40)




def test_engine_attributes(ct2):
    assert ct2.name == "ctranslate2"
    assert (ct2.model_id, ct2.revision, ct2.device) == ("tiny-nllb", "rev-1", "cpu")
    assert ct2.compute_type == "int8"
    assert ct2.max_input_tokens == 512
    # Replicas x threads per replica cover the cores (workbench.mt.ct2_engine.run_settings).
    assert (ct2.replicas, ct2.threads) == run_settings("cpu", physical_cores())
    assert ct2.replicas * ct2.threads >= physical_cores() >= 1


def test_source_tokens_match_the_nllb_tokenizer(ct2, tiny_model_dir, sentences):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    for sentence in [*sentences, "Баасы 1,5 пайызга.  Two  spaces", ""]:
        for src in ("ky", "ru", "en"):
            tok.src_lang = {"ky": "kir_Cyrl", "ru": "rus_Cyrl", "en": "eng_Latn"}[src]
            expected = tok.convert_ids_to_tokens(tok(sentence)["input_ids"])
            assert ct2.source_tokens(sentence, src) == expected
            assert ct2.count_tokens(sentence, src) == len(expected)


def test_long_input_is_truncated_to_the_model_limit(ct2):
    tokens = ct2.source_tokens("Бишкек " * 600, "ky")
    assert len(tokens) == 512 and tokens[0] == "kir_Cyrl" and tokens[-1] == "</s>"


def test_translates_like_the_transformers_engine(ct2, hf, sentences):
    """Same outputs as transformers on the copy model; scores within int8 rounding."""
    ct2.shortlist = False
    try:
        for src, tgt in (("ky", "ru"), ("ru", "en"), ("en", "ky")):
            texts = [s for s in sentences if lang_of(s) == src] or sentences[:5]
            ours = ct2.translate(texts, src, tgt, GREEDY)
            reference = hf.translate(texts, src, tgt, GREEDY)
            assert [t.text for t in ours] == [t.text for t in reference]
            assert [t.text for t in ours] == texts  # the model copies
            for a, b in zip(ours, reference, strict=True):
                assert a.score <= 0 and b.score <= 0
                assert abs(a.score - b.score) < 0.01, (a, b)
    finally:
        ct2.shortlist = True


def test_beam_search_gives_the_same_copies(ct2, hf, sentences):
    beam = GenerationSettings(beam_size=3)
    texts = sentences[:8]
    assert [t.text for t in ct2.translate(texts, "ru", "ky", beam)] == [
        t.text for t in hf.translate(texts, "ru", "ky", beam)
    ]


@pytest.fixture(scope="module")
def noise(ct2) -> list[str]:
    """Random piece strings: pieces of any script, which the copy model copies."""
    rng = random.Random(3)
    vocab = sorted(p for p in ct2.tokenizer.get_vocab() if p.startswith("▁") and len(p) > 2)
    return [" ".join(rng.choice(vocab)[1:] for _ in range(rng.randint(2, 8))) for _ in range(20)]


@pytest.mark.parametrize(("src", "tgt"), [("ky", "ru"), ("ru", "ky")])
def test_shortlist_does_not_change_outputs_between_cyrillic_languages(
    ct2, sentences, noise, src, tgt
):
    """Shortlist on/off on the copy model; Latin words in the source take the full vocabulary."""
    texts = sentences + noise
    ct2.shortlist = False
    full = ct2.translate(texts, src, tgt, GREEDY)
    ct2.shortlist = True
    before = dict(ct2.counts)
    short = ct2.translate(texts, src, tgt, GREEDY)
    assert [t.text for t in short] == [t.text for t in full]
    used = ct2.counts["shortlist"] - before["shortlist"]
    assert 0 < used < len(texts)  # both paths were taken
    for a, b in zip(short, full, strict=True):
        # Normalised over fewer candidates, a shortlisted score can only rise.
        assert b.score - 1e-3 <= a.score <= 0, (a, b)
        assert a.score - b.score < 0.05


@pytest.mark.parametrize(("src", "tgt"), [("ky", "en"), ("ru", "en"), ("en", "ky"), ("en", "ru")])
def test_across_scripts_the_shortlist_keeps_outputs_in_the_target_alphabet(
    ct2, sentences, noise, src, tgt
):
    """The copy model's worst case: it copies a script the shortlist leaves out.

    A real model translates instead of copying; here outputs that took the
    shortlist must be in the target alphabet, and the others must not change.
    """
    from workbench.mt.shortlist import letter_allowed, script_of_language

    texts = [s for s in sentences + noise if s]
    ct2.shortlist = False
    full = ct2.translate(texts, src, tgt, GREEDY)
    ct2.shortlist = True
    short = []
    for text in texts:  # one at a time, to see which path each took
        before = ct2.counts["shortlist"]
        out = ct2.translate([text], src, tgt, GREEDY)[0]
        short.append((out, ct2.counts["shortlist"] > before))
    script = script_of_language(tgt)
    assert any(took for _, took in short)
    for (out, took), reference in zip(short, full, strict=True):
        if took:
            assert all(letter_allowed(ch, script) for ch in out.text if ch.isalpha()), out
        else:
            assert out.text == reference.text


def test_shortlist_path_is_chosen_by_the_source(ct2):
    def path(text: str, src: str, tgt: str) -> str:
        before = dict(ct2.counts)
        ct2.translate([text], src, tgt, GREEDY)
        return "shortlist" if ct2.counts["shortlist"] > before["shortlist"] else "full"

    assert path("Бишкек шаарында жаңы мектеп ачылды.", "ky", "ru") == "shortlist"
    assert path("Бишкек шаарында жаңы мектеп ачылды.", "ky", "en") == "shortlist"
    assert path("Бишкекте Apple дүкөнү ачылды.", "ky", "ru") == "full"  # Latin to copy
    assert path("Бишкекте Apple дүкөнү ачылды.", "ky", "en") == "shortlist"
    assert path("In Bishkek a new school has opened.", "en", "ru") == "shortlist"
    for kept in ("NATO met in Bishkek.", "A new iPhone.", "COVID-19 cases.", "See www.kabar.kg"):
        assert path(kept, "en", "ky") == "full", kept
    assert path("Цена 1 250 сом.", "ru", "ky") == "shortlist"


def test_shortlisted_calls_in_any_order_stay_right(ct2, sentences):
    """Alternating shortlisted and full-vocabulary calls of a few sentences.

    CTranslate2 4.8 keeps a stale id map when a call's candidate set changes;
    this catches a shortlist design that lets it change.
    """
    ct2.shortlist = False
    expected = {s: ct2.translate([s], "ru", "ky", GREEDY)[0].text for s in sentences[:16]}
    ct2.shortlist = True
    rng = random.Random(5)
    for _ in range(3):
        order = rng.sample(sentences[:16], 16)
        for i in range(0, 16, 3):
            batch = order[i : i + 3]
            assert [t.text for t in ct2.translate(batch, "ru", "ky", GREEDY)] == [
                expected[s] for s in batch
            ]


def test_the_shortlist_follows_the_target_script(ct2):
    ct2.translate(["Бишкек"], "ky", "en", GREEDY)
    assert ct2._loaded_script == "Latn"
    ct2.translate(["Bishkek"], "en", "ru", GREEDY)
    assert ct2._loaded_script == "Cyrl"
    ct2.shortlist = False
    try:
        ct2.translate(["Bishkek"], "en", "ky", GREEDY)
        assert ct2._loaded_script == ""
    finally:
        ct2.shortlist = True


def test_output_length_limit_counts_like_transformers(ct2, hf):
    short = GenerationSettings(max_length_ratio=0.0, max_length_extra=4)
    text = "Цена выросла на 1,5 процента, до 1 250 сомов."
    ours = ct2.translate([text], "ru", "ky", short)[0]
    reference = hf.translate([text], "ru", "ky", short)[0]
    assert ours.text == reference.text and ours.text != text
    assert abs(ours.score - reference.score) < 0.02  # shortlisted: normalised over fewer


def test_forced_output_length(ct2):
    ct2.forced_output_length = lambda n: 3
    try:
        out = ct2.translate(["Бишкек шаарында жаңы мектеп ачылды."], "ky", "ru", GREEDY)[0]
    finally:
        ct2.forced_output_length = None
    assert ct2.tokenizer.encode(out.text, add_special_tokens=False).tokens.__len__() <= 3
    assert out.text == "Бишкек шаарында"


def test_empty_batch_and_bad_language(ct2):
    assert ct2.translate([], "ky", "ru", GREEDY) == []
    with pytest.raises(WorkbenchError, match="unknown language"):
        ct2.translate(["x"], "ky", "de", GREEDY)


def test_load_reuses_the_conversion_and_reports_status(tiny_model_dir, ct2):
    statuses: list[str] = []
    state = TaskState(on_progress=lambda p: statuses.append(p.status))
    root = ct2.ct2_dir.parent
    again = load_ct2_engine(tiny_model_dir, "tiny-nllb", "rev-1", "cpu", 1, state, root=root)
    try:
        assert again.ct2_dir == ct2.ct2_dir and again.threads == 1
        assert not any("Quantizing" in s for s in statuses)
        assert "loaded tiny-nllb with CTranslate2" in statuses[-1]
    finally:
        again.close()


def test_no_gpu_is_a_clear_error(tiny_model_dir, tmp_path):
    import ctranslate2

    if ctranslate2.get_cuda_device_count() > 0:
        pytest.skip("this machine has a GPU")
    with pytest.raises(WorkbenchError, match="no CUDA GPU"):
        load_ct2_engine(tiny_model_dir, "tiny-nllb", "rev-1", "cuda", root=tmp_path)
