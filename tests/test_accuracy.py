"""Accuracy on the hand-annotated seed gold. Floors only rise."""
from unionstats import evaluate, extract
from unionstats.evaluate import load_gold

from .conftest import SEEDS

FLOORS = {"f1": 0.995, "qualifier_agreement": 0.995, "category_agreement": 0.99,
          "province_agreement": 0.995, "city_agreement": 0.995}


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


def test_extract_frame_pandas_in_pandas_out():
    import pandas as pd
    from unionstats import extract_frame
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    frame = pd.DataFrame({"name": list(texts), "text": list(texts.values()), "year": [2021, 2022, 2022, 2021, 2020]})
    out = extract_frame(frame, text_column="text", id_column="name")
    whole = extract([str(SEEDS)]).frame
    key = ["doc", "start", "end", "value", "unit", "metric", "province", "city"]
    assert out[key].to_dict("records") == whole[key].to_dict("records")
    assert set(out["year"]) == {2021, 2022, 2020}


def test_the_readmes_spark_schema_lists_what_extract_frame_returns():
    import re

    import pandas as pd
    from unionstats import extract_frame
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    schema = re.search(r'schema = "([^"]+)"', readme).group(1)
    named = [field.split()[0] for field in schema.split(", ")]
    out = extract_frame(pd.DataFrame({"id": ["a"], "text": ["全市工会会员数63.88万名。"]}), id_column="id")
    assert named == [c for c in out.columns if c != "id"]
