"""Shared fixtures: the demo's local web on 127.0.0.1, the registry, an isolated Prefect home."""

from __future__ import annotations

import os

import pytest

from claimcheck.demo.server import DemoWeb
from claimcheck.extractors.entities import EntityIndex, build_index
from claimcheck.sources.registry import load_registry



@pytest.fixture(scope="session")
def index() -> EntityIndex:
    return build_index(load_registry())


@pytest.fixture(scope="session")
def demo_web():
    with DemoWeb() as web:
        yield web


@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory) -> dict[str, str]:
    """Environment for CLI subprocesses: a Prefect home of the test session's own, quiet, offline."""
    home = tmp_path_factory.mktemp("prefect-home")
    env = dict(os.environ)
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    })
    env.pop("PREFECT_API_URL", None)
    env.pop("CLAIMCHECK_ALLOW_HOSTS", None)
    env.pop("CLAIMCHECK_MIRRORS", None)
    return env

