"""How much of the machine other processes took while a benchmark row ran.

A ratio between two rows is only honest when both ran under the same
conditions; on a shared machine another job can halve a row's speed. Around
each row the harness samples the CPU time the whole machine spent busy
(/proc/stat: user, nice, system, irq, softirq and steal, over all CPUs) and the
CPU time of the row's own process tree (this process plus its waited-for
children and their descendants, getrusage). What is left over is what other
processes took; divided by the row's wall time x the CPUs, it is their share
of the machine. Above NOISY_SHARE the run is marked noisy.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

NOISY_SHARE = 0.10  # others took more than ~10% of the machine: the run is noisy
_BUSY_FIELDS = (0, 1, 2, 5, 6, 7)  # user nice system (idle iowait) irq softirq steal


@dataclass(frozen=True)
class CpuSample:
    wall: float  # seconds, monotonic
    busy: float  # CPU seconds the whole machine spent busy since boot
    own: float  # CPU seconds of this process and its reaped descendants
    cpus: int


@dataclass(frozen=True)
class Noise:
    wall: float
    busy: float  # machine CPU seconds in the interval
    own: float  # of which the row's own process tree
    cpus: int

    @property
    def others(self) -> float:
        """CPU seconds other processes took in the interval."""
        return max(0.0, self.busy - self.own)

    @property
    def share(self) -> float:
        """Their share of the machine (0 to 1) over the interval."""
        return self.others / (self.wall * self.cpus) if self.wall > 0 else 0.0

    @property
    def noisy(self) -> bool:
        return self.share > NOISY_SHARE


def _proc_stat() -> tuple[float, int]:
    """(busy CPU seconds since boot, number of CPUs) from /proc/stat."""
    ticks = os.sysconf("SC_CLK_TCK")
    busy, cpus = 0.0, 0
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("cpu "):
            values = [int(v) for v in line.split()[1:]]
            busy = sum(values[i] for i in _BUSY_FIELDS if i < len(values)) / ticks
        elif line.startswith("cpu"):
            cpus += 1
    return busy, max(1, cpus)


def sample() -> CpuSample:
    busy, cpus = _proc_stat()
    own = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        own += usage.ru_utime + usage.ru_stime
    return CpuSample(time.monotonic(), busy, own, cpus)


def between(before: CpuSample, after: CpuSample) -> Noise:
    """What happened between two samples; the row's child must be reaped (waited for)
    before `after` is taken, or its CPU time counts as others'."""
    return Noise(
        wall=after.wall - before.wall,
        busy=after.busy - before.busy,
        own=after.own - before.own,
        cpus=after.cpus,
    )


def ask_child(proc: subprocess.Popen, kind: str) -> tuple[dict, bool]:
    """One trial in a persistent benchmark child: send `kind` on a line, read its JSON
    answer (which carries the child's own CPU seconds as "cpu"), and say whether the
    trial was clean: others took at most NOISY_SHARE of the machine meanwhile (the
    machine's busy time minus this process's and the child's own; the child is not
    reaped yet, so its CPU time must come from its answer)."""
    assert proc.stdin is not None and proc.stdout is not None
    machine = sample()
    proc.stdin.write(kind + "\n")
    proc.stdin.flush()
    answer = json.loads(proc.stdout.readline())
    trial = between(machine, sample())
    others = max(0.0, trial.busy - trial.own - answer["cpu"])
    return answer, others / (trial.wall * trial.cpus) <= NOISY_SHARE


def available() -> bool:
    return Path("/proc/stat").exists()
