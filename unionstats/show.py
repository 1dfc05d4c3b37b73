"""Filter a claims table and show it in the terminal the way a Chinese reader writes numbers."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table

from .regions import Gazetteer

if TYPE_CHECKING:
    import pandas as pd

SIGNS = {"exact": "", "more_than": ">", "less_than": "<", "approx": "≈"}
CATEGORY_STYLE = {
    "membership": "cyan", "organizations": "blue", "workforce": "bright_blue", "funds": "green",
    "facilities": "magenta", "activities": "yellow", "participation": "bright_cyan",
    "assistance": "red", "awards": "bright_yellow", "personnel": "bright_magenta",
    "rates": "bright_green", "other": "white",
}


def _isna(value) -> bool:
    """pandas' test of a missing cell; pandas is imported once a table is shown, not before."""
    import pandas as pd
    return pd.isna(value)


def chinese_magnitude(value) -> str:
    """63.88万, 1.16亿, 9010, 97.8: the magnitude words a Chinese reader expects."""
    if value is None or _isna(value):
        return ""
    number = Decimal(str(value))
    for word, scale in (("亿", Decimal(100_000_000)), ("万", Decimal(10_000))):
        if abs(number) >= scale:
            scaled = (number / scale).quantize(Decimal("0.0001")).normalize()
            return f"{scaled:f}{word}"
    return f"{number.normalize():f}"


def format_value(row) -> str:
    """Value and unit as a reader writes them: 63.88万 人, 1.16亿 元, 97.8%, 3—5万 元."""
    text = chinese_magnitude(row["value"])
    if "value_max" in row and not _isna(row.get("value_max")) and row.get("value_max") not in ("",):
        text += "—" + chinese_magnitude(row["value_max"])
    unit = row.get("unit", "")
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".rstrip()


def region_filter(frame: pd.DataFrame, query: str, gazetteer: Gazetteer) -> pd.Series:
    """Rows whose province or city is the region named (陕西, 陕西省, 西安, 西安市, 全国)."""
    place = gazetteer.places.get(query)
    if place:
        province, city = place
        if city:
            return frame["city"] == city
        return frame["province"] == province
    return frame["province"].str.contains(query, regex=False) | frame["city"].str.contains(query, regex=False)


def filter_claims(frame: pd.DataFrame, gazetteer: Gazetteer, region=None, metric=None,
                  category=None, doc=None) -> pd.DataFrame:
    import pandas as pd
    mask = pd.Series(True, index=frame.index)
    if region:
        mask &= region_filter(frame, region, gazetteer)
    if metric:
        mask &= (frame["metric"] == metric) | (frame["label"] == metric)
    if category:
        mask &= frame["category"] == category
    if doc:
        mask &= frame["doc"].astype(str).str.contains(doc, regex=False)
    return frame[mask]


def render(frame: pd.DataFrame, console: Console, limit: int | None = None, title: str | None = None,
           columns: list[str] | None = None) -> None:
    """A table sized to the terminal: region, metric, value, qualifier sign, text, document
    (or the `columns` asked for), coloured by category."""
    if columns:
        return _render_columns(frame, console, limit, columns)
    table = Table(title=title, box=box.SIMPLE_HEAD, expand=False, show_lines=False)
    table.add_column("region", no_wrap=True)
    table.add_column("metric", min_width=8, overflow="fold")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("", justify="center", width=1, no_wrap=True)
    table.add_column("text", min_width=6, overflow="fold")
    table.add_column("period", min_width=6, overflow="fold")
    table.add_column("doc", min_width=8, overflow="ellipsis", no_wrap=True)
    shown = frame if limit is None else frame.head(limit)
    for row in shown.to_dict("records"):
        region = row.get("city") or row.get("province") or ""
        style = CATEGORY_STYLE.get(row.get("category", ""), "")
        table.add_row(region, str(row.get("label", "")), format_value(row), SIGNS.get(row.get("qualifier"), ""),
                      str(row.get("text", "")), str(row.get("period", "")), str(row.get("doc", "")), style=style)
    console.print(table)
    if limit is not None and len(frame) > limit:
        console.print(f"[dim]{limit} of {len(frame)} claims shown (--limit)[/dim]")
    else:
        console.print(f"[dim]{len(frame)} claims[/dim]")


def _render_columns(frame: pd.DataFrame, console: Console, limit: int | None, columns: list[str]) -> None:
    table = Table(*columns, box=box.SIMPLE_HEAD)
    shown = frame if limit is None else frame.head(limit)
    for row in shown.to_dict("records"):
        cells = [format_value(row) if c == "value" else "" if _isna(row.get(c)) else str(row.get(c)) for c in columns]
        table.add_row(*cells, style=CATEGORY_STYLE.get(row.get("category", ""), ""))
    console.print(table)
    console.print(f"[dim]{min(len(frame), limit or len(frame))} of {len(frame)} claims[/dim]")


def bar_chart(frame: pd.DataFrame, console: Console, metric: str, width: int = 40) -> None:
    """A horizontal bar chart of one metric across regions (city, else province), in its
    most common unit, repeated passages counted once."""
    if "duplicate_of" in frame.columns:
        frame = frame[frame["duplicate_of"].fillna("") == ""]
    if frame.empty:
        console.print(f"no claims of {metric}")
        return
    unit = frame["unit"].mode().iloc[0]
    frame = frame[frame["unit"] == unit]
    region = frame["city"].where(frame["city"].fillna("") != "", frame["province"]).replace("", "(unplaced)")
    totals = frame.groupby(region)["value"].sum().sort_values(ascending=False)
    label = frame["label"].iloc[0] if "label" in frame.columns else metric
    console.print(f"[bold]{label}[/bold] ({metric}, {unit}) by region")
    top = totals.max() or 1
    name_width = max(len(str(r)) for r in totals.index) * 2
    for name, total in totals.items():
        bar = "█" * max(1, round(width * total / top))
        console.print(f"{str(name):<{name_width // 2}} {bar} {chinese_magnitude(total)}", markup=False)
