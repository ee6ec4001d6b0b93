"""The command line as a user meets it: help, version, errors, `python -m termbase`."""

import subprocess
import sys
from collections.abc import Callable

import click
import pytest
from click.testing import Result

from termbase import __version__
from termbase.cli import main


def test_version(run_cli: Callable[..., Result]) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(run_cli: Callable[..., Result], name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20, name
    result = run_cli(name, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert parameter.help, f"{name} {parameter.name} has no help"


def test_top_level_help_lists_the_commands(run_cli: Callable[..., Result]) -> None:
    result = run_cli("--help")
    for name in main.commands:
        assert name in result.stdout


def test_unknown_option_is_a_usage_error(run_cli: Callable[..., Result]) -> None:
    result = run_cli("lookup", "--frobnicate", "x")
    assert result.exit_code == 2


def test_python_dash_m_works() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "termbase", "--version"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0
    assert __version__ in completed.stdout
