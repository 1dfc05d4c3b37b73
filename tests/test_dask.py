"""Scale-out on Dask: the same table as one process, on a small LocalCluster."""
import subprocess
import sys

import pandas as pd
import pytest

from unionstats import extract

from .conftest import SEEDS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
KEY = ["doc", "start", "end", "text", "value", "unit", "qualifier", "metric", "category", "province", "city", "period"]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def ordered(frame):
    return frame.sort_values(["doc", "start"], kind="stable")[KEY].reset_index(drop=True)


def test_dask_on_files_equals_one_process(client):
    import unionstats.dask
    claims = unionstats.dask.extract([str(SEEDS)], npartitions=3)
    assert list(claims.columns) == list(extract([str(SEEDS)]).frame.columns)
    pd.testing.assert_frame_equal(ordered(claims.compute()), ordered(extract([str(SEEDS)]).frame))


def test_dask_on_a_dataframe_equals_one_process(client):
    import unionstats.dask
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    frame = pd.DataFrame({"name": list(texts), "text": list(texts.values())})
    claims = unionstats.dask.extract(dd.from_pandas(frame, npartitions=2), id_column="name").compute()
    pd.testing.assert_frame_equal(ordered(claims), ordered(extract([str(SEEDS)]).frame))


def test_cli_scheduler_local_writes_partitioned_parquet(tmp_path):
    out = tmp_path / "claims"
    result = subprocess.run([sys.executable, "-m", "unionstats", "extract", str(SEEDS), "--scheduler", "local",
                             "-o", f"{out}/"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    frame = pd.read_parquet(out)
    assert len(frame) == 210 and list(out.glob("*.parquet"))
