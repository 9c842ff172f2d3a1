"""The Qt binding must survive the thousands of signals an MT run emits.

PySide6 6.12.0's SignalInstance.emit() dropped a reference to True or False on
every call; after a few thousand emits Python aborted ("bool_dealloc"), e.g.
when the editor quit after pre-translating. pyproject.toml excludes it; this
test fails if such a build is installed.
"""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    number = Signal(int)
    flag = Signal(bool)

app = QCoreApplication([])
source = Source()
source.number.connect(lambda value: None)
source.flag.connect(lambda value: None)
for i in range(5000):
    source.number.emit(i)
    source.flag.emit(i % 2 == 0)
print("ok")
"""


def test_thousands_of_signals_do_not_break_the_interpreter():
    proc = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-500:]
