"""Numbers and dates in text, read by value with each language's conventions.

Used by the guard rails ("numbers differ") and QA checks. A quantity is what a
reader of the language takes it to mean:

- ky/ru: 1 200 (normal, no-break, narrow no-break or thin space between
  thousands) and 1 200,5 (decimal comma); en: 1,200 and 1,200.5. "1.5" is 1.5
  in all three, and a single separator before exactly three digits ("1.200",
  "1,200" written in Russian text) is ambiguous, so both readings count.
- dates with a month name: 12-март, 12-мартында, 12 марта, 12 March,
  March 12th, 12.03.2024, 2024-03-12. A date is (day, month); its year, when
  written, is a number of its own, so "12 марта 2024 г." and "March 12, 2024"
  agree, and "24 мая" / "25 May" do not.

The decimal and group symbols and the month names come from the Unicode CLDR
through Babel, so they are the locales' own; Kyrgyz case endings
(мартта, майда, январында) are matched on the month's stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import NamedTuple

from babel.dates import get_month_names
from babel.numbers import get_decimal_symbol

LANGS = ("ky", "ru", "en")
# Spaces that group thousands (normal, no-break, narrow no-break, thin).
_SPACES = " \u00a0\u202f\u2009"
# Words that start like a month but are none (Kyrgyz "мартаба", times: "5 мартаба").
_NOT_MONTHS = ("мартаба",)


class DayMonth(NamedTuple):
    day: int
    month: int


Value = Decimal | DayMonth | str  # str: a form with no numeric reading ("1.2.3"), compared as is


@dataclass(frozen=True)
class Quantity:
    """A number or date as written, with every value a reader may take it for."""

    text: str
    start: int
    values: frozenset[Value]

    def matches(self, other: Quantity) -> bool:
        return bool(self.values & other.values)


# --------------------------------------------------------------------------- months


@cache
def _month_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(exact forms, Cyrillic stems, English forms) -> month number, from CLDR."""
    exact: dict[str, int] = {}
    stems: dict[str, int] = {}
    english: dict[str, int] = {}
    for lang in LANGS:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale=lang).items():
                    word = name.lower().rstrip(".")
                    (english if lang == "en" else exact)[word] = month
                    if lang != "en" and width == "wide" and context == "stand-alone":
                        stems[word.rstrip("ьй")] = month  # январь -> январ, май -> ма
    english["sept"] = 9
    return exact, stems, english


@lru_cache(maxsize=4096)  # the same few words follow numbers ("5 сом", "12 марта")
def month_of(word: str, *, english_only: bool = False) -> int | None:
    """The month a word names: March, мар., марта, мартта, 12-мартында -> 3."""
    exact, stems, english = _month_words()
    word = word.lower().rstrip(".")
    if word in english:
        return english[word]
    if english_only:
        return None
    if word in exact:
        return exact[word]
    if word.startswith(_NOT_MONTHS):
        return None
    for stem, month in stems.items():
        if word.startswith(stem) and len(word) - len(stem) <= 6:
            rest = word[len(stem) :]
            # A short stem (ма-й) needs a case ending that starts like one: not "мамлекет".
            if len(stem) < 3 and rest and rest[0] not in "йяею":
                continue
            return month
    return None


_WORD = r"[^\W\d_]+"
_DAY = r"(?<![\d.,])(?P<day>[0-3]?\d)"
# 12-март, 12 марта, 24-майда, 12th of March, 12 March.
_DAY_MONTH = re.compile(
    _DAY + r"(?:-?(?:st|nd|rd|th|е|го))?(?:-|[ \u00a0\u202f](?:of )?)(?P<month>" + _WORD + ")",
    re.IGNORECASE,
)
# March 12, March 12th (English order only: "марте 12 человек" is no date).
_MONTH_DAY = re.compile(
    r"(?<!\w)(?P<month>" + _WORD + r")[ \u00a0](?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])",
    re.IGNORECASE,
)
# 12.03.2024, 12/03/24 (day or month first), 2024-03-12.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\d.,/]\d)"
)


