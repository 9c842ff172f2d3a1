"""The QA run's speed-ups give exactly what the plain code gives (issue 15: a fresh
20,000-segment run; the figures are in benchmarks/RESULTS.md, never asserted here)."""

from __future__ import annotations

import gc

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workbench.core.morph import WORD, text_words
from workbench.core.qa import QaContext, QaText
from workbench.core.qa_run import run_qa
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


def _match_key_by_split(text: str) -> str:
    """match_key as it was: split/join on every text."""
    from workbench.core.qa_text import _FOLD, _TRAIL_CHARS

    return " ".join(text.translate(_FOLD).casefold().split()).rstrip(_TRAIL_CHARS)


# Every kind of white space str.split knows, ß (casefold makes it longer), marks the key
# folds or strips.
_KEY_ALPHABET = (
    "аАёЁßİ ab\t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u1680\u2003\u2028\u2029\u202f\u3000.!?,«»—…\u00ad"
)


@given(st.text(alphabet=_KEY_ALPHABET, max_size=30))
@example(" а\u00a0б ")
@example("а\tб")
@example("а  б ,")
@example("а\u2028б")
def test_match_key_splits_only_where_white_space_needs_it(text):
    from workbench.core.qa_text import match_key

    assert match_key(text) == _match_key_by_split(text)


def _consistency_by_groups(segments):
    """check_consistency as it was: a group for every key, kept if it has variants."""
    from collections import defaultdict

    from workbench.core.i18n import nmsg
    from workbench.core.qa import INCONSISTENT, QaWarning
    from workbench.core.qa_text import match_key

    by_source = defaultdict(lambda: defaultdict(list))
    by_target = defaultdict(lambda: defaultdict(list))
    for seg in segments:
        if not seg.target.strip():
            continue
        skey, tkey = match_key(seg.mt_source), match_key(seg.target_plain)
        if skey and tkey:
            by_source[skey][tkey].append(seg.id)
            by_target[tkey][skey].append(seg.id)
    out = []
    for groups, what in ((by_source, "source"), (by_target, "target")):
        for key, variants in groups.items():
            if len(variants) < 2:
                continue
            ids = sorted(i for seg_ids in variants.values() for i in seg_ids)
            for sid in ids:
                others = ", ".join(f"#{i}" for i in ids if i != sid)
                one, many = (
                    ("translation", "translations") if what == "source" else ("source", "sources")
                )
                message = nmsg(
                    f"The same {what} has {{n}} different {one} (segments {{others}})",
                    f"The same {what} has {{n}} different {many} (segments {{others}})",
                    len(variants),
                    others=others,
                )
                out.append(QaWarning(sid, INCONSISTENT, message, f"{what}:{key[:80]}"))
    return out


_SOURCES = st.sampled_from(["Бир.", "бир", "Эки!", " ", "Үч", "Бир"])
_TARGETS = st.sampled_from(["Один.", "один", "Два", "", "Три.", "Два!"])


@given(st.lists(st.tuples(_SOURCES, _TARGETS), max_size=12))
@example([("Бир.", "Один."), ("бир", "Два"), ("Эки!", "Два"), ("Үч", "Три.")])
def test_consistency_groups_only_keys_with_variants(pairs):
    from workbench.core.qa import check_consistency

    rows = [QaText(i + 1, s, t, s, "ky", 0) for i, (s, t) in enumerate(pairs)]
    assert check_consistency(rows) == _consistency_by_groups(rows)
