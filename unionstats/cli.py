"""The `unionstats` command: a thin layer over `unionstats.api`.

Messages go to stderr, tables to stdout or files; a bad input is one line naming
the file and the problem, never a traceback (unless --debug).
"""
from __future__ import annotations

import json
import shutil
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import api
from .evaluate import GoldError
from .regions import Gazetteer
from .rules import CATEGORIES, RuleError
from .show import bar_chart, chinese_magnitude, filter_claims, render
from .sources import ReadOptions, SourceError
from .table import OutputError, claims_frame, format_of
from .claims import COLUMNS
from .run import Run, repeat_key
from .writer import CsvRenderer, TableWriter, write_frame, write_table

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Turn Chinese trade-union reports into a table of quantitative claims.")
err = Console(stderr=True, highlight=False, soft_wrap=True)
EXPECTED = (RuleError, SourceError, OutputError, GoldError)
STATE = {"debug": False}

RulesOption = typer.Option(None, "--rules", help="A folder of rule files laid over the built-in rules (repeatable).")
GlobOption = typer.Option("*.txt", "--glob", help="Which files to read in folders.")


def fail(message: str, code: int = 2) -> None:
    err.print(f"unionstats: error: {message}", markup=False)
    raise typer.Exit(code)


def guarded(run):
    """Run a command body; expected failures become one line and exit 2."""
    try:
        return run()
    except EXPECTED as e:
        fail(str(e))
    except KeyboardInterrupt:
        err.print("unionstats: interrupted", markup=False)
        raise typer.Exit(130)
    except (typer.Exit, typer.Abort):
        raise
    except Exception as e:  # a bug: say so in one line, unless asked for the traceback
        if STATE["debug"]:
            raise
        fail(f"internal error: {e.__class__.__name__}: {e} (run with --debug for the traceback)", 3)


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors.")):
    STATE["debug"] = debug
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum, frame):
    raise KeyboardInterrupt  # unwinds like Ctrl-C: a table being written is removed, not left half-done


def _report_error(error: SourceError) -> None:
    err.print(f"unionstats: {error}", markup=False)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files or folders (searched recursively); - reads standard input."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the table here (.csv, .jsonl, "
                                         ".parquet, .xlsx); without it, or with -, CSV goes to stdout."),
    glob: str = GlobOption,
    rules: Optional[List[str]] = RulesOption,
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Read text in this encoding instead of "
                                           "detecting it (gb18030, big5, utf-8...)."),
    text_column: str = typer.Option("text", "--text-column", help="Corpus files: the field holding the text."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="Corpus files: the field naming a row "
                                            "(default: its number); doc becomes file#id."),
    keep_columns: Optional[List[str]] = typer.Option(None, "--keep-column", help="Corpus files: a field to "
                                                     "carry into every claim row (repeatable)."),
    dump_text: Optional[str] = typer.Option(None, "--dump-text", help="Write each document's text (what the "
                                            "offsets refer to) into this folder."),
    fmt: str = typer.Option("csv", "--format", help="What goes to stdout without -o: csv, jsonl or table."),
    cache: Optional[str] = typer.Option(None, "--cache", help="A folder remembering each document's claims "
                                        "(by content and rules version): re-runs only extract what changed."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on a Dask cluster: a scheduler "
                                            "address, or `local` for a LocalCluster here (pip install "
                                            "'unionstats[dask]'); -o DIR/ writes partitioned Parquet."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Processes extracting at once "
                                       "(default: one per core for big runs, one for small ones)."),
):
    """Every quantitative claim in every text, one row each."""
    def run():
        to_folder = scheduler and output not in (None, "-") and (output.endswith("/") or not Path(output).suffix)
        if output not in (None, "-") and not to_folder:
            format_of(output)  # an unsupported format fails before any work
        extractor = api.make_extractor(rules or ())  # a broken rule file stops here, before any reading
        options = ReadOptions(encoding, text_column, id_column, tuple(keep_columns or ()))
        if fmt not in ("csv", "jsonl", "table"):
            fail(f"unknown --format {fmt!r} (one of: csv, jsonl, table)")
        if scheduler:
            return _on_dask(paths, output, glob, options, tuple(rules or ()), scheduler)
        show_progress = sys.stderr.isatty()
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=True, disable=not show_progress) as bar:
            task = bar.add_task("extracting", total=None)
            run_ = Run(paths, glob, options, tuple(rules or ()), jobs, dump_text, cache, on_error=_report_error,
                       on_sources=lambda sources: bar.update(task, total=len(sources)),
                       on_document=lambda source: bar.update(task, advance=1, description=source.doc[-30:]))
            table = TableWriter(output, COLUMNS + run_.columns_after_claims, fmt)  # opened only once rows come
            if table.takes_lines:
                run_.render = CsvRenderer(table.columns, repeat_key)  # rows become CSV text where they are extracted
            batches = run_.rows(extractor)
            first = next(batches, None)  # nothing is written until something could be read
            if run_.documents and fmt == "table" and output in (None, "-"):
                frame = claims_frame([r for b in ([first] if first else []) for r in b] +
                                     [r for b in batches for r in b], run_.columns_after_claims)
                render(frame, Console(highlight=False, width=None if sys.stdout.isatty() else 140))
                claims = len(frame)
            elif run_.documents:
                with table:
                    for batch in ([first] if first is not None else []):
                        table.write(batch)
                    for batch in batches:
                        table.write(batch)
                    claims = table.rows_written
        where = "" if output in (None, "-") else f" to {output}"
        written = f"{claims} claims written{where}" if run_.documents else "no table written"
        err.print(f"{run_.documents} documents read, {_skipped(run_.errors)}{written}", markup=False)
        if run_.errors:
            raise typer.Exit(1 if run_.documents else 2)
    guarded(run)


