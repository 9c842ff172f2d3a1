"""Guard rails on crafted machine-translation outputs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core import flags
from workbench.core.guards import _max_ngram_run, check_translation

KY = "Президент 24-майда жаңы мыйзамга кол койду."
EN = "The president signed a new law on 24 May."
RU = "Президент подписал новый закон 24 мая."


def test_a_good_translation_has_no_flags():
    assert check_translation(KY, EN, "ky", "en") == frozenset()
    assert check_translation(EN, RU, "en", "ru") == frozenset()
    assert check_translation(RU, KY, "ru", "ky") == frozenset()


def test_empty_output_for_non_empty_input():
    assert check_translation(KY, "  ", "ky", "en") == {flags.MT_EMPTY}
    assert check_translation("", "", "ky", "en") == frozenset()


@pytest.mark.parametrize(
    "output",
    [
        "I'm sorry, I'm sorry, I'm sorry, I'm sorry, I'm sorry.",
        "The president signed signed signed signed the law on 24 May.",
        "The president signed a law on 24 May aaaaaaaaaaaaaaaaaaaaaaaa",
        "law law the law law law the law law law law on 24",
    ],
)
def test_repetition_loops(output):
    assert flags.MT_REPETITION in check_translation(KY, output, "ky", "en")


def test_repetition_that_the_source_has_is_not_flagged():
    source = "Ура! Ура! Ура! Ура!"
    assert flags.MT_REPETITION not in check_translation(
        source, "Hurray! Hurray! Hurray! Hurray!", "ru", "en"
    )


def test_wrong_script():
    assert flags.MT_WRONG_SCRIPT in check_translation(
        EN, "The president signed a law on 24 May.", "en", "ky"
    )
    assert flags.MT_WRONG_SCRIPT in check_translation(KY, RU, "ky", "en")
    # A Latin name inside Cyrillic text is fine.
    assert flags.MT_WRONG_SCRIPT not in check_translation(
        EN, "Microsoft компаниясы 24-майда жаңы мыйзамга кол койду.", "en", "ky"
    )


def test_wrong_language_russian_for_kyrgyz_and_back():
    assert flags.MT_WRONG_LANGUAGE in check_translation(EN, RU, "en", "ky")
    assert flags.MT_WRONG_LANGUAGE in check_translation(EN, KY, "en", "ru")
    assert flags.MT_WRONG_LANGUAGE not in check_translation(EN, KY, "en", "ky")


def test_length_far_off():
    long_source = "Кыргызстан Борбордук Азияда жайгашкан тоолуу өлкө, анын калкы 7 миллиондон ашат."
    assert flags.MT_TOO_SHORT in check_translation(
        long_source, "A country of 7 million.", "ky", "en"
    )
    padded = (
        EN
        + " And the weather will be cold in the mountains for the whole of next week, said experts."
    )
    assert flags.MT_TOO_LONG in check_translation(RU, padded * 2, "ru", "en")
    # A short source translated a bit longer is normal.
    assert check_translation("Ош", "Osh city", "ky", "en") == frozenset()


def test_length_ratio_knows_english_is_shorter():
    ky = "Ысык-Көлдө жаштар спорт мелдешине катышты."
    en = "At Issyk-Kul young people took part in the games."
    assert check_translation(ky, en, "ky", "en") == frozenset()


def test_numbers_are_compared_by_value_in_each_language():
    # 1 200,5 in Kyrgyz is 1,200.5 in English (workbench.core.numbers; tests/test_numbers.py).
    ky = "Бюджет 1\u202f200,5 миң сомго көбөйдү."
    assert check_translation(ky, "The budget grew by 1,200.5 thousand som.", "ky", "en") == set()
    assert flags.MT_NUMBERS_DIFFER in check_translation(
        ky, "The budget grew by 1,250.5 thousand som.", "ky", "en"
    )


def _ngram_run_by_definition(words: list[str], n: int) -> int:
    """The most back-to-back copies of one n-gram, counted at every start."""
    best = 1
    for start in range(len(words)):
        gram, copies = words[start : start + n], 1
        while len(gram) == n and words[start + copies * n : start + (copies + 1) * n] == gram:
            copies += 1
        best = max(best, copies)
    return best


@given(st.lists(st.sampled_from("ab c"), max_size=24), st.integers(1, 5))
def test_ngram_runs_are_counted_as_their_definition_says(words: list[str], n: int) -> None:
    assert _max_ngram_run(words, n) == _ngram_run_by_definition(words, n)
