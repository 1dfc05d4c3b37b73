"""Pivot a claims table: members by province, funds by year, stations by city.

Units are never mixed in one cell (the unit is always part of the grouping), repeated
passages count once unless asked, and bounds stay visible: a sum that includes a
`more_than` value is a lower bound, one with a `less_than` value an upper bound.
"""
from __future__ import annotations

import pandas as pd

VALUES = ("sum", "count", "min", "max", "mean")
BOUND_SIGNS = {"exact": "", "lower bound": "≥", "upper bound": "≤", "approximate": "≈"}


class SummaryError(ValueError):
    """A summary cannot be made as asked; str() is the one line a user sees."""


def _bound(qualifiers: pd.Series) -> str:
    kinds = set(qualifiers)
    if kinds <= {"exact"}:
        return "exact"
    if kinds <= {"exact", "more_than"}:
        return "lower bound"
    if kinds <= {"exact", "less_than"}:
        return "upper bound"
    return "approximate"


def summarize(frame: pd.DataFrame, by: list[str] = ("province", "metric"), values: list[str] = ("sum", "count"),
              keep_duplicates: bool = False) -> pd.DataFrame:
    """One row per group of `by` (and unit): the chosen statistics of `value`, and `sum_is`
    (exact, lower bound, upper bound, approximate) when a sum is asked for."""
    by = list(by)
    missing = [c for c in by if c not in frame.columns]
    if missing:
        raise SummaryError(f"no column {', '.join(missing)} to summarise by (columns: {', '.join(frame.columns)})")
    unknown = [v for v in values if v not in VALUES]
    if unknown:
        raise SummaryError(f"unknown value {', '.join(unknown)} (one of: {', '.join(VALUES)})")
    if not keep_duplicates and "duplicate_of" in frame.columns:
        frame = frame[frame["duplicate_of"].fillna("") == ""]
    keys = by + ([] if "unit" in by else ["unit"])
    if "metric" in by and "label" in frame.columns and "label" not in by:
        keys.insert(by.index("metric") + 1, "label")
    frame = frame.assign(value=pd.to_numeric(frame["value"]))
    grouped = frame.groupby(keys, dropna=False, sort=True)
    out = grouped["value"].agg(list(values)).reset_index()
    if "sum" in values:
        out.insert(out.columns.get_loc("sum") + 1, "sum_is", grouped["qualifier"].agg(_bound).to_numpy())
    if "count" in values:
        out["count"] = out["count"].astype("int64")
    return out
