"""The claims table: its columns, its formats, and reading it back (writing is in writer.py)."""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a frame is made: `extract` to CSV never needs it
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
    import pandas as pd
    rows = [c.as_dict() if isinstance(c, Claim) else c for c in claims]
    columns = COLUMNS + [c for c in extra if c not in COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    for column in [c for c in COLUMNS if c not in NUMERIC] + ["duplicate_of", "published", "source"]:
        if column in frame:
            frame[column] = frame[column].fillna("").astype(str)
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in ("value", "value_max"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


def plain(value) -> str:
    """A number as a reader writes it: 638800, not 638800.0; empty for missing."""
    if value is None or value == "":
        return ""
    if type(value) is int:  # the engine's own values: no conversion to check
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        import pandas as pd  # a cell of a frame (pd.NA, NaT): pandas is loaded already
        return "" if pd.isna(value) else str(value)
    if math.isnan(number):
        return ""
    return str(int(number)) if number.is_integer() else repr(number)


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


def read_table(path: str) -> pd.DataFrame:
    """A claims table written by `extract` (any of its formats)."""
    import pandas as pd
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
