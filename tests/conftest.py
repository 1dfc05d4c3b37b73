from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.fixture(scope="session")
def gold_file(tmp_path_factory):
    """The seed gold as one JSONL file (tests/data/gold holds a file per report)."""
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("".join(p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.jsonl"))), encoding="utf-8")
    return path