def _on_dask(paths, output, glob, options, rules_dirs, scheduler) -> None:
    try:
        from . import dask as on_dask
        client = on_dask.connect(scheduler)
    except ImportError as e:
        fail(str(e))
    folder = output not in (None, "-") and (output.endswith("/") or not Path(output).suffix)
    with client:
        claims = on_dask.extract(paths, glob=glob, options=options, rules_dirs=rules_dirs)
        if folder:
            target = Path(output)
            partial = target.with_name(f".{target.name}.part")
            claims.to_parquet(str(partial), write_index=False)
            if target.exists():
                shutil.rmtree(target)
            partial.rename(target)
            rows = "partitioned Parquet"
        else:
            frame = claims.compute().sort_values(["doc", "start"], kind="stable").reset_index(drop=True)
            write_table(frame, output)
            rows = f"{len(frame)} claims"
    err.print(f"unionstats: {rows} written on Dask ({scheduler})" + (f" to {output}" if output else ""), markup=False)


def _skipped(errors) -> str:
    """`3 skipped (2 not a text file, 1 permission denied), ` or nothing."""
    if not errors:
        return ""
    reasons = Counter(e.problem.split(" (")[0] for e in errors)
    return f"{len(errors)} skipped ({', '.join(f'{n} {why}' for why, n in reasons.most_common())}), "


