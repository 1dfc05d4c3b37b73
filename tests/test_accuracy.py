"""Accuracy on the hand-annotated seed gold. Floors only rise."""
from unionstats import evaluate, extract
from unionstats.evaluate import load_gold

from .conftest import SEEDS

FLOORS = {"f1": 0.99, "qualifier_agreement": 0.99, "category_agreement": 0.95,
          "province_agreement": 0.99, "city_agreement": 0.99}


def test_seed_gold_floors(gold_file):
    figures = evaluate(str(gold_file), str(SEEDS)).figures()
    low = {k: round(figures[k], 3) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not low, f"below the floor: {low} (all: {figures})"


def test_every_gold_row_is_in_the_table(gold_file):
    frame = extract([str(SEEDS)]).frame
    assert len(frame) >= len(load_gold(gold_file))


def test_offsets_point_at_the_text():
    frame = extract([str(SEEDS)]).frame
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for row in frame.itertuples():
        assert texts[row.doc][row.start:row.end] == row.text
