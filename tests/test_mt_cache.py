"""The persistent MT cache: keys, persistence, concurrent access, a broken file."""

from __future__ import annotations

import threading

import pytest

from workbench.core.errors import WorkbenchError
from workbench.mt.cache import CacheScope, MTCache, default_cache_path
from workbench.mt.engine import Translation

SCOPE = CacheScope("transformers", "nllb-200-distilled-600M", "abc123", "beam=1")


def test_every_part_of_the_key_matters():
    base = SCOPE.key("ky", "en", "Салам.")
    assert SCOPE.key("ky", "en", "Салам.") == base
    variants = [
        CacheScope("ctranslate2", SCOPE.model_id, SCOPE.revision, SCOPE.settings_key),
        CacheScope(SCOPE.engine, "nllb-200-3.3B", SCOPE.revision, SCOPE.settings_key),
        CacheScope(SCOPE.engine, SCOPE.model_id, "def456", SCOPE.settings_key),
        CacheScope(SCOPE.engine, SCOPE.model_id, SCOPE.revision, "beam=4"),
    ]
    keys = {scope.key("ky", "en", "Салам.") for scope in variants}
    keys |= {SCOPE.key("ru", "en", "Салам."), SCOPE.key("ky", "ru", "Салам.")}
    keys |= {SCOPE.key("ky", "en", "Салам")}
    assert len(keys) == 7 and base not in keys


def test_survives_a_restart_and_lives_in_the_cache_dir(isolated_dirs):
    path = default_cache_path()
    assert path.is_relative_to(isolated_dirs / "cache")
    with MTCache() as cache:
        cache.put_many(SCOPE, "ky", "en", [("Салам.", Translation("Hello.", -0.2))])
    with MTCache() as cache:
        assert cache.get_many(SCOPE, "ky", "en", ["Салам.", "Жок."]) == {
            "Салам.": Translation("Hello.", -0.2)
        }
        assert (cache.hits, cache.misses) == (1, 1)
        assert len(cache) == 1


def test_a_reader_sees_a_writer_at_once(tmp_path):
    path = tmp_path / "mt.sqlite3"
    with MTCache(path) as writer, MTCache(path) as reader:
        writer.put_many(SCOPE, "ru", "ky", [("Да.", Translation("Ооба.", -0.1))])
        assert reader.get_many(SCOPE, "ru", "ky", ["Да."])["Да."].text == "Ооба."


def test_threads_can_share_one_cache(tmp_path):
    errors = []
    with MTCache(tmp_path / "mt.sqlite3") as cache:

        def work(n: int) -> None:
            try:
                for i in range(50):
                    text = f"{n}-{i}"
                    cache.put_many(SCOPE, "en", "ru", [(text, Translation(text, -1.0))])
                    assert cache.get_many(SCOPE, "en", "ru", [text])
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and len(cache) == 200


def test_a_broken_cache_file_is_a_clear_error(tmp_path):
    path = tmp_path / "mt.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkbenchError) as info:
        MTCache(path)
    message = str(info.value)
    assert str(path) in message and "WORKBENCH_CACHE_DIR" in message and "\n" not in message


def test_a_cache_that_cannot_be_written_does_not_stop_translation(tmp_path):
    with MTCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many(SCOPE, "ky", "en", [("Салам.", Translation("Hello.", -0.1))])
        cache._db.execute("PRAGMA query_only = ON")  # writes now fail, as on a full disk
        cache.put_many(SCOPE, "ky", "en", [("Кош.", Translation("Bye.", -0.2))])
        assert cache.error is not None and "going on without it" in cache.error
        found = cache.get_many(SCOPE, "ky", "en", ["Салам.", "Кош."])
        assert found == {"Салам.": Translation("Hello.", -0.1)}
