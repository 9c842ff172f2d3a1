"""Numbers and dates read by value with each language's conventions (core.numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.core.numbers import (
    DayMonth,
    by_value,
    compare,
    month_of,
    numbers_differ,
    quantities,
    read_number,
)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("source", "src", "target", "tgt"),
    [
        ("Баасы 1200 сом.", "ky", "The price is 1,200 som.", "en"),
        ("Цена 1 200 сомов.", "ru", "The price is 1,200 som.", "en"),
        (f"Цена 1{NBSP}200 сомов.", "ru", "The price is 1200 som.", "en"),
        (f"Баасы 1{NNBSP}200,5 сом.", "ky", "The price is 1,200.5 som.", "en"),
        ("Цена 1 200,5 сома.", "ru", "The price is 1,200.5 som.", "en"),
        ("The price is 1,200.5 som.", "en", f"Цена 1{NNBSP}200,5 сома.", "ru"),
        ("Население 7 000 000 человек.", "ru", "The population is 7,000,000 people.", "en"),
        ("Баасы 1,5 пайызга көтөрүлдү.", "ky", "The price rose by 1.5 percent.", "en"),
        ("Ставка 2,50 процента.", "ru", "The rate is 2.5 percent.", "en"),
        ("Президент 24-майда кол койду.", "ky", "The president signed on 24 May.", "en"),
        ("Жыйын 12-мартта өттү.", "ky", "The meeting was held on March 12.", "en"),
        ("Жыйын 12-мартта өттү.", "ky", "Собрание прошло 12 марта.", "ru"),
        ("Собрание прошло 12 марта 2024 года.", "ru", "The meeting was on March 12, 2024.", "en"),
        ("2024-жылдын 12-мартында.", "ky", "12 марта 2024 года.", "ru"),
        ("The meeting was on the 12th of March.", "en", "Жыйын 12-мартта болду.", "ky"),
        ("Дата: 12.03.2024.", "ru", "Date: March 12, 2024.", "en"),
        ("Date: 2024-03-12.", "en", "Дата: 12 марта 2024 г.", "ru"),
        ("Ал 5 мартаба келди.", "ky", "He came 5 times.", "en"),  # мартаба is no month
    ],
)
def test_the_same_values_written_each_languages_way_match(source, src, target, tgt):
    assert not numbers_differ(source, src, target, tgt), compare(source, src, target, tgt)


@pytest.mark.parametrize(
    ("source", "src", "target", "tgt", "missing", "added"),
    [
        ("Цена 1,2 млн сомов.", "ru", "The price is 1,200 som.", "en", ["1,2"], ["1,200"]),
        ("Цена 1 200,5 сома.", "ru", "The price is 1,250.5 som.", "en", ["1 200,5"], ["1,250.5"]),
        (
            "Президент 24-майда кол койду.",
            "ky",
            "The president signed on 25 May.",
            "en",
            ["24-майда"],
            ["25 May"],
        ),
        ("Собрание 12 марта.", "ru", "The meeting on May 12.", "en", ["12 марта"], ["May 12"]),
        (
            "Баасы 1,5 пайызга көтөрүлдү.",
            "ky",
            "It rose by 15 percent and 2.",
            "en",
            ["1,5"],
            ["15", "2"],
        ),
        ("2024-жылы 300 мектеп курулду.", "ky", "In 2024 schools were built.", "en", ["300"], []),
        ("Мектеп курулду.", "ky", "In 2024 a school was built.", "en", [], ["2024"]),
    ],
)
def test_different_values_are_named(source, src, target, tgt, missing, added):
    diff = compare(source, src, target, tgt)
    assert [q.text for q in diff.missing] == missing
    assert [q.text for q in diff.added] == added
    assert numbers_differ(source, src, target, tgt)


def test_readings_follow_the_language():
    assert read_number("1,200", "en") == {Decimal(1200)}
    assert read_number("1,5", "en") == {Decimal("1.5")}
    assert read_number(f"1{NBSP}200,5", "ru") == {Decimal("1200.5")}
    # One separator before exactly three digits, the locale's decimal mark: ambiguous.
    assert read_number("1,200", "ru") == {Decimal(1200), Decimal("1.2")}
    assert read_number("1.200", "en") == {Decimal(1200), Decimal("1.2")}
    assert read_number("1.200.000", "ru") == {Decimal(1200000)}
    assert read_number("1.2.3", "en") == {"1.2.3"}


def test_months_in_three_languages_and_kyrgyz_endings():
    for word in ("март", "марта", "мартта", "мартында", "March", "Mar", "мар."):
        assert month_of(word) == 3, word
    for word in ("май", "мая", "майда", "May", "январда", "января", "Sept"):
        assert month_of(word) in (5, 1, 9), word
    for word in ("мамлекет", "манат", "мартаба", "Marsh"):
        assert month_of(word) is None, word
    found = quantities("2024-жылдын 12-мартында 1 200,5 сом", "ky")
    assert [(q.text, q.values) for q in found] == [
        ("2024", {Decimal(2024)}),
        ("12-мартында", {DayMonth(12, 3)}),
        ("1 200,5", {Decimal("1200.5")}),
    ]


def test_patterns_tried_at_digit_runs_find_what_a_full_scan_finds():
    """quantities() tries its patterns only where a run of digits starts (a speed-up):
    over texts mixing every form, that must give exactly the matches of finditer."""
    import random

    from workbench.core import numbers

    pieces = [
        "12 марта", "12-мартында", "March 12th", "12.03.2024", "2024-03-12", "12/03/24",
        f"1{NBSP}200,5", "1 200 000", "1,200.5", "1.200", "1.2.3", ".5", "12,", "7-", "45",
        "сом", "of May", " ", "-", ".", ",", "/", "x",
    ]  # fmt: skip
    rng = random.Random(15)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    patterns = (numbers._NUMERIC_DATE, numbers._DAY_MONTH, numbers._NUMBER)
    checked = 0
    for text in texts:
        runs = [m.start() for m in numbers._DIGIT_RUN.finditer(text)]
        for pattern in patterns:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in numbers._at_digit_runs(pattern, text, runs)] == expected
            checked += len(expected)
    assert checked > 3000  # the texts did have numbers and dates to find


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("12 марта", "12 мая"),  # days: same digits, other dates
        ("12-март", "12 апреля"),
        ("March 12", "12 мая"),
        ("12th of March", "12 мая"),
        ("1 200 сом", "1200 сом"),  # grouped: the same number
        ("1 200 сом", "1 2 сом"),
        ("100 200 сом", "200 100 сом"),  # 100200 and 200100
        ("It was March 12.", "Это было 12."),  # a date and a number
        ("1,5 литр", "15 литров"),  # a mark makes another number of the same digits
        ("1.200", "1200"),
        (".5", "5"),
        ("12.03.2024", "2024 12 03"),
        ("2024-03-12", "12 03 2024"),
        ("300 сом жана 2024", "2024 и 300 сомов"),  # the shortcut: same whole numbers
        ("300 сом", "301 сом"),
        ("Жок", "Нет"),
        ("007 агент", "7 агент"),
    ],
)
def test_the_same_whole_numbers_shortcut_agrees_with_reading_values(source, target):
    # compare() decides most texts from their runs of digits; where a mark, a space, a
    # possible day or an English month could make them more, it reads the values.
    for src, tgt in (("ky", "ru"), ("en", "ru"), ("ru", "en")):
        assert compare(source, src, target, tgt) == by_value(source, src, target, tgt)
    assert bool(compare("12 марта", "ru", "12 мая", "ru"))
