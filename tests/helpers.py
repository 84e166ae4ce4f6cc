"""Helpers the tests import (conftest.py holds the fixtures)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "demo" / "seed-article.txt"  # copy of ../shared/seed-article.txt


def run_cli(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck.flows.cli", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)
