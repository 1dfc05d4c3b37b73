"""Write a claims table as it is made: rows are appended document by document to a
temporary file beside the target, which is renamed over it only when complete.

A run that fails or is interrupted (Ctrl-C, SIGTERM) leaves any earlier table untouched
and no partial file. `-` (or no target) streams CSV to standard output instead.
"""
from __future__ import annotations

import csv
import io
import json
import math
import operator
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .table import NUMERIC, OutputError, format_of, plain

PARQUET_BATCH = 20_000
# columns the engine always fills with text (the id, dateline and paper may come from a corpus: not these)
_ALWAYS_TEXT = {"text", "unit", "qualifier", "metric", "label", "category", "province", "city", "period",
                "sentence", "duplicate_of"}


def _readable(path: str) -> None:
    """A temporary file is made private (0600); the finished table gets the usual permissions."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


class Cells:
    """A row (a dict) as CSV cells. The engine's own values are written as they are (str, int,
    None as empty); only floats and columns of other origins are converted."""

    def __init__(self, columns: list[str]):
        self.columns = columns
        self._numeric = [i for i, c in enumerate(columns) if c in NUMERIC]
        self._other = [i for i, c in enumerate(columns) if c not in NUMERIC and c not in _ALWAYS_TEXT]
        self._getter = operator.itemgetter(*columns) if len(columns) > 1 else (lambda row: [row[columns[0]]])

    def __call__(self, row: dict) -> list:
        try:
            cells = list(self._getter(row))
        except KeyError:
            cells = [row.get(c) for c in self.columns]
        for i in self._numeric:
            if type(cells[i]) is not int and cells[i] is not None:
                cells[i] = plain(cells[i])
        for i in self._other:
            if type(cells[i]) is not str:
                cells[i] = _text(cells[i])
        return cells


class CsvLines:
    """Rows already written as CSV text, all but their `duplicate_of` cell, which needs every
    earlier row: a worker renders them with a mark in that cell, and the parent only marks
    repeats and puts each row's cell in place of its mark."""

    __slots__ = ("keys", "places", "body", "mark", "duplicates")

    def __init__(self, keys: list, places: list[str], body: str, mark: str):
        self.keys, self.places, self.body, self.mark = keys, places, body, mark
        self.duplicates = [""] * len(keys)

    def __len__(self) -> int:
        return len(self.keys)

    def text(self) -> str:
        pieces = self.body.split(self.mark)
        out = [pieces[0]]
        for duplicate, piece in zip(self.duplicates, pieces[1:]):
            out.append(_csv_cell(duplicate))
            out.append(piece)
        return "".join(out)


class CsvRenderer:
    """Turns a document's rows into `CsvLines` for `columns` (which hold `duplicate_of`); `key`
    gives a row's repeat key and place (run.repeat_key). One `writerows` for the document: the
    csv module quotes in C, far faster than a line at a time."""

    def __init__(self, columns: list[str], key):
        self.columns, self.key = columns, key
        self.split = columns.index("duplicate_of")
        self.cells = Cells(columns)

    def __call__(self, rows: list[dict]) -> CsvLines:
        cells = list(map(self.cells, rows))
        body, mark = self._body(cells, "\x00"), "\x00"
        if body.count(mark) != len(rows):  # the mark stands in the text itself: one that does not
            mark = next(chr(c) for c in range(0xE000, 0x10FFFF) if chr(c) not in body)
            body = self._body(cells, mark)
        keys, places = zip(*map(self.key, rows)) if rows else ((), ())
        return CsvLines(list(keys), list(places), body, mark)

    def _body(self, cells: list[list], mark: str) -> str:
        for row in cells:
            row[self.split] = mark
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(cells)
        return buffer.getvalue()


