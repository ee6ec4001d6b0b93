"""The command line: each command parses options, calls the library, prints the result.

Every error a user can cause surfaces as one line on stderr and exit code 2; findings exit 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from termbase import __version__
from termbase.errors import TermbaseError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FINDINGS = 1
EXIT_ERROR = 2


class TermbaseGroup(click.Group):
    """Turns library errors into a clear message and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TermbaseError as error:
            click.echo(f"termbase: error: {error}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(EXIT_ERROR)


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
    return glossary_option(command)


def glossary_option(command: F) -> F:
    """--glossary, for commands that read the glossary only."""
    return click.option(
        "--glossary",
        "-g",
        "glossary",
        type=click.Path(path_type=Path),
        envvar="TERMBASE_GLOSSARY",
        help="Glossary directory or file [default: the nearest glossary/ directory].",
    )(command)


@click.group(cls=TermbaseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="termbase")
def main() -> None:
    """Indonesian-English terminology: glossary as code, lookup, checking and alignment."""


@main.command()
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
@project_options
def lookup(
    query: tuple[str, ...],
    lang: str,
    as_json: bool,
    examples: int,
    glossary: Path | None,
    tm: Path | None,
) -> None:
    """Look up a term in either language: exact, inflected or misspelt.

    Exits 0 when a concept is found, 1 with "did you mean" suggestions when none is.
    """
    from termbase.index import LookupIndex
    from termbase.lookup import lookup as run_lookup
    from termbase.lookup_view import render_text, result_to_json
    from termbase.model import LANGUAGES
    from termbase.project import cache_dir, resolve_project

    project = resolve_project(glossary, tm)
    index = LookupIndex.open(project, cache_dir())
    languages = LANGUAGES if lang == "auto" else (lang,)
    result = run_lookup(index, " ".join(query), languages, examples)
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


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_options
def validate(paths: tuple[Path, ...], glossary: Path | None, tm: Path | None) -> None:
    """Check glossary files and list every problem with file:line.

    Exits 0 when valid, 1 when rules are broken, 2 when a file cannot be parsed.
    """
    from termbase.glossary_check import check_locations

    report = check_locations(_glossary_locations(paths, glossary, tm))
    for finding in (*report.syntax_errors, *report.findings):
        click.echo(str(finding))
    click.echo(report.summary(), err=True)
    if report.syntax_errors:
        sys.exit(EXIT_ERROR)
    if report.findings:
        sys.exit(EXIT_FINDINGS)


def _glossary_locations(
    paths: tuple[Path, ...], glossary: Path | None, tm: Path | None
) -> list[Path]:
    if paths:
        return list(paths)
    from termbase.project import resolve_project

    return [resolve_project(glossary, tm).glossary]


@main.command(name="fmt")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file is not canonical.")
@click.option("--diff", "show_diff", is_flag=True, help="Change nothing; print the changes.")
@project_options
def format_command(
    paths: tuple[Path, ...],
    check: bool,
    show_diff: bool,
    glossary: Path | None,
    tm: Path | None,
) -> None:
    """Rewrite glossary files in canonical form, keeping every comment.

    Running it twice changes nothing the second time.
    """
    import difflib

    from termbase.glossary import apply_changes, format_changes, load_documents

    documents = [
        document
        for location in _glossary_locations(paths, glossary, tm)
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


def _selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    """Rule selectors given as repeated options, each possibly comma-separated."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@main.command(name="check")
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
@glossary_option
def check_command(
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
    from termbase.check import command, report
    from termbase.check.engine import line_provider
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
    )
    outcome = command.check(request)
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
    sys.exit(outcome.exit_code)


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
