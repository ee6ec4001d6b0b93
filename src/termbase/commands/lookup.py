"""``termbase lookup``: a term in either language, with its concept and TM examples."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from termbase.commands.options import EXIT_FINDINGS, project_options


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--lang",
    type=click.Choice(["id", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the query; auto searches both.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (schema in docs/lookup.md).")
@click.option(
    "--examples",
    type=click.IntRange(0),
    default=3,
    show_default=True,
    help="Translation-memory examples to show per concept.",
)
@click.option(
    "--limit",
    type=click.IntRange(0),
    default=10,
    show_default=True,
    help="Terms containing the query to list at most (0: all); the rest are counted.",
)
@project_options
def lookup(
    query: tuple[str, ...],
    lang: str,
    as_json: bool,
    examples: int,
    limit: int,
    glossary: Path | None,
    tm: Path | None,
) -> None:
    """Look up a term in either language: exact, inflected, part of a term or misspelt.

    Exits 0 when a concept is found, 1 with suggestions (close spellings, related forms)
    when none is.
    """
    from termbase.index import LookupIndex
    from termbase.lookup import lookup as run_lookup
    from termbase.lookup_view import render_text, result_to_json
    from termbase.model import LANGUAGES
    from termbase.project import cache_dir, resolve_project

    project = resolve_project(glossary, tm)
    index = LookupIndex.open(project, cache_dir())
    if index.warning:
        click.echo(f"termbase: warning: {index.warning}", err=True)
    languages = LANGUAGES if lang == "auto" else (lang,)
    result = run_lookup(index, " ".join(query), languages, examples, limit)
    if as_json:
        import json

        click.echo(json.dumps(result_to_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, _highlighter()), nl=False)
    if not result.hits:
        sys.exit(EXIT_FINDINGS)


def _highlighter() -> Callable[[str], str]:
    from termbase.lookup_view import plain_highlight

    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return lambda text: click.style(text, bold=True, fg="yellow")
    return plain_highlight
