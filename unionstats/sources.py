"""Read sources: expand the paths a user gives into sources, and each source into documents.

A source is a file (or standard input); a document is one text with its name in the
`doc` column. A report file is one document; a corpus file (.jsonl, .csv, .parquet)
is one document a row, named `file#id`. A bad source or row never stops a run: it
comes out as a `SourceError` (`path: what is wrong`) and the others go on.
"""
from __future__ import annotations

import csv
import errno
import fnmatch
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError
from .readers import SAMPLE, decode, docx_to_text, html_encoding, html_to_text, pdf_to_text

CORPUS_SUFFIXES = (".jsonl", ".csv", ".parquet")
__all__ = ["Document", "ReadOptions", "Source", "SourceError", "expand"]


@dataclass
class Document:
    doc: str                  # the name written in the `doc` column
    text: str                 # the text the offsets refer to
    meta: dict = field(default_factory=dict)  # columns carried into every claim row


@dataclass
class ReadOptions:
    encoding: str | None = None          # force an encoding instead of detecting one
    text_column: str = "text"            # corpus files: the field that holds the text
    id_column: str | None = None         # corpus files: the field that names a row (default: its number)
    keep_columns: tuple[str, ...] = ()   # corpus files: fields carried into every claim


@dataclass(frozen=True)
class Source:
    """A file still to be read: its name in the table and where it is (None: standard input)."""

    doc: str
    path: Path | None
    size: int = 0  # bytes when listed (0: unknown): what a run weighs before reading anything

    def documents(self, options: ReadOptions = ReadOptions()) -> Iterator[Document | SourceError]:
        """The documents of this source, and the errors of rows that cannot be read."""
        if self.path is None:
            yield Document(self.doc, decode(sys.stdin.buffer.read(), "<stdin>", options.encoding))
            return
        suffix = self.path.suffix.lower()
        if suffix in CORPUS_SUFFIXES:
            yield from _corpus(self, suffix, options)
            return
        if suffix == ".pdf":
            yield Document(self.doc, pdf_to_text(self.path))
            return
        data = _read_bytes(self.path)
        if suffix == ".docx":
            text = docx_to_text(data, self.path)
        elif suffix in (".html", ".htm", ".xhtml"):
            text = html_to_text(decode(data, self.path, options.encoding or html_encoding(data)))
        else:
            text = decode(data, self.path, options.encoding)
        del data  # a huge file should not be held twice, as bytes and as text
        if not text.strip():
            raise SourceError(self.path, "no text in this file")
        yield Document(self.doc, text)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise SourceError(path, "is a folder, not a file") from None
    except PermissionError:
        raise SourceError(path, "permission denied") from None
    except OSError as e:
        raise SourceError(path, _os_problem(e)) from None


