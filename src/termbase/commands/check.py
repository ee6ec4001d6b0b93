"""``termbase check``: lint texts and translations for term consistency against the glossary."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from termbase.commands.options import glossary_option

if TYPE_CHECKING:
    from termbase.check.command import CheckOutcome


def _selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    """Rule selectors given as repeated options, each possibly comma-separated."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@click.command(name="check")
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="Output: text for people, json (schema in docs/check.md), GitHub annotations, SARIF.",
)
@click.option("--select", multiple=True, help="Rules to run (codes, names or code prefixes).")
@click.option("--extend-select", multiple=True, help="Rules to run besides the selected ones.")
@click.option("--ignore", multiple=True, help="Rules not to run.")
@click.option(
    "--fail-on",
    type=click.Choice(["info", "warning", "error", "never"]),
    help="Exit 1 when a finding is at least this severe [default: warning].",
)
@click.option("--fix", is_flag=True, help="Rewrite files with the safe fixes applied.")
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print the fixes as a diff; change nothing."
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply likely fixes too.")
@click.option("--explain", metavar="CODE", help="Print what a rule checks, and exit.")
@click.option("--list-rules", is_flag=True, help="List every rule, and exit.")
@click.option(
    "--lang", type=click.Choice(["id", "en"]), help="Language of the texts [default: id]."
)
@click.option(
    "--target-lang", type=click.Choice(["id", "en"]), help="Target language of translations."
)
@click.option(
    "--translation",
    metavar="PATH",
    help="The translation of the one PATH given (a file, or a directory of same-named files): "
    "aligned sentence by sentence and checked with the bilingual rules.",
)
@click.option("--include", multiple=True, metavar="GLOB", help="Files a directory walk checks.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files and directories to skip.")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "markdown", "html", "tmx", "po"]),
    default="auto",
    help="Read every input as this kind instead of guessing from its name.",
)
@click.option("--stdin-filename", metavar="NAME", help="The name standard input is shown under.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, help="Processes to check with.")
@click.option("--no-summary", is_flag=True, help="Leave out the table of mixed forms.")
@click.option(
    "--config", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file."
)
@glossary_option("Glossary directory or file [default: the nearest glossary/ directory].")
def check(
    paths: tuple[str, ...],
    output: str,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    fix: bool,
    show_diff: bool,
    unsafe_fixes: bool,
    explain: str | None,
    list_rules: bool,
    lang: str | None,
    target_lang: str | None,
    translation: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    input_format: str,
    stdin_filename: str | None,
    jobs: int,
    no_summary: bool,
    config: Path | None,
    glossary: Path | None,
) -> None:
    """Check texts for term consistency against the glossary.

    PATHS are files and directories (walked recursively) of plain text, Markdown or HTML,
    TMX or PO translation files, or - for standard input. Exits 0 when clean, 1 when a
    finding reaches --fail-on (with --diff: when there is something to fix), 2 on errors.
    """
    from termbase.check import command
    from termbase.check.engine import collector_paused
    from termbase.check.inputs import InputKind
    from termbase.check.registry import RULES, rule_for
    from termbase.project import cache_dir, resolve_project

    if explain:
        click.echo(rule_for(explain).explain(), nl=False)
        return
    if list_rules:
        for rule in RULES:
            state = "" if rule.default else "  (off by default)"
            click.echo(f"{rule.code}  {rule.name:<32}{rule.severity.label:<9}{state}")
        return
    if not paths:
        raise click.UsageError("give files or directories to check (or - for standard input)")
    request = command.CheckRequest(
        paths=paths,
        glossary=resolve_project(glossary, None).glossary,
        cache=cache_dir(),
        config=config,
        select=_selectors(select) or None,
        extend_select=_selectors(extend_select),
        ignore=_selectors(ignore),
        fail_on=fail_on,
        lang=lang,
        target_lang=target_lang,
        include=include,
        exclude=exclude,
        input_format=None if input_format == "auto" else InputKind(input_format),
        stdin_name=stdin_filename,
        stdin=sys.stdin.buffer.read() if "-" in paths else None,
        fix=fix,
        diff=show_diff,
        unsafe_fixes=unsafe_fixes,
        jobs=jobs,
        translation=translation,
    )
    # Paused to the end: else its first pass after the run walks every finding once more.
    with collector_paused():
        outcome = command.check(request)
        _print(outcome, output, no_summary)
    sys.exit(outcome.exit_code)


def _print(outcome: CheckOutcome, output: str, no_summary: bool) -> None:
    from termbase.check import report
    from termbase.check.engine import line_provider

    found = outcome.report
    if outcome.showing_diff:
        for _, patch in outcome.diffs:
            click.echo(patch, nl=False)
        count = len(outcome.diffs)
        click.echo(f"{count} file{'' if count == 1 else 's'} would change", err=True)
    elif output == "json":
        click.echo(report.render_json(found))
    elif output == "sarif":
        click.echo(report.render_sarif(found))
    else:
        lines = (
            report.render_github(found)
            if output == "github"
            else report.render_text(found, line_provider(found), not no_summary)
        )
        _write_lines(lines)
    if not outcome.showing_diff:
        click.echo(report.totals(found, outcome.fixed), err=True)


def _write_lines(lines: Iterable[str], batch: int = 4096) -> None:
    """Print many lines fast: click.echo per line costs more than the checking."""
    out = sys.stdout
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == batch:
            out.write("\n".join(chunk) + "\n")
            chunk = []
    if chunk:
        out.write("\n".join(chunk) + "\n")
    out.flush()
