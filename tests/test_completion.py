"""Interactive MT on the tiny copy-trained model, both engines, real decoding.

The tiny model copies its input, so ky->ru of a Kyrgyz sentence is the sentence
itself, and the completion of any prefix of it must be the rest of it.
"""

from __future__ import annotations

import random

import pytest

from tests.fixtures.make_tiny_model import _KY_PREDICATES, _KY_SUBJECTS
from workbench.mt.completion import (
    Completion,
    Suggestion,
    complete_target,
    current_sentence,
    next_word,
    split_typed,
    still_matches,
)
from workbench.mt.engine import CompletionSettings, GenerationSettings

KY = [f"{s} {p}" for s in _KY_SUBJECTS for p in _KY_PREDICATES]


@pytest.fixture(scope="module")
def sample() -> list[str]:
    return random.Random(16).sample(KY, 3)




@pytest.fixture(params=["ctranslate2", "transformers"])
def engine(request, ct2, hf):
    return ct2 if request.param == "ctranslate2" else hf


def word_prefixes(sentence: str) -> list[str]:
    """Every prefix ending after a whole word and its space."""
    words = sentence.split(" ")
    return [" ".join(words[:k]) + (" " if k else "") for k in range(len(words))]


def half_word_prefixes(sentence: str) -> list[str]:
    """Prefixes cut inside words: 1 letter into the first word, 3 into the others."""
    out = []
    start = 0
    for word in sentence.split(" "):
        cut = 3 if start else 1
        if len(word) > cut:
            out.append(sentence[: start + cut])
        start += len(word) + 1
    return out


# ---------------------------------------------------------------- the rule alone
def test_split_typed():
    assert split_typed("") == ("", "")
    assert split_typed("Бишкек") == ("", "Бишкек")
    assert split_typed("Бишкек ") == ("Бишкек", "")
    assert split_typed("Бишкек шаа") == ("Бишкек", "шаа")
    assert split_typed("Бишкек,  шаа") == ("Бишкек,", "шаа")


def test_next_word_takes_leading_space_and_one_word():
    assert next_word(" шаарында жаңы") == " шаарында"
    assert next_word("рында жаңы") == "рында"
    assert next_word("") == ""


def test_typing_the_ghost_keeps_the_rest_of_it():
    done = Completion("Бишкек ", (Suggestion("шаарында жаңы", -0.1, False),))
    assert still_matches(done, "Бишкек ш").ghost == "аарында жаңы"
    assert still_matches(done, "Бишкек шаарында ").ghost == "жаңы"
    assert still_matches(done, "Бишкек к") is None  # departed from it
    assert still_matches(done, "Бишкек") is None  # deleted back over the request
    assert still_matches(done, "Бишкек шаарында жаңы") is None  # all typed: nothing left


# -------------------------------------------------------------- both engines
def test_completion_of_a_word_prefix_is_the_rest_of_the_source(engine, sample):
    for sentence in sample:
        for typed in word_prefixes(sentence):
            got = complete_target(engine, sentence, "ky", "ru", typed, max_new_tokens=None)
            assert got.target == sentence, (engine.name, typed)
            assert got.best.finished


def test_half_typed_words_are_completed_with_their_letters(engine, sample):
    for sentence in sample:
        for typed in half_word_prefixes(sentence):
            got = complete_target(engine, sentence, "ky", "ru", typed, max_new_tokens=None)
            assert got.target == sentence, (engine.name, typed)


def test_half_word_typed_in_other_case_keeps_the_typed_letters(engine):
    sentence = "Бишкек шаарында жаңы мектеп ачылды."
    got = complete_target(engine, sentence, "ky", "ru", "Бишкек ШАА", max_new_tokens=None)
    assert got.target == "Бишкек ШААрында жаңы мектеп ачылды."


def test_a_short_limit_never_leaves_half_a_word(engine, sample):
    for sentence in sample:
        typed = word_prefixes(sentence)[1]
        got = complete_target(engine, sentence, "ky", "ru", typed, max_new_tokens=3)
        ghost = got.best.ghost
        assert ghost and sentence.startswith(typed + ghost)
        assert len(typed + ghost) < len(sentence) and not got.best.finished
        assert sentence[len(typed + ghost)] == " ", (typed, ghost)  # ends on a whole word


def test_alternatives_offer_different_next_words(engine, sample):
    typed = word_prefixes(sample[0])[2]
    got = complete_target(engine, sample[0], "ky", "ru", typed, alternatives=3)
    assert 2 <= len(got.suggestions) <= 4
    firsts = [next_word(s.ghost) for s in got.suggestions]
    assert len(set(firsts)) == len(firsts)
    assert all(alt.startswith(typed) for alt in got.alternatives)
    scores = [s.score for s in got.suggestions]
    assert scores[0] == max(scores)  # the copy is the model's surest continuation


