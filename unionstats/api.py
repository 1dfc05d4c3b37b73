"""The library behind each CLI verb: `extract`, `load_claims` (for show), `evaluate`."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .claims import Extractor
from .evaluate import Report, load_gold, score
from .rules import builtin_dir, load_rules
from .metadata import describe
from .sources import Document, ReadOptions, Source, SourceError, expand
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
            dump_text: str | Path | None = None,
            on_error: Callable[[SourceError], None] | None = None,
            on_document: Callable[[Source], None] | None = None,
            on_sources: Callable[[list[Source]], None] | None = None) -> ExtractResult:
    """Every claim of every document under `paths` (files, folders, corpus files, `-`).

    Bad sources and rows do not stop the run: each becomes an error in the result (and
    is passed to `on_error` as it happens); the others are still read. With `dump_text`,
    the text of each document (what the offsets refer to) is written to that folder.
    """
    paths = [paths] if isinstance(paths, str) else list(paths)
    extractor = extractor or make_extractor(rules_dirs)
    options = options or ReadOptions()
    sources, errors = expand(paths, glob)

    def failed(error: SourceError) -> None:
        errors.append(error)
        if on_error:
            on_error(error)
    for error in list(errors):
        if on_error:
            on_error(error)
    if on_sources:
        on_sources(sources)
    rows: list[dict] = []
    read = 0
    for source in sources:
        try:
            for item in source.documents(options):
                if isinstance(item, SourceError):
                    failed(item)
                    continue
                read += 1
                if dump_text is not None:
                    _dump(Path(dump_text), item)
                meta = describe(item.text, extractor.rules) | item.meta
                rows.extend(claim.as_dict() | meta for claim in extractor.extract(item.text, item.doc))
        except SourceError as error:
            failed(error)
        if on_document:
            on_document(source)
    return ExtractResult(claims_frame(rows, ["published", "source", *options.keep_columns]), read, errors)


def _dump(folder: Path, document: Document) -> None:
    """Write the text a document's offsets refer to, as folder/<doc>.txt."""
    name = document.doc.replace("#", "_").replace("\\", "/")
    target = folder / (name if name.endswith(".txt") else name + ".txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document.text, encoding="utf-8", newline="")


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
