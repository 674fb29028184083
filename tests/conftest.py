"""Shared fixtures: where the project and the evaluation data live."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def polnear(split: str) -> Path:
    """Path of a PolNeAR split, or skip the test with a clear message when absent."""
    path = SHARED_DATA / "polnear" / f"{split}.jsonl"
    if not path.is_file():
        pytest.skip(f"evaluation data not found at {path} (it lives in ../shared beside the project)")
    return path
