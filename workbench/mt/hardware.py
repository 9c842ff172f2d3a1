"""What both engines need to know about the machine: cores and devices."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg

NLLB_MAX_INPUT_TOKENS = 512  # the longest inputs NLLB saw in training


def physical_cores() -> int:
    """Physical cores this process may use: hyper-threads slow matrix work down
    (torch fp32 and CTranslate2 int8 alike) rather than help."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 1
    cores: set[tuple[str, str]] = set()
    physical = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "physical id":
                physical = value.strip()
            elif key.strip() == "core id":
                cores.add((physical, value.strip()))
    except OSError:
        pass
    return max(1, min(usable, len(cores) or usable))


def cpu_vendor() -> str:
    """The CPU's vendor string (GenuineIntel, AuthenticAMD...); "" when unknown."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "vendor_id":
                return value.strip()
    except OSError:
        pass
    import platform

    # Windows: "Intel64 Family 6 Model 85 Stepping 7, GenuineIntel".
    for vendor in ("GenuineIntel", "AuthenticAMD"):
        if vendor in platform.processor():
            return vendor
    return ""


def choose_device(device: str, has_cuda: bool) -> str:
    """ "cpu" or "cuda" for a --device of auto, cpu or cuda[:N]."""
    device = (device or "auto").lower()
    if device == "auto":
        return "cuda" if has_cuda else "cpu"
    if device.startswith("cuda"):
        if not has_cuda:
            raise WorkbenchError(
                msg(
                    "--device {device}: no CUDA GPU is available here; use --device cpu",
                    device=device,
                )
            )
        return device
    if device != "cpu":
        raise WorkbenchError(msg("unknown device {device!r}: use auto, cpu or cuda", device=device))
    return device
