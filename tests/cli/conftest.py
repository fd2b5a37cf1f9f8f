"""Commands run in this process (tests/cli_runner.py) on the application object pytest-qt makes for the session."""

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp
