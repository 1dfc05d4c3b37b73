"""Score a claims table against hand-annotated gold rows (the format of the seed gold).

A predicted row matches a gold row when the documents' file names agree, their
character spans overlap, the values agree (relative 1e-6) and the units agree;
each gold row is matched at most once. Over matched rows, the share whose
qualifier, category, province and city agree with gold.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a frame is made: `extract` to CSV never needs it
    import pandas as pd

FIELDS = ("qualifier", "category", "province", "city")
_UNIT_ALIASES = {"名": "人", "位": "人", "场次": "场"}


class GoldError(Exception):
    """The gold file cannot be read; str() is the one line a user sees."""


@dataclass
class Report:
    gold: int
    predicted: int
    matched: int
    agreement: dict[str, float]
    misses: list[dict] = field(default_factory=list)
    false_claims: list[dict] = field(default_factory=list)
    disagreements: dict[str, list[tuple[dict, dict]]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                **{f"{k}_agreement": v for k, v in self.agreement.items()}}


def load_gold(path: str | Path) -> list[dict]:
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read gold file ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["start"], row["end"], row["value"] = int(row["start"]), int(row["end"]), float(row["value"])
            row["doc"], row["unit"] = str(row["doc"]), str(row["unit"])
        except (ValueError, KeyError, TypeError) as e:
            raise GoldError(f"{path}:{n}: not a gold row ({e.__class__.__name__}: {e})") from None
        rows.append(row)
    return rows


def _unit(u) -> str:
    return _UNIT_ALIASES.get(u, u)


def score(gold: list[dict], predicted: pd.DataFrame) -> Report:
    """Match predicted rows to gold rows; only documents that have gold rows are scored."""
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(os.path.basename(g["doc"]), []).append(g)
    rows = [dict(r, doc=os.path.basename(str(r["doc"]))) for r in predicted.to_dict("records")]
    rows = [r for r in rows if r["doc"] in by_doc]
    used, pairs, false_claims = set(), [], []
    for p in rows:
        hit = None
        for i, g in enumerate(by_doc[p["doc"]]):
            if (p["doc"], i) in used:
                continue
            if p["start"] < g["end"] and g["start"] < p["end"] \
                    and math.isclose(float(p["value"]), g["value"], rel_tol=1e-6, abs_tol=1e-9) \
                    and _unit(p.get("unit", "")) == _unit(g["unit"]):
                hit = (p["doc"], i)
                break
        if hit:
            used.add(hit)
            pairs.append((by_doc[hit[0]][hit[1]], p))
        else:
            false_claims.append(p)
    misses = [g for d, gs in by_doc.items() for i, g in enumerate(gs) if (d, i) not in used]
    agreement, disagreements = {}, {}
    for name in FIELDS:
        bad = [(g, p) for g, p in pairs if str(p.get(name) or "") != str(g.get(name) or "")]
        agreement[name] = (len(pairs) - len(bad)) / len(pairs) if pairs else 0.0
        disagreements[name] = bad
    return Report(len(gold), len(rows), len(pairs), agreement, misses, false_claims, disagreements)
