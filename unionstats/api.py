"""The library behind each CLI verb: `extract`, `load_claims` (for show), `evaluate`."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a frame is made: `extract` to CSV never needs it
    import pandas as pd

from .claims import COLUMNS, Extractor
from .evaluate import Report, load_gold, score
from .rules import builtin_dir, load_rules
from .run import Repeats, Run, document_rows
from .sources import Document, ReadOptions, Source, SourceError
from .table import FORMATS, claims_frame, read_table

DEFAULT_TABLE = "stats.csv"


@dataclass
class ExtractResult:
    frame: pd.DataFrame
    documents: int = 0
    errors: list[SourceError] = field(default_factory=list)


def make_extractor(rules_dirs: Iterable[str] = ()) -> Extractor:
    """An extractor with the built-in rules and any user rule packs laid over them."""
    return Extractor(load_rules(*rules_dirs))


def extract(paths: list[str] | str, glob: str = "*.txt", rules_dirs: Iterable[str] = (),
            extractor: Extractor | None = None, options: ReadOptions | None = None,
            dump_text: str | Path | None = None, jobs: int | None = 1,
            on_error: Callable[[SourceError], None] | None = None,
            on_document: Callable[[Source], None] | None = None,
            on_sources: Callable[[list[Source]], None] | None = None) -> ExtractResult:
    """Every claim of every document under `paths` (files, folders, corpus files, `-`), as a DataFrame.

    Bad sources and rows do not stop the run: each becomes an error in the result (and
    is passed to `on_error` as it happens); the others are still read. With `dump_text`,
    the text of each document (what the offsets refer to) is written to that folder.
    `jobs` extracts in a process pool (None: one process per core). For a corpus too big
    for memory, stream `Run(...).rows()` into a `TableWriter` instead, as the CLI does.
    """
    run = Run([paths] if isinstance(paths, str) else list(paths), glob, options or ReadOptions(),
              tuple(rules_dirs), jobs, dump_text, on_error=on_error, on_sources=on_sources, on_document=on_document)
    rows = [row for batch in run.rows(extractor) for row in batch]
    return ExtractResult(claims_frame(rows, run.columns_after_claims), run.documents, run.errors)


def extract_frame(frame: pd.DataFrame, text_column: str = "text", id_column: str | None = None,
                  extractor: Extractor | None = None) -> pd.DataFrame:
    """Pandas in, pandas out: the claims of every row of `frame` (one document a row), with
    `doc` the row's id (`id_column`, else its index) and the other columns carried along.

    This is the one engine entry that Dask maps over partitions; Spark's `mapInPandas`
    or any engine that maps pandas frames can run it the same way."""
    extractor = extractor or _shared_extractor()
    keep = [c for c in frame.columns if c not in (text_column,) and c not in COLUMNS]
    rows, repeats = [], Repeats()
    for index, record in zip(frame.index, frame.to_dict("records")):
        text = record.get(text_column)
        if text is None or (isinstance(text, float) and math.isnan(text)) or not str(text).strip():
            continue
        name = str(record[id_column]) if id_column else str(index)
        extra = {c: record[c] for c in keep}
        rows.extend(row | extra for row in repeats.mark(document_rows(extractor, Document(name, str(text)))))
    return claims_frame(rows, ["duplicate_of", "published", "source", *keep])


_SHARED: dict = {}


def _shared_extractor() -> Extractor:
    if "extractor" not in _SHARED:
        _SHARED["extractor"] = Extractor(load_rules())
    return _SHARED["extractor"]


def report(source: str | None = None, output: str = "report.html", metrics: list[str] | None = None,
           glob: str = "*.txt", rules_dirs: Iterable[str] = (),
           on_error: Callable[[SourceError], None] | None = None) -> tuple[int, int]:
    """Write the evidence report of the texts under `source` (default: the bundled seeds) to
    `output`, through a temporary file; return (documents, claims)."""
    from .report import build_report
    from .writer import atomic_text
    if source is not None and is_table(source) and not source.lower().endswith(".txt"):
        raise SourceError(source, "a report needs the texts themselves: give their folder or files")
    texts: dict[str, str] = {}
    run = Run([source or str(bundled_seeds())], glob, rules_dirs=tuple(rules_dirs), on_error=on_error, texts=texts)
    frame = claims_frame([row for batch in run.rows() for row in batch], run.columns_after_claims)
    if not run.documents:
        raise SourceError(source, "nothing could be read")
    atomic_text(output, build_report(frame, texts, metrics, title=f"unionstats: {Path(source).name if source else 'seed reports'}"))
    return run.documents, len(frame)


def bundled_seeds() -> Path:
    return builtin_dir("seeds")


def is_table(path: str) -> bool:
    return Path(path).suffix.lower() in FORMATS and Path(path).is_file()


def load_claims(source: str | None, glob: str = "*.txt", rules_dirs: Iterable[str] = (),
                on_error: Callable[[SourceError], None] | None = None) -> tuple[pd.DataFrame, str]:
    """Claims from a table written by `extract`, or from texts extracted on the fly.

    Without a source: `stats.csv` in the current folder if there is one, else the
    seed reports bundled with the package. Returns the table and what was used.
    """
    if source is None:
        if Path(DEFAULT_TABLE).is_file():
            return read_table(DEFAULT_TABLE), DEFAULT_TABLE
        seeds = bundled_seeds()
        return extract([str(seeds)], "*.txt", rules_dirs, on_error=on_error).frame, "the bundled seed reports"
    if is_table(source) and not source.lower().endswith(".txt"):
        return read_table(source), source
    result = extract([source], glob, rules_dirs, on_error=on_error)
    if not result.documents:
        raise SourceError(source, "nothing could be read")
    return result.frame, source


def evaluate(gold_path: str, source: str | None = None, glob: str = "*.txt",
             rules_dirs: Iterable[str] = ()) -> Report:
    """Score the claims of `source` (see `load_claims`) against a gold JSONL file."""
    gold = load_gold(gold_path)
    frame, _ = load_claims(source, glob, rules_dirs)
    return score(gold, frame)
