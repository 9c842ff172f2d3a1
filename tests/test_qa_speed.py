"""The QA run's speed-ups give exactly what the plain code gives (issue 15: a fresh
20,000-segment run; the figures are in benchmarks/RESULTS.md, never asserted here)."""

from __future__ import annotations

import gc

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workbench.core.morph import WORD, text_words
from workbench.core.qa import QaContext, QaText, run_qa
from workbench.core.segment import Status
from workbench.core.termbase import Term, TermEntry

# Letters, digits of other kinds (² ½ Ⅻ are \w but not \d), "_", a combining mark (not
# \w), several kinds of white space (no-break, line separator) and marks.
_ALPHABET = "абвөүңaz ЖZ1²½Ⅻ_\u0301\u00a0\u2028\t\n.,-«»'"


@given(st.text(alphabet=_ALPHABET, max_size=40))
@example("сом. 12сом ²а a_b")
@example("x\u0301y")
def test_text_words_are_what_the_word_pattern_finds(text):
    assert text_words(text) == WORD.findall(text)


@given(st.text(max_size=40))
def test_text_words_on_any_text(text):
    assert text_words(text) == WORD.findall(text)


ENTRIES = [TermEntry({"ky": (Term("өкмөт"),), "ru": (Term("правительство"),)})]


class _Watched(QaText):
    """A row that notes whether the collector was on when the run read it."""

    __slots__ = ("seen",)

    @property
    def status(self) -> int:  # type: ignore[override]
        self.seen = gc.isenabled()
        return Status.NEEDS_REVIEW

    @status.setter
    def status(self, value: int) -> None:
        pass


def _rows() -> list[_Watched]:
    source = "Өкмөттүн чечими."
    return [_Watched(i, source, "Решение.", source, "ky", 0) for i in (1, 2)]


def test_a_project_run_pauses_the_collector_and_puts_it_back():
    ctx = QaContext("ky", "ru", ENTRIES)
    assert gc.isenabled()
    rows = _rows()
    warnings = run_qa(ctx, rows)
    assert [w.check for w in warnings] == ["term-missing", "term-missing"]
    assert [row.seen for row in rows] == [False, False]  # off while the run read them
    assert gc.isenabled()  # and on again after it
    gc.disable()
    try:
        run_qa(ctx, _rows())
        assert not gc.isenabled()  # a collector the caller had turned off stays off
    finally:
        gc.enable()


def test_the_collector_is_back_after_a_run_that_fails():
    class Broken(QaText):
        __slots__ = ()

        @property
        def status(self) -> int:  # type: ignore[override]
            raise RuntimeError("a broken row")

        @status.setter
        def status(self, value: int) -> None:
            pass

    with pytest.raises(RuntimeError):
        run_qa(QaContext("ky", "ru", ENTRIES), [Broken(1, "а", "б", "а", "ky", 0)])
    assert gc.isenabled()
