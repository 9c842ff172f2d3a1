"""Kyrgyz look-alike letters and the normalisation used for translation-memory matching."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workbench.core.kyrgyz import normalise_for_matching, normalise_lookalikes

LOOKALIKES = [
    # Stand-ins for ө ү ң in Kyrgyz.
    ("Кыргыз Республикасынын Ɵкмɵтү", "ky", "Кыргыз Республикасынын Өкмөтү", ["Ɵ→Ө", "ɵ→ө"]),
    ("Ысык-Кѳл", "ky", "Ысык-Көл", ["ѳ→ө"]),
    ("сүрøт", "ky", "сүрөт", ["ø→ө"]),
    ("тилдин öнүгүүсү", "ky", "тилдин өнүгүүсү", ["ö→ө"]),
    ("мектепте ÿч бала", "ky", "мектепте үч бала", ["ÿ→ү"]),
    ("Ӱй-бүлө", "ky", "Үй-бүлө", ["Ӱ→Ү"]),
    ("Жогорку Кеñеш", "ky", "Жогорку Кеңеш", ["ñ→ң"]),
    ("жаӊы мыйзам", "ky", "жаңы мыйзам", ["ӊ→ң"]),
    ("меҥ", "ky", "мең", ["ҥ→ң"]),
    # Latin y in a Kyrgyz word: ү, unless vowel harmony says у.
    ("кyн жана тyн", "ky", "күн жана түн", ["Latin y→ү"]),
    ("мектептерy", "ky", "мектептерү", ["Latin y→ү"]),
    ("Yй-бүлө", "ky", "Үй-бүлө", ["Latin Y→Ү"]),
    ("Кyлпyнай", "ky", "Кулпунай", ["Latin y→Cyrillic у"]),
    # Latin stand-ins never belong in a Cyrillic word, whatever the language.
    ("Жогорку Кеñеш собрался", "ru", "Жогорку Кеңеш собрался", ["ñ→ң"]),
    # Unknown language: Latin y is ү only next to another Kyrgyz letter.
    ("рyсский язык", None, "русский язык", ["Latin y→Cyrillic у"]),
    ("тyндүк", None, "түндүк", ["Latin y→ү"]),
    ("Ысык-Кѳл", None, "Ысык-Көл", ["ѳ→ө"]),
    # Latin letters inside Cyrillic words.
    ("Кыргыз Pеспубликасы", "ky", "Кыргыз Республикасы", ["Latin P→Cyrillic Р"]),
    ("Pоссия и CША", "ru", "Россия и США", ["Latin P→Cyrillic Р", "Latin C→Cyrillic С"]),
    ("кофе c молоком", "ru", "кофе с молоком", ["Latin c→Cyrillic с"]),
    ("пpoектoв", "ru", "проектов", ["Latin p→Cyrillic р", "Latin o→Cyrillic о"]),
    ("ТEХНИКА", "ru", "ТЕХНИКА", ["Latin E→Cyrillic Е"]),
    ("кyн", "ru", "кун", ["Latin y→Cyrillic у"]),
    ("Pоссия", "en", "Россия", ["Latin P→Cyrillic Р"]),
    # Cyrillic letters inside Latin words.
    (
        "This is а tеst of Microsоft",
        "en",
        "This is a test of Microsoft",
        ["Cyrillic а→Latin a", "Cyrillic е→Latin e", "Cyrillic о→Latin o"],
    ),
    ("Рhoto: Reuters", "en", "Photo: Reuters", ["Cyrillic Р→Latin P"]),
]  # fmt: skip

UNCHANGED = [
    ("Кыргыз Республикасынын Өкмөтү", "ky"),
    ("Жогорку Кеңеш үчүн", "ky"),
    ("Reuters агенттиги", "ky"),
    ("I love Кыргызстан", "en"),
    ("Café naïve, Zoë, Ñandú, Ørsted, Müller", "en"),
    ("Ñandú Ørsted", "ky"),  # Latin words in Kyrgyz text stay Latin
    ("Кѳл", "ru"),  # Kyrgyz stand-ins are Kyrgyz-only
    ("ø", "ky"),
    ("HOME компаниясы", "ky"),
    ("АКИpress агенттиги", "ky"),  # И has no Latin twin: a real mixed-script name
    ("CCCP", "ru"),
    ("iPhone 15 Pro", "ky"),
    ("В. В. Путин", "ru"),
    ("a", "en"),
    ("с", "ru"),
    ("The cat and a dog", "en"),
    ("Россия и Китай", "ru"),
    ("2021-жылы 24-майда", "ky"),
    ("", "ky"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "changes"), LOOKALIKES)
def test_lookalikes_are_normalised(text, lang, expected, changes):
    assert normalise_lookalikes(text, lang) == (expected, changes)


@pytest.mark.parametrize(("text", "lang"), UNCHANGED)
def test_correct_text_is_unchanged(text, lang):
    assert normalise_lookalikes(text, lang) == (text, [])


# Cyrillic, Kyrgyz, Latin look-alikes, stand-ins of both scripts, other Latin, Greek,
# digits and marks: what the shortcut for texts with nothing to change must get right.
_MIXED = "абвекмнорстуххыөүңАВЕКМНОРСТУӨҮҢaceopxyAEHKMOPTXYëÿɵøñѳӱҥӊӈÑÖéßα1 .-"


@given(st.text(alphabet=_MIXED, max_size=30), st.sampled_from(["ky", "ru", "en", None]))
@example("Кɵл", "ky")  # a Latin stand-in past Latin-1
@example("ѳлкѳ", None)  # Cyrillic stand-ins only
@example("у аҥ", "ky")
def test_shortcut_for_texts_without_latin_or_stand_ins_changes_nothing(text, lang):
    # normalise_lookalikes returns at once a text with no Latin letter and no Cyrillic
    # stand-in (a speed-up); the word-by-word rules must give the same.
    from workbench.core.kyrgyz import _by_words

    assert normalise_lookalikes(text, lang) == _by_words(text, lang)


@given(st.text(), st.sampled_from(["ky", "ru", "en", None]))
def test_lookalikes_only_replace_letters(text, lang):
    fixed, changes = normalise_lookalikes(text, lang)
    assert len(fixed) == len(text)
    assert bool(changes) == (fixed != text)
    for old, new in zip(text, fixed, strict=True):
        assert old == new or (old.isalpha() and new.isalpha())
    # Normalising twice changes nothing more.
    assert normalise_lookalikes(fixed, lang) == (fixed, [])


MATCHING_PAIRS = [
    ("«Бишкек шаары» — Кыргызстандын борбору.", '"Бишкек шаары" - Кыргызстандын борбору'),
    ("  Бишкек   шаары\n", "бишкек шаары"),
    ("Ёлка на улице!", "елка на улице"),
    ("Кыргыз Pеспубликасынын Ɵкмɵтү", "кыргыз республикасынын өкмөтү"),
    ("Он сказал… «Да»", 'он сказал... "да"'),
    ("Don’t stop", "don't stop"),
    ("рyсский язык", "Русский язык"),
    ("Ысык-Кѳл", "ысык-көл"),
    ("Кеңеш\u00ad\u200bтин", "Кеңештин"),
    ("ФОТО:  REUTERS", "фото: reuters"),
    ("Бюджет – 5\u00a0млн сом?", "бюджет - 5 млн сом"),
]

DIFFERENT = [
    ("үч", "уч"),  # three / tip: Kyrgyz letters are kept apart
    ("көл", "кол"),
    ("Бишкек шаары", "Ош шаары"),
    ("5 млн", "6 млн"),
    ("не", "нет"),
]


@pytest.mark.parametrize(("a", "b"), MATCHING_PAIRS)
def test_matching_key_ignores_typing_differences(a, b):
    assert normalise_for_matching(a) == normalise_for_matching(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_matching_key_keeps_real_differences(a, b):
    assert normalise_for_matching(a) != normalise_for_matching(b)


def test_matching_key_examples():
    assert normalise_for_matching("  «Бишкек  шаары» — Кыргызстандын борбору…  ") == (
        '"бишкек шаары" - кыргызстандын борбору'
    )
    assert normalise_for_matching("") == ""
    assert normalise_for_matching(" ...!? ") == ""


@given(st.text())
def test_matching_key_is_stable(text):
    key = normalise_for_matching(text)
    assert normalise_for_matching(key) == key
    assert key == key.strip()
    assert "  " not in key
