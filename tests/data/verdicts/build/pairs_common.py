"""The first set's pairs (train/dev/test), written with the helpers of doclib.py."""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P

__all__ = ["E", "P", "PAIRS", "Q", "S"]
