"""The outcome of a batch run: one FileResult per input file, report.json and a short summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench.core import flags as F
from workbench.core.i18n import msg, nmsg

TRANSLATED = "translated"
SKIPPED = "skipped"
FAILED = "failed"
PENDING = "pending"  # not reached: the run was stopped before this file was finished

REPORT_NAME = "report.json"
REPORT_VERSION = 1
MAX_FLAGGED = 50  # flagged segments listed per file; the counts are always complete


@dataclass
class FileResult:
    path: str  # relative to the source folder, "/"-separated
    status: str  # TRANSLATED | SKIPPED | FAILED | PENDING
    reason: str = ""
    format: str = ""
    encoding: str = ""
    paragraphs: int = 0
    sentences: int = 0  # segments in the file
    machine_translated: int = 0  # segments translated by MT (cached ones included)
    from_memory: int = 0  # 100% translation-memory matches reused
    passed_through: int = 0  # already in the target language, copied unchanged
    reused: bool = False  # finished by an earlier run and unchanged since
    flags: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    flagged: list[dict[str, Any]] = field(default_factory=list)  # the first MAX_FLAGGED

    def info(self) -> dict[str, Any]:
        """What the manifest keeps, so a file reused by a later run is reported in full."""
        data = self.to_json()
        for key in ("path", "status", "reason", "reused"):
            data.pop(key)
        return data

    @classmethod
    def from_info(cls, path: str, info: dict[str, Any]) -> FileResult:
        result = cls(path, TRANSLATED, reused=True)
        for key in ("format", "encoding"):
            setattr(result, key, str(info.get(key, "")))
        for key in (
            "paragraphs",
            "sentences",
            "machine_translated",
            "from_memory",
            "passed_through",
        ):
            setattr(result, key, int(info.get(key, 0)))
        result.flags = Counter(info.get("flags") or {})
        result.languages = Counter(info.get("languages") or {})
        result.flagged = list(info.get("flagged") or [])
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "reason": self.reason,
            "reused": self.reused,
            "format": self.format,
            "encoding": self.encoding,
            "paragraphs": self.paragraphs,
            "sentences": self.sentences,
            "machine_translated": self.machine_translated,
            "from_memory": self.from_memory,
            "passed_through": self.passed_through,
            "flags": dict(sorted(self.flags.items())),
            "languages": dict(sorted(self.languages.items())),
            "flagged": self.flagged,
        }


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class BatchReport:
    source_dir: Path
    out_dir: Path
    target: str
    source: str  # "auto" or a language code
    model: str = ""
    revision: str = ""
    engine: str = ""
    started: str = field(default_factory=now_iso)
    finished: str = ""
    seconds: float = 0.0
    interrupted: bool = False
    error: str = ""  # what stopped the whole run (a full disk...), if anything
    files: list[FileResult] = field(default_factory=list)
    tmx: str = ""  # the TMX written, if any
    cluster: str = ""  # a cluster run: where the MT ran, batches sent again
    # Where report.json was written; empty until it is (a full disk may prevent it), and
    # then the summary says so instead of naming a file that is not there.
    report_file: str = ""

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def ok(self) -> bool:
        """Every supported file was translated."""
        return not self.error and all(f.status in (TRANSLATED, SKIPPED) for f in self.files)

    @property
    def sentences(self) -> int:
        return sum(f.sentences for f in self.files if f.status == TRANSLATED)

    def to_json(self) -> dict[str, Any]:
        flags: Counter[str] = Counter()
        for f in self.files:
            flags.update(f.flags)
        return {
            "report": REPORT_VERSION,
            "source_dir": str(self.source_dir),
            "out_dir": str(self.out_dir),
            "source_language": self.source,
            "target_language": self.target,
            "model": self.model,
            "model_revision": self.revision,
            "engine": self.engine,
            "started": self.started,
            "finished": self.finished,
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "error": self.error,
            "tmx": self.tmx,
            "cluster": self.cluster,
            "totals": {
                "files": len(self.files),
                TRANSLATED: self.count(TRANSLATED),
                "reused": sum(1 for f in self.files if f.reused),
                SKIPPED: self.count(SKIPPED),
                FAILED: self.count(FAILED),
                PENDING: self.count(PENDING),
                "sentences": self.sentences,
                "flags": dict(sorted(flags.items())),
            },
            "files": [f.to_json() for f in self.files],
        }

    def summary(self) -> str:
        """A few lines for a person: totals, the failures with their reasons, flags to review."""
        return "\n".join(self.summary_lines())

    def summary_lines(self, label: Callable[[str], str] = F.label) -> list[str]:
        """summary()'s lines, each a core message (the GUI shows them translated; its
        `label` names the flags in the interface language)."""
        lines: list[str] = []
        head = msg(
            "{translated} translated, {skipped} skipped, {failed} failed",
            translated=self.count(TRANSLATED),
            skipped=self.count(SKIPPED),
            failed=self.count(FAILED),
        )
        if self.count(PENDING):
            head = msg("{head}, {pending} not done yet", head=head, pending=self.count(PENDING))
        reused = sum(1 for f in self.files if f.reused)
        if reused:
            head = msg("{head} ({reused} unchanged since an earlier run)", head=head, reused=reused)
        lines.append(
            nmsg(
                "{head}; {n} sentence in {seconds:.1f} s",
                "{head}; {n} sentences in {seconds:.1f} s",
                self.sentences,
                head=head,
                seconds=self.seconds,
            )
        )
        if self.cluster:
            lines.append(msg("MT on {cluster}", cluster=self.cluster))
        if self.error:
            lines.append(msg("stopped: {error}", error=self.error))
        for f in self.files:
            if f.status == FAILED:
                lines.append(msg("  failed: {path}: {reason}", path=f.path, reason=f.reason))
        skipped = [f for f in self.files if f.status == SKIPPED]
        for f in skipped[:10]:
            lines.append(msg("  skipped: {path}: {reason}", path=f.path, reason=f.reason))
        if len(skipped) > 10:
            more = msg(" (see the report)") if self.report_file else ""
            lines.append(
                msg("  ... and {count} more skipped{more}", count=len(skipped) - 10, more=more)
            )
        flags: Counter[str] = Counter()
        for f in self.files:
            flags.update({k: v for k, v in f.flags.items() if k in F.MT_FLAGS})
        if flags:
            text = ", ".join(f"{n} {label(k)}" for k, n in flags.most_common())
            lines.append(msg("to review: {flags}", flags=text))
        if self.report_file:
            lines.append(msg("report: {file}", file=str(self.report_file)))
        else:
            lines.append(msg("no report file was written (see above)"))
        return lines
