"""The command line: a click group whose commands live in ``termbase.commands``.

Each command module is imported only when its command runs (or help lists it), so that a
``termbase lookup`` from a fresh process pays for its own options and nothing else. Every
error a user can cause surfaces as one line on stderr and exit code 2; findings exit 1.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import click

from termbase import __version__
from termbase.errors import TermbaseError

EXIT_ERROR = 2

COMMANDS: dict[str, str] = {
    "align": "termbase.commands.align:align",
    "align-score": "termbase.commands.align:align_score",
    "check": "termbase.commands.check:check",
    "fmt": "termbase.commands.glossary:fmt",
    "lookup": "termbase.commands.lookup:lookup",
    "validate": "termbase.commands.glossary:validate",
}
"""Command name → ``module:attribute`` of its click command."""


class TermbaseGroup(click.Group):
    """Loads commands on demand and turns library errors into a message and exit code 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command: click.Command = getattr(import_module(module), attribute)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TermbaseError as error:
            click.echo(f"termbase: error: {error}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(EXIT_ERROR)


@click.group(cls=TermbaseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="termbase")
def main() -> None:
    """Indonesian-English terminology: glossary as code, lookup, checking and alignment."""
