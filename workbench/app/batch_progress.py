"""A batch run's progress events, and the words both faces show for them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchProgress:
    """One progress event: the whole run, plus the file the event is about."""

    stage: str  # scanning | loading | reading | translating | done
    files_done: int  # files of this run finished (translated or failed)
    files_total: int  # files this run translates (not skipped, not already done)
    sentences_done: int
    sentences_total: int
    file: str = ""  # relative path of the file this event is about
    file_sentences_done: int = 0
    file_sentences_total: int = 0
    sentences_per_second: float = 0.0
    eta_seconds: float | None = None  # None until there is a rate to go by
    workers_alive: int | None = None  # a cluster run's workers not dead or restarting
    workers: int = 0  # a cluster run's workers

    @property
    def fraction(self) -> float:
        return self.sentences_done / self.sentences_total if self.sentences_total else 0.0


def duration(seconds: float) -> str:
    """'1:02:03' for 3723 seconds."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def progress_parts(p: BatchProgress) -> list[str]:
    """['files 3/10', 'sentences 120/500', '35.2 sentences/s', 'ETA 0:01:10'] (and
    'workers 2/2 alive' on a cluster): the CLI
    joins them with commas, the dialog with dots."""
    parts = [f"files {p.files_done}/{p.files_total}"]
    parts.append(f"sentences {p.sentences_done}/{p.sentences_total}")
    if p.sentences_per_second:
        parts.append(f"{p.sentences_per_second:.1f} sentences/s")
    if p.eta_seconds is not None and p.stage != "done":
        parts.append(f"ETA {duration(p.eta_seconds)}")
    if p.workers_alive is not None:
        parts.append(f"workers {p.workers_alive}/{p.workers} alive")
    return parts
