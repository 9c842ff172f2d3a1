"""Typed, versioned user settings in one JSON file.

The file lives in the platform's config folder (platformdirs), or in
$WORKBENCH_CONFIG_DIR when set (tests point it at a temporary folder). Caches
(MT cache, converted models) live in the cache folder, or $WORKBENCH_CACHE_DIR.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from workbench.core.fileio import atomic_write

SETTINGS_VERSION = 1
APP_NAME = "kyrgyz-workbench"


def config_dir() -> Path:
    env = os.environ.get("WORKBENCH_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    env = os.environ.get("WORKBENCH_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    model: str = "nllb-200-distilled-600M"  # catalogue id, hub id or local folder
    engine: str = "auto"  # auto | ctranslate2 | transformers
    device: str = "auto"  # auto | cpu | cuda
    threads: int = 0  # 0 = match the machine
    beam_size: int = 1
    translator_name: str = ""
    font_size: int = 11
    theme: str = "system"  # system | light | dark
    language: str = ""  # interface: ky | ru | en; "" follows the system locale
    tm_threshold: int = 70
    propagate_repetitions: bool = True
    interactive_mt: bool = True  # ghost-text completion of what the translator types
    lookahead_segments: int = 3  # segments translated ahead in the editor (0: none)
    recent_projects: list[str] = field(default_factory=list)
    reopen_last: bool = True  # open the last project, at its last segment, on start
    last_segments: dict[str, int] = field(default_factory=dict)  # project path -> segment id
    licences_accepted: list[str] = field(default_factory=list)  # e.g. ["CC-BY-NC-4.0"]
    without_mt: bool = False  # the welcome screen's "Continue without machine translation"

    def use_model(self, spec: str) -> None:
        """Machine translation uses `spec` (catalogue id, hub id or checked folder) from now
        on: choosing a model also ends "continue without machine translation"."""
        self.model = spec
        self.without_mt = False

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; a missing or unreadable file gives the defaults."""
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        known = {f.name: f for f in fields(cls)}
        values = {}
        defaults = cls()
        for key, value in raw.items() if isinstance(raw, dict) else ():
            if key in known and key != "version":
                expected = type(getattr(defaults, key))
                if isinstance(value, expected) and not (
                    expected is int and isinstance(value, bool)
                ):
                    values[key] = value
        settings = cls(**values)
        # WORKBENCH_MODEL wins for this run only: save() keeps the file's own choice.
        settings._file_model = settings.model
        env_model = os.environ.get("WORKBENCH_MODEL")
        if env_model:
            settings.model = env_model
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write atomically, so a crash never leaves half a settings file."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(self)
        file_model = getattr(self, "_file_model", None)
        if file_model is not None and self.model == os.environ.get("WORKBENCH_MODEL"):
            data["model"] = file_model
        atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    def add_recent(self, project: str | Path, keep: int = 10) -> None:
        project = str(Path(project).resolve())
        self.recent_projects = [project] + [p for p in self.recent_projects if p != project]
        del self.recent_projects[keep:]
        # Positions are kept only for the projects still in the list.
        self.last_segments = {
            p: s for p, s in self.last_segments.items() if p in self.recent_projects
        }

    def remember_segment(self, project: str | Path, segment_id: int) -> None:
        """Where the translator was in `project` (reopened there next time)."""
        self.last_segments[str(Path(project).resolve())] = segment_id

    def last_segment(self, project: str | Path) -> int | None:
        value = self.last_segments.get(str(Path(project).resolve()))
        return value if isinstance(value, int) and not isinstance(value, bool) else None


def settings_path() -> Path:
    return config_dir() / "settings.json"