def _os_problem(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    return (e.strerror or str(e)).lower()


def expand(paths: list[str], pattern: str = "*.txt") -> tuple[list[Source], list[SourceError]]:
    """The sources named by files and folders (folders searched recursively for `pattern`)."""
    sources, errors = [], []
    for given in paths:
        if given == "-":
            sources.append(Source("<stdin>", None))
            continue
        path = Path(given)
        try:
            size = path.stat().st_size
        except OSError as e:
            if path.is_symlink() and e.errno != errno.ELOOP:
                errors.append(SourceError(path, "broken symbolic link"))
            else:
                errors.append(SourceError(path, "no such file or folder" if e.errno == errno.ENOENT
                                          else _os_problem(e)))
            continue
        if path.is_dir():
            found, problems = _walk(path, pattern)
            errors.extend(problems)
            if not found and not problems:
                errors.append(SourceError(path, f"no files matching {pattern!r} in this folder"))
            sources.extend(Source(name, Path(full), size) for name, full, size in found)
        else:
            sources.append(Source(path.name, path, size))
    return sources, errors


def _walk(folder: Path, pattern: str) -> tuple[list[tuple[str, str, int]], list[SourceError]]:
    """(name under the folder, full path, size) of the files matching `pattern`, in sorted order;
    linked folders are not followed (no loops). Plain strings: an archive has 100,000s of files."""
    found, problems = [], []
    top = os.fspath(folder)
    for root, dirs, files in os.walk(top, onerror=lambda e: problems.append(SourceError(e.filename, _os_problem(e)))):
        dirs.sort()
        under = os.path.relpath(root, top).replace(os.sep, "/")
        under = "" if under == "." else under + "/"
        for name in sorted(fnmatch.filter(files, pattern)):
            full = os.path.join(root, name)
            try:
                size = os.stat(full).st_size
            except OSError as e:
                problems.append(SourceError(full, "broken symbolic link" if e.errno == errno.ENOENT else _os_problem(e)))
                continue
            found.append((under + name, full, size))
    return found, problems


# ---- corpus files: one document a row ---------------------------------------------------------

def _corpus(source: Source, suffix: str, options: ReadOptions) -> Iterator[Document | SourceError]:
    rows = {".jsonl": _jsonl_rows, ".csv": _csv_rows, ".parquet": _parquet_rows}[suffix](source.path, options)
    seen_text_column = False
    for number, row in rows:
        if isinstance(row, SourceError):
            yield row
            continue
        if options.text_column not in row:
            if not seen_text_column:
                columns = ", ".join(map(str, row)) or "none"
                raise SourceError(source.path, f"no column {options.text_column!r} (columns: {columns}); "
                                               f"name the text column with --text-column")
            yield SourceError(f"{source.path}:{number}", f"no {options.text_column!r} in this row")
            continue
        seen_text_column = True
        text = row[options.text_column]
        name = row.get(options.id_column, number) if options.id_column else number
        if text is None or not str(text).strip():
            yield SourceError(f"{source.path}:{number}", "empty text in this row")
            continue
        meta = {column: "" if row.get(column) is None else str(row.get(column)) for column in options.keep_columns}
        yield Document(f"{source.doc}#{name}", str(text), meta)


def _jsonl_rows(path: Path, options: ReadOptions):
    encoding = options.encoding or "utf-8-sig"
    try:
        with open(path, encoding=encoding, errors="strict") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    yield number, SourceError(f"{path}:{number}", f"malformed JSON ({e.msg})")
                    continue
                if not isinstance(row, dict):
                    yield number, SourceError(f"{path}:{number}", "a JSON line must be an object")
                    continue
                yield number, row
    except UnicodeDecodeError:
        raise SourceError(path, f"not valid {encoding} text (use --encoding)") from None
    except OSError as e:
        raise SourceError(path, _os_problem(e)) from None


def _csv_rows(path: Path, options: ReadOptions):
    try:
        with open(path, "rb") as raw:
            sample = raw.read(SAMPLE)
    except OSError as e:
        raise SourceError(path, _os_problem(e)) from None
    encoding = options.encoding or _sample_encoding(sample, path)
    csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))
    try:
        with open(path, encoding=encoding, newline="") as f:
            reader = csv.DictReader(f)
            for number, row in enumerate(reader, 1):
                yield number, {k: v for k, v in row.items() if k is not None}
    except (UnicodeDecodeError, csv.Error) as e:
        raise SourceError(path, f"not a readable CSV ({e.__class__.__name__}: {e})") from None


def _sample_encoding(sample: bytes, path: Path) -> str:
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start > len(sample) - 4:  # a character cut by the sample's end
            return "utf-8"
    decode(sample, path)  # raises on binary data
    from charset_normalizer import from_bytes
    best = from_bytes(sample).best()
    return best.encoding if best else "gb18030"


def _parquet_rows(path: Path, options: ReadOptions):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SourceError(path, "reading Parquet needs pyarrow: pip install 'unionstats[parquet]'") from None
    try:
        table = pq.ParquetFile(path)
        number = 0
        for batch in table.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                number += 1
                yield number, row
    except Exception as e:  # pyarrow raises its own zoo of errors for damaged files
        raise SourceError(path, f"not a readable Parquet file ({e.__class__.__name__})") from None