def test_a_finished_sentence_gets_no_suggestion(engine, sample):
    for typed in (sample[0], sample[1] + " "):
        got = complete_target(engine, typed.strip(), "ky", "ru", typed)
        assert got.suggestions == () and got.target == typed


def test_both_engines_suggest_the_same(ct2, hf, sample):
    for sentence in sample[:3]:
        for typed in (*word_prefixes(sentence)[::2], *half_word_prefixes(sentence)[::3]):
            a = complete_target(ct2, sentence, "ky", "ru", typed, max_new_tokens=4)
            b = complete_target(hf, sentence, "ky", "ru", typed, max_new_tokens=4)
            assert a.best.ghost.split()[:1] == b.best.ghost.split()[:1], typed


@pytest.mark.parametrize("shortlist", [False, True])
def test_continuation_score_is_the_mean_log_probability(ct2, hf, sample, shortlist):
    """From an empty prefix, the completion is the translation, scored the same way."""
    ct2.shortlist = shortlist
    try:
        for e in (ct2, hf):
            for sentence in sample[:3]:
                (conts,) = e.complete(
                    sentence, "ky", "ru", [""], CompletionSettings(1, max_new_tokens=None)
                )
                (translation,) = e.translate([sentence], "ky", "ru", GenerationSettings())
                assert conts[0].text == translation.text == sentence
                assert conts[0].score == pytest.approx(translation.score, abs=1e-3), e.name
    finally:
        ct2.shortlist = True


def test_latin_typed_into_a_cyrillic_target_is_continued_in_latin(ct2):
    """The Cyrillic shortlist cannot write Latin pieces: once the translator keeps
    Latin words (a name, a title) the continuation takes the full vocabulary.
    (The copy model copies English; through the shortlist it writes Cyrillic junk.)"""
    sentence = "The weather will be cold."
    for typed in ("The weather ", "The wea"):
        got = complete_target(ct2, sentence, "en", "ru", typed, max_new_tokens=None)
        assert got.target == sentence, typed


# ------------------------------------------------------- segments of several sentences
FIRST, SECOND = "Бишкек шаарында жаңы мектеп ачылды.", "Ош облусунда жолдор оңдолуп жатат."
TWO = f"{FIRST} {SECOND}"


def test_the_sentence_being_typed_is_paired_with_its_source_sentence():
    three = f"{TWO} Нарын районунда дыйкандар буудай орушту."
    here = current_sentence(three, "ky", "ru", "")
    assert (here.source, here.typed, here.lead, here.count) == (FIRST, "", "", 3)
    here = current_sentence(three, "ky", "ru", "Жаңы мектеп ачылды. Ош обл")
    assert (here.source, here.typed, here.lead) == (SECOND, "Ош обл", "")
    # After a finished sentence, the next one begins (the ghost starts with a space).
    here = current_sentence(three, "ky", "ru", "Жаңы мектеп ачылды.")
    assert (here.source, here.typed, here.lead) == (SECOND, "", " ")
    here = current_sentence(three, "ky", "ru", "Жаңы мектеп ачылды. ")
    assert (here.source, here.typed, here.lead) == (SECOND, "", "")
    # Typed sentences beyond the source's stay with its last sentence.
    many = "Бир. Эки. Үч. Төрт бе"
    here = current_sentence(three, "ky", "ru", many)
    assert (here.source, here.typed) == ("Нарын районунда дыйкандар буудай орушту.", "Төрт бе")


def test_a_segment_of_two_sentences_is_completed_in_the_one_being_typed(engine):
    asked: list[str] = []
    complete = engine.complete

    def spy(source, *args, **kwargs):
        asked.append(source)
        return complete(source, *args, **kwargs)

    engine.complete = spy
    try:
        # The translator rephrased the first sentence; the second is continued from
        # its own source sentence (the copy model: the rest of it).
        typed = "Жаңы мектеп Бишкекте ачылды. Ош облусунда жол"
        got = complete_target(engine, TWO, "ky", "ru", typed, max_new_tokens=None)
        assert got.typed == typed and got.best is not None
        assert got.target == "Жаңы мектеп Бишкекте ачылды. " + SECOND, engine.name
        assert set(asked) == {SECOND}  # the engine saw the current sentence only
        # A finished first sentence: the ghost starts the second one, after a space.
        asked.clear()
        got = complete_target(engine, TWO, "ky", "ru", FIRST, max_new_tokens=None)
        assert got.best.ghost == " " + SECOND, engine.name
        assert set(asked) == {SECOND}
    finally:
        del engine.complete
