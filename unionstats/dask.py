"""Scale-out on Dask: the same engine (`extract_frame`) mapped over partitions.

    import unionstats.dask
    claims = unionstats.dask.extract(["corpus/"])            # a Dask DataFrame, lazily
    claims.to_parquet("claims/")                              # or .compute() for pandas

Files are read by the workers, so the paths must be visible to them (a shared disk or
the same layout on every machine). Dask is an optional extra: pip install 'unionstats[dask]'.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .api import extract_frame
from .claims import COLUMNS
from .errors import SourceError
from .sources import ReadOptions, expand
from .table import claims_frame

INSTALL = "the Dask scale-out needs dask: pip install 'unionstats[dask]'"


def _dask():
    try:
        import dask.dataframe as dd
    except ImportError:
        raise ImportError(INSTALL) from None
    return dd


def extract(paths_or_frame, text_column: str = "text", id_column: str | None = None, glob: str = "*.txt",
            options: ReadOptions | None = None, npartitions: int | None = None, rules_dirs: tuple[str, ...] = ()):
    """Claims as a Dask DataFrame with the columns of `unionstats.extract`.

    `paths_or_frame`: files and folders (read by the workers, one partition per few files),
    or a pandas or Dask DataFrame with one document a row (`text_column`, `id_column`)."""
    dd = _dask()
    if isinstance(paths_or_frame, pd.DataFrame):
        frame = dd.from_pandas(paths_or_frame, npartitions=npartitions or 1)
    elif hasattr(paths_or_frame, "map_partitions"):
        frame = paths_or_frame
    else:
        paths = [paths_or_frame] if isinstance(paths_or_frame, str) else list(paths_or_frame)
        sources, _ = expand(paths, glob)
        listing = pd.DataFrame({"doc": [s.doc for s in sources], "path": [str(s.path) for s in sources]})
        parts = npartitions or max(1, min(len(listing), len(listing) // 8 + 1))
        frame = dd.from_pandas(listing, npartitions=parts, sort=False)
        meta = claims_frame([], ["duplicate_of", "published", "source"])
        return frame.map_partitions(_files_partition, options or ReadOptions(), tuple(rules_dirs), meta=meta)
    sample = frame._meta
    keep = [c for c in sample.columns if c != text_column and c not in COLUMNS]
    meta = claims_frame([], ["duplicate_of", "published", "source"])
    for column in keep:
        meta[column] = sample[column]
    return frame.map_partitions(extract_frame, text_column=text_column, id_column=id_column, meta=meta)


_EXTRACTORS: dict = {}


def _files_partition(listing: pd.DataFrame, options: ReadOptions, rules_dirs: tuple[str, ...]) -> pd.DataFrame:
    """Read and extract the files of one partition (on a worker; rules compiled once per worker)."""
    from .claims import Extractor
    from .rules import load_rules
    from .run import Repeats, document_rows
    from .sources import Source
    if rules_dirs not in _EXTRACTORS:
        _EXTRACTORS[rules_dirs] = Extractor(load_rules(*rules_dirs))
    extractor = _EXTRACTORS[rules_dirs]
    rows: list[dict] = []
    for doc, path in zip(listing["doc"], listing["path"]):
        try:
            for item in Source(doc, Path(path)).documents(options):
                if not isinstance(item, SourceError):
                    rows.extend(document_rows(extractor, item))
        except SourceError:
            continue  # the single-process run reports these; a worker has no one to tell
    return claims_frame(Repeats().mark(rows), ["duplicate_of", "published", "source"])


def connect(scheduler: str):
    """A Dask client: `local` starts a LocalCluster on this machine, else a scheduler address."""
    _dask()
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ImportError(INSTALL) from None
    if scheduler == "local":
        return Client(LocalCluster(dashboard_address=":0"))
    return Client(scheduler)