# Every number, day and numeric date starts a run of digits (the patterns' look-behinds
# forbid a digit before them), so the patterns are tried only where a run starts instead
# of at every character: a pattern that opens with a look-behind gets no fast scan from
# the regex engine, and this was most of the time a QA run spent on numbers.
_DIGIT_RUN = re.compile(r"\d+")
_HAS_ASCII_LETTER = re.compile("[A-Za-z]")  # English month names are ASCII (March, Sept)


def _at_digit_runs(pattern: re.Pattern[str], text: str, runs: list[int]) -> list[re.Match[str]]:
    """What pattern.finditer(text) gives for a pattern whose matches begin at a digit-run
    start (`runs`): the matches tried there, each after the end of the one before."""
    found: list[re.Match[str]] = []
    end = 0
    for start in runs:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def _dates(text: str, runs: list[int]) -> list[Quantity]:
    found: list[Quantity] = []
    for m in _at_digit_runs(_NUMERIC_DATE, text, runs):
        if m.group("iy"):
            readings = {(int(m.group("id")), int(m.group("im")))}
            year, year_start = m.group("iy"), m.start("iy")
        else:
            a, b = int(m.group("a")), int(m.group("b"))
            readings = {(a, b), (b, a)} if m.group("sep") == "/" else {(a, b)}
            year, year_start = m.group("y"), m.start("y")
        values = frozenset(DayMonth(d, mo) for d, mo in readings if 1 <= d <= 31 and 1 <= mo <= 12)
        if values:
            found.append(Quantity(m.group(), m.start(), values))
            found.append(Quantity(year, year_start, frozenset({Decimal(year).normalize()})))
    day_month = _at_digit_runs(_DAY_MONTH, text, runs)
    # March 12 starts with its month: only English names count, so no Latin letter, no match.
    month_day = list(_MONTH_DAY.finditer(text)) if _HAS_ASCII_LETTER.search(text) else []
    for matches, english_only in ((day_month, False), (month_day, True)):
        for m in matches:
            day, month = int(m.group("day")), month_of(m.group("month"), english_only=english_only)
            if month is None or not 1 <= day <= 31:
                continue
            if any(q.start <= m.start() < q.start + len(q.text) for q in found):
                continue
            start, end = min(m.start("day"), m.start("month")), max(m.end("day"), m.end("month"))
            found.append(Quantity(text[start:end], start, frozenset({DayMonth(day, month)})))
    return found


# -------------------------------------------------------------------------- numbers


# 1 200 000 / 1 200,5 (space-grouped), else digits with . or , inside (1,200.5, 1.5, 2024).
_NUMBER = re.compile(
    rf"(?<![\d.,])(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
)


def _decimal(whole: str, fraction: str = "") -> Decimal:
    try:
        return Decimal(f"{whole or '0'}.{fraction or '0'}").normalize()
    except InvalidOperation:  # pragma: no cover - the pattern gives digits only
        return Decimal(0)


_GROUP_SPACES = re.compile(f"[{_SPACES}]")
_MARKS = re.compile(r"[.,]")


@cache
def _decimal_mark(lang: str) -> str:
    # Cached: Babel builds a Locale on every call, which was a quarter of a project QA run.
    return get_decimal_symbol(lang)


@lru_cache(maxsize=8192)  # texts repeat their numbers (years, 1, 2, 10...)
def read_number(written: str, lang: str) -> frozenset[Value]:
    """The values a written number may stand for in `lang` (ky/ru/en)."""
    text = _GROUP_SPACES.sub("", written) if _GROUP_SPACES.search(written) else written
    decimal_mark = _decimal_mark(lang if lang in LANGS else "en")
    marks = [ch for ch in text if ch in ".,"]
    if not marks:
        return frozenset({_decimal(text)})
    parts = _MARKS.split(text)
    if len(set(marks)) == 2:  # 1,200.5 / 1.200,5: the last mark is the decimal one
        last = max(text.rfind("."), text.rfind(","))
        whole = text[:last].replace(".", "").replace(",", "")
        return frozenset({_decimal(whole, text[last + 1 :])})
    if len(marks) > 1:  # 1,200,000 / 1.200.000 group thousands; 1.2.3 is no number
        if all(len(p) == 3 for p in parts[1:]):
            return frozenset({_decimal("".join(parts))})
        return frozenset({text})
    whole, fraction = parts
    if len(fraction) != 3:
        return frozenset({_decimal(whole, fraction)})  # 1,5 and 1.5 are decimals everywhere
    thousands = _decimal(whole + fraction)
    if marks[0] != decimal_mark:
        return frozenset({thousands})  # en 1,200; the locale's own grouping
    return frozenset({thousands, _decimal(whole, fraction)})  # ru 1,200 / en 1.200: ambiguous


