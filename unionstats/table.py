"""The claims table: build it, write it without ever leaving a half-written file, read it back."""
from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

from .claims import COLUMNS, Claim

# suffix -> (format name, the optional package it needs, the extra that installs it)
FORMATS = {".csv": ("csv", None, None), ".jsonl": ("jsonl", None, None),
           ".parquet": ("parquet", "pyarrow", "parquet"), ".xlsx": ("xlsx", "openpyxl", "xlsx")}
NUMERIC = ("start", "end", "value", "value_max")


class OutputError(Exception):
    """The table cannot be written or read as asked; str() is the one line a user sees."""


def claims_frame(claims: list[Claim] | list[dict], extra: list[str] = ()) -> pd.DataFrame:
    """One row per claim, the columns of `COLUMNS` in order, then any `extra` columns."""
    rows = [c.as_dict() if isinstance(c, Claim) else c for c in claims]
    columns = COLUMNS + [c for c in extra if c not in COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    for column in extra:
        frame[column] = frame[column].fillna("").astype(str)
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in ("value", "value_max"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


def _plain(value):
    """A number as a reader writes it: 638800, not 638800.0; empty for missing."""
    if value is None or pd.isna(value):
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in ("value", "value_max"):
        if column in out:
            out[column] = out[column].map(_plain)
    return out


def format_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise OutputError(f"{path}: unknown table format {suffix or '(no suffix)'!r} (use one of {known})")
    name, package, extra = FORMATS[suffix]
    if package:
        try:
            __import__(package)
        except ImportError:
            raise OutputError(f"{path}: writing {suffix} needs {package}: "
                              f"pip install 'unionstats[{extra}]'") from None
    return name


def _render(frame: pd.DataFrame, fmt: str, stream, for_file: bool) -> None:
    if fmt == "csv":
        _text_frame(frame).to_csv(stream, index=False, encoding="utf-8-sig" if for_file else "utf-8")
    elif fmt == "jsonl":
        frame.to_json(stream, orient="records", lines=True, force_ascii=False)
    elif fmt == "parquet":
        frame.to_parquet(stream, index=False)
    elif fmt == "xlsx":
        frame.to_excel(stream, index=False, sheet_name="claims")


def write_table(frame: pd.DataFrame, dest: str | None) -> None:
    """Write to `dest` (format by suffix) through a temporary file renamed when complete;
    `None` or `-` writes CSV to standard output."""
    if dest in (None, "-"):
        buffer = io.StringIO()
        _text_frame(frame).to_csv(buffer, index=False)
        sys.stdout.write(buffer.getvalue())
        sys.stdout.flush()
        return
    fmt = format_of(dest)
    target = Path(dest)
    if target.is_dir():
        raise OutputError(f"{dest}: is a folder; name a file such as {Path(dest) / 'stats.csv'}")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{dest}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as raw:
            if fmt in ("csv", "jsonl"):
                with io.TextIOWrapper(raw, encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                                      newline="") as text:
                    _render(frame, fmt, text, for_file=True)
            else:
                _render(frame, fmt, raw, for_file=True)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_table(path: str) -> pd.DataFrame:
    """A claims table written by `extract` (any of its formats)."""
    fmt = format_of(path)
    try:
        if fmt == "csv":
            frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        elif fmt == "jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        elif fmt == "parquet":
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_excel(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError) as e:
        raise OutputError(f"{path}: cannot read this claims table ({e})") from None
    missing = [c for c in ("doc", "start", "end", "value", "unit") if c not in frame.columns]
    if missing:
        raise OutputError(f"{path}: not a claims table (no column {', '.join(missing)})")
    for column in NUMERIC:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")
    for column in frame.columns:
        if column not in NUMERIC:
            frame[column] = frame[column].fillna("").astype(str)
    return frame
