"""What every benchmark prints first: the machine and the command to rerun it."""

from __future__ import annotations

import os
import platform
import resource
import shlex
import sys
from pathlib import Path

#: The repository root; data paths are resolved from here, as in the tests.
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or the platform's guess elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def cores() -> int:
    """Cores this process may use, as ``--jobs 0`` counts them."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def header(title: str) -> None:
    """Print the title, the machine, and the exact command that reproduces the run."""
    command = " ".join(shlex.quote(a) for a in [Path(sys.executable).name, *sys.argv])
    print(f"# {title}")
    print(f"machine: {cores()} cores, {cpu_model()}, Python {platform.python_version()}, {platform.system()}")
    print(f"reproduce (from {ROOT.name}/): {command}")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (more than the cores: "
          "wall-clock figures are inflated; CPU seconds are not)")
    print()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def reset_peak() -> bool:
    """Start a new peak-memory measurement (Linux: clear_refs 5 resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def current_peak_mb() -> float:
    """Peak resident memory since the last reset_peak (VmHWM), else since the start."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def need(path: Path) -> Path:
    """Stop with a clear message when the shared data is not beside the repository."""
    if not path.exists():
        sys.exit(f"{path}: not found (the shared evaluation data is expected at ../shared/data)")
    return path