def _csv_cell(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(ch in text for ch in ',"\r\n') else text


class TableWriter:
    """`with TableWriter(dest, columns) as out: out.write(rows)`, rows being dicts (or, for CSV,
    `CsvLines` a `CsvRenderer` made)."""

    def __init__(self, dest: str | None, columns: list[str], stdout_format: str = "csv"):
        self.dest, self.columns = dest, columns
        self.stdout = dest in (None, "-")
        self.fmt = stdout_format if self.stdout else format_of(dest)
        self.rows_written = 0
        self._pending: list[dict] = []
        self._tmp = self._file = self._csv = self._parquet = self._atomic = None
        self._cells = Cells(columns)

    def __enter__(self) -> "TableWriter":
        if self.stdout:
            if self.fmt == "csv":
                self._csv = csv.writer(sys.stdout, lineterminator="\n")
                self._csv.writerow(self.columns)
            else:
                self._file = sys.stdout
            return self
        target = Path(self.dest)
        if target.is_dir():
            raise OutputError(f"{self.dest}: is a folder; name a file such as {target / 'stats.csv'}")
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise OutputError(f"{self.dest}: folder {folder} does not exist")
        self._atomic = _atomic(self.dest)
        self._tmp = self._atomic.__enter__()
        if self.fmt in ("csv", "jsonl"):
            self._file = open(self._tmp, "w", encoding="utf-8-sig" if self.fmt == "csv" else "utf-8", newline="")
            if self.fmt == "csv":
                self._csv = csv.writer(self._file, lineterminator="\n")
                self._csv.writerow(self.columns)
        return self

    @property
    def takes_lines(self) -> bool:
        """Whether `write` takes `CsvLines` (a CSV table)."""
        return self.fmt == "csv"

    def write(self, rows: list[dict] | CsvLines) -> None:
        self.rows_written += len(rows)
        if isinstance(rows, CsvLines):
            (sys.stdout if self.stdout else self._file).write(rows.text())
            if self.stdout:
                sys.stdout.flush()
        elif self._csv is not None:
            self._csv.writerows(map(self._cells, rows))
            if self.stdout:
                sys.stdout.flush()
        elif self.fmt == "jsonl":
            for r in rows:
                self._file.write(json.dumps({c: _json(r.get(c), c) for c in self.columns}, ensure_ascii=False) + "\n")
            if self.stdout:
                self._file.flush()
        else:
            self._pending.extend(rows)
            if self.fmt == "parquet" and len(self._pending) >= PARQUET_BATCH:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        schema = pa.schema([(c, pa.int64() if c in ("start", "end") else pa.float64() if c in NUMERIC
                             else pa.string()) for c in self.columns])
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, schema)
        columns = {c: [_json(r.get(c), c) if c in NUMERIC else _text(r.get(c)) for r in self._pending]
                   for c in self.columns}
        self._parquet.write_table(pa.table(columns, schema=schema))
        self._pending = []

    def _close(self) -> None:
        if self.fmt == "parquet":
            if self._pending or self._parquet is None:
                self._flush_parquet()
            self._parquet.close()
        elif self.fmt == "xlsx":
            Path(self._tmp).write_bytes(workbook(self._pending, self.columns))
        elif self._file is not None:
            self._file.close()

    def __exit__(self, kind, error, trace) -> None:
        if self.stdout:
            return
        try:
            if kind is None:
                self._close()
        except BaseException as failure:
            kind, error, trace = type(failure), failure, failure.__traceback__
            raise
        finally:
            if self._file is not None and not self._file.closed:
                self._file.close()
            self._atomic.__exit__(kind, error, trace)  # renamed over the target only if all went well


def _text(value) -> str:
    if type(value) is str:
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _json(value, column):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if column in ("start", "end"):
        return int(value)
    if column in NUMERIC:
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


@contextmanager
def _atomic(dest: str):
    """A temporary path beside `dest`, renamed over it when the block ends without error."""
    target = Path(dest)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent if str(target.parent) else ".")
    os.close(fd)
    try:
        yield tmp
        _readable(tmp)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_text(dest: str, text: str) -> None:
    """A text file (the HTML report) written through a temporary file beside it."""
    with _atomic(dest) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def write_frame(frame, dest: str) -> None:
    """Any table (a summary) to .csv, .jsonl, .parquet or .xlsx, through a temporary file."""
    fmt = format_of(dest)
    with _atomic(dest) as tmp:
        if fmt == "csv":
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "jsonl":
            frame.to_json(tmp, orient="records", lines=True, force_ascii=False)
        elif fmt == "parquet":
            frame.to_parquet(tmp, index=False)
        else:
            buffer = io.BytesIO()
            frame.to_excel(buffer, index=False)
            Path(tmp).write_bytes(buffer.getvalue())


def write_table(frame, dest: str | None) -> None:
    """Write a whole table (a DataFrame from `extract`) the same way."""
    with TableWriter(dest, list(frame.columns)) as out:
        out.write(frame.to_dict("records"))


WIDTHS = {"doc": 28, "text": 14, "label": 16, "sentence": 60, "province": 12, "city": 12, "metric": 22}


def workbook(rows: list[dict], columns: list[str]) -> bytes:
    """An .xlsx a reader can use at once: the claims (styled, frozen header, numbers as numbers,
    sensible widths) and a second sheet summing them by province and metric."""
    import pandas as pd
    from openpyxl.styles import Alignment, Font, PatternFill

    from .summary import summarize
    frame = pd.DataFrame([{c: _json(r.get(c), c) if c in NUMERIC else r.get(c) for c in columns} for r in rows],
                         columns=columns)
    sheets = {"claims": frame}
    if len(frame):
        sheets["summary"] = summarize(frame, ["province", "metric"], ["sum", "count", "min", "max"])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as excel:
        for name, sheet in sheets.items():
            sheet.to_excel(excel, index=False, sheet_name=name)
            ws = excel.sheets[name]
            ws.freeze_panes = "A2"
            for cell in ws[1]:
                cell.font = Font(bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor="2F5597")
                cell.alignment = Alignment(vertical="center")
            for i, column in enumerate(sheet.columns, 1):
                letter = ws.cell(row=1, column=i).column_letter
                ws.column_dimensions[letter].width = WIDTHS.get(column, max(9, min(18, len(str(column)) + 3)))
            ws.auto_filter.ref = ws.dimensions
    return buffer.getvalue()
