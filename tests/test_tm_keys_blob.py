"""A reference TMX's index keeps its matching keys whole (tm_index.store_keys): the first
lookup reads one row instead of every unit's key (seconds for 100,000 units, once per
CLI command). Stored keys that no longer fit the units, or another normaliser's, are
not used. Real TMX files, the real index builder, real lookups."""

from __future__ import annotations

from tests.test_tm_refs import SOURCE, write_tmx
from workbench.app import tm_refs as refs_app
from workbench.core import store_tm, tm, tm_index
from workbench.core.store import Project

MEMORY = [(f"Сүйлөм номер {n} үй-бүлө жөнүндө.", f"Sentence number {n}.") for n in range(300)]
SCHOOL = (SOURCE, "A new school opened in Bishkek.")


def spy_rows(monkeypatch) -> list[tuple]:
    """Every read of unit keys row by row (store_tm.pair_keys), recorded."""
    calls: list[tuple] = []
    real = store_tm.pair_keys

    def pair_keys(project, *args, **kwargs):
        calls.append(args)
        return real(project, *args, **kwargs)

    monkeypatch.setattr(store_tm, "pair_keys", pair_keys)
    return calls


def test_an_index_keeps_its_keys_whole_and_the_first_lookup_reads_no_rows(tmp_path, monkeypatch):
    index = refs_app.build_index(write_tmx(tmp_path / "big.tmx", *MEMORY, SCHOOL))
    real = store_tm.pair_keys
    rows = spy_rows(monkeypatch)
    with Project.open(index, read_only=True) as memory:
        for src, tgt in (("ky", "en"), ("en", "ky")):  # both directions are stored
            whole = tm_index.pair_keys(memory, src, tgt)
            fresh = tm_index.PairKeys(whole.count, whole.max_id)
            fresh.extend(real(memory, src, tgt))  # the same keys, read unit by unit
            assert (whole.ids, whole.compact) == (fresh.ids, fresh.compact)
            assert len(whole.ids) == len(MEMORY) + 1
            assert whole.query("бишкекте жаңы мектеп") == fresh.query("бишкекте жаңы мектеп")
        found = tm.lookup(memory, "Бишкекте жаңы мектеп ачылат.", "ky", "en", references=False)
        assert [m.target for m in found] == [SCHOOL[1]]
    assert rows == []  # no key was read row by row


def test_keys_stored_before_units_were_added_are_not_used(tmp_path, monkeypatch):
    path = tmp_path / "memory.wbproj"
    with Project.create(path, "ky", "en") as memory:
        with memory.transaction():
            tm.store_unit(memory, "ky", "en", *SCHOOL, origin=tm.ORIGIN_TMX)
        with memory.transaction():
            tm_index.store_keys(memory)
    with Project.open(path) as memory, memory.transaction():
        tm.store_unit(memory, "ky", "en", "Бүгүн аба ырайы жакшы болот.", "Fine.", origin="tmx")
    rows = spy_rows(monkeypatch)
    with Project.open(path, read_only=True) as memory:
        assert len(tm_index.pair_keys(memory, "ky", "en").ids) == 2
        # a fuzzy match of the unit added since: found only through the index
        found = tm.lookup(memory, "Бүгүн аба ырайы жакшы болду.", references=False)
        assert [m.target for m in found] == ["Fine."]
    assert rows == [("ky", "en")]  # read from the units instead


def test_keys_stored_by_another_normaliser_are_not_used(tmp_path, monkeypatch):
    index = refs_app.build_index(write_tmx(tmp_path / "small.tmx", SCHOOL))
    monkeypatch.setattr(tm_index, "key_version", lambda: "a later normaliser")
    rows = spy_rows(monkeypatch)
    with Project.open(index, read_only=True) as memory:
        assert len(tm_index.pair_keys(memory, "ky", "en").ids) == 1
    assert rows == [("ky", "en")]