# --------------------------------------------------------------------------- public


def quantities(text: str, lang: str) -> list[Quantity]:
    """The dates and numbers of a text in reading order."""
    runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    if not runs:
        return []  # every date and number has a digit: most texts stop here
    found = _dates(text, runs)
    if found:  # dates are blanked out before numbers are read
        masked = list(text)
        for q in found:
            masked[q.start : q.start + len(q.text)] = " " * len(q.text)
        plain = "".join(masked)
        runs = [m.start() for m in _DIGIT_RUN.finditer(plain)]
    else:
        plain = text
    for m in _at_digit_runs(_NUMBER, plain, runs):
        found.append(Quantity(m.group(), m.start(), read_number(m.group(), lang)))
    return sorted(found, key=lambda q: q.start)


@dataclass(frozen=True)
class NumberDifference:
    missing: tuple[Quantity, ...]  # in the source, not in the target
    added: tuple[Quantity, ...]  # in the target, not in the source

    def __bool__(self) -> bool:
        return bool(self.missing or self.added)


_SAME = NumberDifference((), ())
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _whole_numbers(text: str) -> list[str] | None:
    """The runs of digits of `text` when its quantities are just those runs read as whole
    numbers; None where a run's neighbours may make more of it: a mark before it (1,5 /
    .5 / 12.03.2024 / 2024-03-12 / 1/2), a space after a digit (1 200) or after an English
    word (March 12), or one or two digits before a hyphen, space or letter (a possible
    day: 12-март, 12 марта, 12th). Looks only around the runs (a regex for the same had
    to be tried at every character)."""
    runs = []
    for m in _DIGIT_RUN.finditer(text):
        start, end = m.span()
        if start:
            before = text[start - 1]
            if before in ".,/-":
                return None
            if before.isspace() and start > 1:
                two_back = text[start - 2]
                if two_back.isdecimal() or two_back in _ASCII_LETTERS:
                    return None
        if end - start <= 2 and end < len(text):
            after = text[end]
            if after == "-" or after.isspace() or after.isalnum():
                return None
        runs.append(m.group())
    return runs


def compare(source: str, src: str, target: str, tgt: str) -> NumberDifference:
    """Which numbers and dates of the source the target lacks, and which it adds.

    A quantity counts as present when one of its readings equals one of a
    quantity's on the other side (repeats need not be repeated)."""
    if _same_whole_numbers(source, target):
        return _SAME
    return by_value(source, src, target, tgt)


def _same_whole_numbers(source: str, target: str) -> bool:
    """The usual case, decided without reading values: both texts' quantities are whole
    numbers, the same ones (texts without digits: no runs on either side). Each text is
    scanned for digits once (a search for one first made it twice)."""
    runs = _whole_numbers(source)
    if runs is None:
        return False
    other = _whole_numbers(target)
    return other is not None and sorted(runs) == sorted(other)


def by_value(source: str, src: str, target: str, tgt: str) -> NumberDifference:
    """compare() reading every quantity's values (what the shortcut must agree with)."""
    src_q, tgt_q = quantities(source, src), quantities(target, tgt)
    missing = tuple(q for q in src_q if not any(q.matches(t) for t in tgt_q))
    added = tuple(t for t in tgt_q if not any(t.matches(q) for q in src_q))
    return NumberDifference(missing, added)


def numbers_differ(source: str, src: str, target: str, tgt: str) -> bool:
    return bool(compare(source, src, target, tgt))
