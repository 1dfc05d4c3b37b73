"""`unionstats rules check`: load a rule set and run every example its entries carry.

An exclusion's examples are sentences that must yield no claim; a metric's
examples are sentences with the claim they must yield (its metric, and value,
unit, qualifier where given). Loading already checks syntax, patterns, keys and
cross-references, so a rule set that loads and passes its examples is sound.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .claims import Extractor
from .rules import Rules, load_rules


@dataclass
class CheckReport:
    counts: dict[str, int]
    examples: int = 0
    failures: list[str] = field(default_factory=list)


def _metric_failure(extractor: Extractor, metric, example: dict) -> str | None:
    claims = extractor.extract(example["text"])
    want = {k: example[k] for k in ("value", "unit", "qualifier") if k in example}
    for claim in claims:
        if claim.metric != metric.key:
            continue
        if "value" in want and not math.isclose(claim.value, float(want["value"]), rel_tol=1e-9):
            continue
        if all(getattr(claim, k) == v for k, v in want.items() if k != "value"):
            return None
    got = ", ".join(f"{c.text}={c.value:g} {c.unit} {c.qualifier} {c.metric}" for c in claims) or "no claim"
    return f"{metric.source}: example {example['text']!r} should give {metric.key} {want or ''} but gave {got}"


def _file(metric) -> str:
    return metric.source.rsplit(":", 1)[0]


def check_rules(*dirs) -> CheckReport:
    rules: Rules = load_rules(*dirs)
    extractor = Extractor(rules)
    report = CheckReport({"metrics": len(rules.metrics), "units": len(rules.units),
                          "exclusions": len(rules.exclusions), "periods": len(rules.periods),
                          "provinces": len(rules.provinces),
                          "cities": sum(len(p["cities"]) for p in rules.provinces.values())})
    owners: dict[str, list] = {}
    for metric in rules.metrics.values():
        for cue in metric.cues:
            for other in owners.get(cue, []):
                if _file(other) != _file(metric):
                    continue  # a pack's cue shadows the built-in one on purpose: the pack's metric wins
                shared = sorted(set(other.units) & set(metric.units))
                if shared:
                    report.failures.append(f"{metric.source}: cue {cue!r} of {metric.key} is also a cue of "
                                           f"{other.key} for {', '.join(shared)}: only the first can ever win")
            owners.setdefault(cue, []).append(metric)
    for ex in rules.exclusions.values():
        for sentence in ex.examples:
            report.examples += 1
            claims = extractor.extract(sentence)
            if claims:
                report.failures.append(f"{ex.source}: example {sentence!r} of exclusion {ex.name} should give no "
                                       f"claim but gave {', '.join(c.text for c in claims)}")
    for metric in rules.metrics.values():
        for example in metric.examples:
            report.examples += 1
            failure = _metric_failure(extractor, metric, example)
            if failure:
                report.failures.append(failure)
    return report
