"""The command line as a user meets it: help, version, errors, `python -m termbase`."""

import subprocess
import sys
from collections.abc import Callable

import click
import pytest
from click.testing import Result

from termbase import __version__
from termbase.cli import COMMANDS, main

CONTEXT = click.Context(main)


def command(name: str) -> click.Command:
    found = main.get_command(CONTEXT, name)
    assert found is not None, name
    return found


def test_version(run_cli: Callable[..., Result]) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(run_cli: Callable[..., Result], name: str) -> None:
    found = command(name)
    assert found.name == name
    assert found.help and len(found.help.strip()) > 20, name
    result = run_cli(name, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    for parameter in found.params:
        if isinstance(parameter, click.Option):
            assert parameter.help, f"{name} {parameter.name} has no help"


def test_top_level_help_lists_the_commands(run_cli: Callable[..., Result]) -> None:
    result = run_cli("--help")
    for name in COMMANDS:
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


def test_an_unknown_command_is_a_usage_error(run_cli: Callable[..., Result]) -> None:
    result = run_cli("frobnicate")
    assert result.exit_code == 2
    assert "No such command" in result.stderr


def test_lookup_loads_no_other_command() -> None:
    code = (
        "import sys\n"
        "from termbase.cli import main\n"
        "main(['lookup', '--help'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith('termbase.commands.')))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = completed.stdout.strip().splitlines()[-1]
    assert loaded == "['termbase.commands.lookup', 'termbase.commands.options']"