@app.command()
def show(
    source: Optional[str] = typer.Argument(None, help="A table written by extract, or texts; default: "
                                           "stats.csv here, else the bundled seed reports."),
    region: Optional[str] = typer.Option(None, "--region", help="Province or city, short or full (陕西, 西安市)."),
    metric: Optional[str] = typer.Option(None, "--metric", help="Metric key or label (union_members, 工会会员)."),
    category: Optional[str] = typer.Option(None, "--category", help=f"One of: {', '.join(CATEGORIES)}."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Only documents whose name contains this."),
    limit: Optional[int] = typer.Option(100, "--limit", help="Show at most this many rows (0: all)."),
    sort: Optional[str] = typer.Option(None, "--sort", help="Sort by this column (value: largest first)."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Show these table columns, comma-separated "
                                          "(e.g. doc,text,value,unit,metric,city)."),
    min_value: Optional[float] = typer.Option(None, "--min-value", help="Only claims of at least this value."),
    chart: bool = typer.Option(False, "--chart", help="A bar chart of one metric (--metric) across regions."),
    glob: str = GlobOption,
    rules: Optional[List[str]] = RulesOption,
):
    """A readable table of claims in the terminal, filtered."""
    def run():
        if category and category not in CATEGORIES:
            fail(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")
        frame, used = api.load_claims(source, glob, rules or (), on_error=_report_error)
        err.print(f"unionstats: showing claims from {used}", markup=False)
        extractor = api.make_extractor(rules or ())
        chosen = filter_claims(frame, Gazetteer(extractor.rules), region, metric, category, doc)
        if min_value is not None:
            chosen = chosen[chosen["value"] >= min_value]
        if sort:
            if sort not in chosen.columns:
                fail(f"cannot sort by {sort!r}: no such column (columns: {', '.join(chosen.columns)})")
            chosen = chosen.sort_values(sort, ascending=sort not in ("value", "value_max"), kind="stable")
        out = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
        if chart:
            if not metric:
                fail("--chart draws one metric: name it with --metric")
            bar_chart(chosen, out, metric)
            return
        wanted = [c.strip() for c in columns.split(",")] if columns else None
        unknown = [c for c in wanted or [] if c not in chosen.columns]
        if unknown:
            fail(f"no column {', '.join(unknown)} (columns: {', '.join(chosen.columns)})")
        render(chosen, out, limit or None, columns=wanted)
    guarded(run)


@app.command("eval")
def evaluate(
    gold: str = typer.Argument(..., help="Gold rows, one JSON object a line (doc, start, end, value, unit, ...)."),
    source: Optional[str] = typer.Argument(None, help="A table written by extract, or texts; default: "
                                           "stats.csv here, else the bundled seed reports."),
    show_n: int = typer.Option(0, "--show", help="List this many misses, false claims and disagreements."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    glob: str = GlobOption,
    rules: Optional[List[str]] = RulesOption,
):
    """Score the extraction against hand-annotated gold rows."""
    def run():
        report = api.evaluate(gold, source, glob, rules or ())
        out = Console(highlight=False, soft_wrap=True)
        if show_n:
            for g in report.misses[:show_n]:
                out.print(f"MISS   {g['doc']} {g['start']} {g.get('quote', '')} {g['value']:g} {g['unit']}", markup=False)
            for p in report.false_claims[:show_n]:
                out.print(f"FALSE  {p['doc']} {p['start']} {p.get('text', '')} {p['value']:g} {p.get('unit', '')}",
                          markup=False)
            for name, bad in report.disagreements.items():
                for g, p in bad[:show_n]:
                    out.print(f"{name.upper():10} {g['doc']} {g.get('quote', '')} gold: {g.get(name)} "
                              f"predicted: {p.get(name)}", markup=False)
        figures = report.figures()
        if as_json:
            out.print(json.dumps(figures), markup=False)
        else:
            out.print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                               for k, v in figures.items()), markup=False)
    guarded(run)


@app.command()
def summary(
    source: Optional[str] = typer.Argument(None, help="A table written by extract, or texts; default: "
                                           "stats.csv here, else the bundled seed reports."),
    by: str = typer.Option("province,metric", "--by", help="Columns to group by, comma-separated."),
    values: str = typer.Option("sum,count", "--values", help="Of sum, count, min, max, mean."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the pivot (.csv, .xlsx, .jsonl, .parquet)."),
    keep_duplicates: bool = typer.Option(False, "--keep-duplicates", help="Count repeated passages again."),
    region: Optional[str] = typer.Option(None, "--region", help="Only this province or city."),
    category: Optional[str] = typer.Option(None, "--category", help="Only this category."),
    glob: str = GlobOption,
    rules: Optional[List[str]] = RulesOption,
):
    """A pivot of the claims: sums, counts, ranges by any columns, units never mixed."""
    def run():
        from .summary import BOUND_SIGNS, SummaryError, summarize
        frame, used = api.load_claims(source, glob, rules or (), on_error=_report_error)
        err.print(f"unionstats: summarising claims from {used}", markup=False)
        if region or category:
            frame = filter_claims(frame, Gazetteer(api.make_extractor(rules or ()).rules), region, None, category, None)
        try:
            table = summarize(frame, [c.strip() for c in by.split(",") if c.strip()],
                              [v.strip() for v in values.split(",") if v.strip()], keep_duplicates)
        except SummaryError as e:
            fail(str(e))
        if output:
            write_frame(table, output)
            err.print(f"unionstats: {len(table)} rows written to {output}", markup=False)
            return
        from rich.table import Table
        shown = Table(*table.columns, box=None, header_style="bold")
        for row in table.to_dict("records"):
            cells = []
            for column, value in row.items():
                if column in ("sum", "min", "max", "mean"):
                    sign = BOUND_SIGNS.get(row.get("sum_is", "exact"), "") if column == "sum" else ""
                    cells.append(sign + chinese_magnitude(value))
                else:
                    cells.append("" if value is None or (isinstance(value, float) and value != value) else str(value))
            shown.add_row(*cells)
        Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(shown)
    guarded(run)


@app.command()
def report(
    source: Optional[str] = typer.Argument(None, help="Texts (files or folders); default: the bundled seed reports."),
    output: str = typer.Option("report.html", "-o", "--output", help="The HTML file to write."),
    metrics: Optional[str] = typer.Option(None, "--metrics", help="Metric keys to chart by region, comma-separated "
                                          "(default: the three commonest)."),
    glob: str = GlobOption,
    rules: Optional[List[str]] = RulesOption,
):
    """One self-contained HTML page: the texts with every claim highlighted, a table, charts."""
    def run():
        chosen = [m.strip() for m in metrics.split(",")] if metrics else None
        documents, claims = api.report(source, output, chosen, glob, rules or (), on_error=_report_error)
        err.print(f"unionstats: report of {documents} documents, {claims} claims written to {output}", markup=False)
    guarded(run)


rules_app = typer.Typer(no_args_is_help=True, help="Check and list the rules.")
app.add_typer(rules_app, name="rules")


@rules_app.command("check")
def rules_check(dirs: Optional[List[str]] = typer.Argument(None, help="Rule packs laid over the built-in rules.")):
    """Validate rule files and run every example they carry."""
    def run():
        from .rulecheck import check_rules
        report = check_rules(*(dirs or ()))
        for failure in report.failures:
            err.print(failure, markup=False)
        counts = ", ".join(f"{n} {name}" for name, n in report.counts.items())
        passed = report.examples - len(report.failures)
        Console(highlight=False, soft_wrap=True).print(
            f"rules: {counts}; examples: {passed} of {report.examples} pass", markup=False)
        if report.failures:
            raise typer.Exit(1)
    guarded(run)


@rules_app.command("list")
def rules_list(dirs: Optional[List[str]] = typer.Argument(None, help="Rule packs laid over the built-in rules."),
               category: Optional[str] = typer.Option(None, "--category", help="Only this category.")):
    """The metric taxonomy as a table."""
    def run():
        from rich.table import Table
        rules = api.make_extractor(dirs or ()).rules
        table = Table(title=f"{len(rules.metrics)} metrics")
        table.add_column("key", no_wrap=True)  # what a user filters and pivots on: never cut
        table.add_column("label", no_wrap=True)
        table.add_column("category", no_wrap=True)
        table.add_column("units", ratio=1)
        table.add_column("cues", ratio=2, overflow="fold")
        for m in sorted(rules.metrics.values(), key=lambda m: (CATEGORIES.index(m.category), m.key)):
            if category in (None, m.category):
                table.add_row(m.key, m.label, m.category, " ".join(m.units), "、".join(m.cues[:8])
                              + (" …" if len(m.cues) > 8 else ""))
        Console(highlight=False).print(table)
    guarded(run)


if __name__ == "__main__":
    app()
