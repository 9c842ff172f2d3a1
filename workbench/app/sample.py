"""The sample project a new user can try from the welcome screen.

A Kyrgyz -> English project of the sample news article (resources/samples), made once
in the workbench's config folder and opened as it was left on later visits. Two of
its sentences are in the memory already (from the English version of the same
article), so the side panel shows what a memory match looks like without any model.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg
from workbench.core.settings import config_dir

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE_NAME = "sample-news-ky-en.wbproj"


def sample_project(folder: Path | None = None, samples: Path = SAMPLES) -> Path:
    """The sample project's path, created on first use."""
    from workbench.core.importer import import_file
    from workbench.core.segmenter import split_paragraph
    from workbench.core.store import Project
    from workbench.core.tm import store_unit

    folder = folder or config_dir() / "sample"
    path = folder / SAMPLE_NAME
    if path.is_file():
        return path
    source = samples / "news_ky.txt"
    if not source.is_file():
        raise WorkbenchError(
            msg(
                "the sample documents are not installed with this copy "
                "({samples} is missing); create a project of your own "
                "instead (File > New project)",
                samples=samples,
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    english = [p for p in (samples / "news_en.txt").read_text("utf-8").split("\n\n") if p.strip()]
    work = path.with_name(path.name + ".making")
    work.unlink(missing_ok=True)
    with Project.create(work, "ky", "en") as project:
        report = import_file(project, source)
        with project.transaction():
            for seg in project.segments(document_id=report.document_id):
                if seg.paragraph != 1 or seg.paragraph >= len(english):
                    continue
                pieces = split_paragraph(english[seg.paragraph].strip(), "en", project.unit)
                if seg.position < len(pieces):
                    text = pieces[seg.position].text
                    store_unit(project, "ky", "en", seg.source, text, origin="sample")
    work.rename(path)  # a half-made sample is never opened as the sample
    return path
