"""``termbase validate`` and ``termbase fmt``: the glossary files as code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from termbase.commands.options import EXIT_ERROR, EXIT_FINDINGS, glossary_option

_GLOSSARY_HELP = "Glossary directory or file [default: the nearest glossary/ directory]."


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@glossary_option(_GLOSSARY_HELP)
def validate(paths: tuple[Path, ...], glossary: Path | None) -> None:
    """Check glossary files and list every problem with file:line.

    Exits 0 when valid, 1 when rules are broken, 2 when a file cannot be parsed.
    """
    from termbase.glossary_check import check_locations

    report = check_locations(_glossary_locations(paths, glossary))
    for finding in (*report.syntax_errors, *report.findings):
        click.echo(str(finding))
    click.echo(report.summary(), err=True)
    if report.syntax_errors:
        sys.exit(EXIT_ERROR)
    if report.findings:
        sys.exit(EXIT_FINDINGS)


def _glossary_locations(paths: tuple[Path, ...], glossary: Path | None) -> list[Path]:
    if paths:
        return list(paths)
    from termbase.project import resolve_project

    return [resolve_project(glossary).glossary]


@click.command(name="fmt")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file is not canonical.")
@click.option("--diff", "show_diff", is_flag=True, help="Change nothing; print the changes.")
@glossary_option(_GLOSSARY_HELP)
def fmt(paths: tuple[Path, ...], check: bool, show_diff: bool, glossary: Path | None) -> None:
    """Rewrite glossary files in canonical form, keeping every comment.

    Running it twice changes nothing the second time.
    """
    import difflib

    from termbase.glossary import apply_changes, format_changes, load_documents

    documents = [
        document
        for location in _glossary_locations(paths, glossary)
        for document in load_documents(location)
    ]
    changes = format_changes(documents)
    if show_diff:
        for change in changes:
            click.echo(
                "".join(
                    difflib.unified_diff(
                        change.before.splitlines(keepends=True),
                        change.after.splitlines(keepends=True),
                        change.path,
                        change.path,
                    )
                ),
                nl=False,
            )
    if check or show_diff:
        for change in changes:
            click.echo(f"would reformat {change.path}", err=True)
        if changes:
            sys.exit(EXIT_FINDINGS)
        return
    apply_changes(changes)
    for change in changes:
        click.echo(f"reformatted {change.path}", err=True)
    click.echo(
        f"{len(changes)} file{'s' if len(changes) != 1 else ''} reformatted, "
        f"{len(documents) - len(changes)} unchanged",
        err=True,
    )
