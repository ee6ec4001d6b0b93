"""Options and exit codes shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FINDINGS = 1
EXIT_ERROR = 2
"""Usage and input errors; ``termbase.cli`` exits with it for every TermbaseError."""


def project_options(command: F) -> F:
    """--glossary and --tm, shared by every command that reads the project."""
    command = click.option(
        "--tm",
        "tm",
        type=click.Path(path_type=Path),
        envvar="TERMBASE_TM",
        help="Translation memory: a TMX file or a directory of them [default: tmx/ beside "
        "the glossary].",
    )(command)
    return glossary_option(
        "Glossary directory or file [default: the nearest glossary/ directory]."
    )(command)


def glossary_option(help_text: str) -> Callable[[F], F]:
    """--glossary/-g (or TERMBASE_GLOSSARY), with the command's own help text."""
    return click.option(
        "--glossary",
        "-g",
        "glossary",
        type=click.Path(path_type=Path),
        envvar="TERMBASE_GLOSSARY",
        help=help_text,
    )
