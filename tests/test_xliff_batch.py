"""Batch folders take XLIFF jobs: MT fills what the file leaves untranslated, written back
the same way as a project export (states, MT provenance, the file's own targets kept)."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.test_xliff import _validate
from workbench.app.batch import BatchOptions, run_batch
from workbench.app.batch_report import FAILED, TRANSLATED
from workbench.core.formats import read_document
from workbench.core.segment import Status
from workbench.core.task import TaskState

NS12 = "urn:oasis:names:tc:xliff:document:1.2"

JOB = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.docx" source-language="ky-KG" target-language="en-US" datatype="x-docx">
    <body>
      <trans-unit id="1">
        <source>Бишкек шаарында <g id="1" ctype="bold">жаңы мектеп</g> ачылды.</source>
      </trans-unit>
      <trans-unit id="2">
        <source>Мектепте кырк сегиз класс бар.</source>
        <target state="final">The school has forty-eight classes.</target>
      </trans-unit>
      <trans-unit id="3" translate="no">
        <source>ISBN 978-9967</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.fixture(scope="module")
def engine(tiny_model_dir, tmp_path_factory):
    from workbench.mt.loader import load_engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_CACHE_DIR", str(tmp_path_factory.mktemp("engine-cache")))
        loaded = load_engine(str(tiny_model_dir))
    yield loaded
    loaded.close()


def test_batch_fills_an_xliff_job_and_keeps_its_own_targets(engine, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "job.xlf").write_text(JOB, encoding="utf-8")
    # A job for another pair: reported, not translated.
    (src / "other.xlf").write_text(JOB.replace('"en-US"', '"ru-RU"'), encoding="utf-8")
    report = run_batch(BatchOptions(src, out, "en"), TaskState(), engine=engine)
    results = {r.path: r for r in report.files}
    assert results["job.xlf"].status == TRANSLATED
    assert results["other.xlf"].status == FAILED
    assert "ru-RU" in results["other.xlf"].reason and "\n" not in results["other.xlf"].reason
    assert not (out / "other.xlf").exists()

    data = (out / "job.xlf").read_bytes()
    _validate(data)
    root = etree.fromstring(data)
    targets = root.findall(f".//{{{NS12}}}target")
    assert len(targets) == 2
    mt = targets[0]
    assert mt.get("state") == "needs-review-translation"
    assert mt.get("state-qualifier") == "mt-suggestion"
    assert mt.find(f"{{{NS12}}}g").get("id") == "1"  # the source's code, placed by alignment
    # The file's own confirmed target and the translate="no" unit are exactly as they were.
    assert b'<target state="final">The school has forty-eight classes.</target>' in data
    assert b'<trans-unit id="3" translate="no">\n        <source>ISBN 978-9967</source>' in data
    doc = read_document(out / "job.xlf")
    assert doc.paragraphs[0].status == Status.MT_DRAFT and doc.paragraphs[0].target.plain.strip()
    assert doc.paragraphs[1].status == Status.CONFIRMED
