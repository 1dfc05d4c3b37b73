"""Peak memory of `unionstats extract` on corpora of 10x, 100x and 1000x the seeds.

    python benchmarks/memory.py [--sizes 10,100,1000]

Each size runs in a fresh process (`unionstats extract corpus/ -o out.csv --jobs 1`); its
peak resident set size is read from the operating system. Streaming keeps it flat.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import build  # noqa: E402

PROBE = ("import resource, sys\nfrom unionstats.cli import app\n"
         "try:\n    app(sys.argv[1:], prog_name='unionstats')\nexcept SystemExit:\n    pass\n"
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def peak_rss_mb(folder: Path, out: Path) -> float:
    result = subprocess.run([sys.executable, "-c", PROBE, "extract", str(folder), "-o", str(out), "--jobs", "1"],
                            capture_output=True, text=True, check=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,1000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"x{size}"
            documents, characters = build(folder, size)
            peaks[size] = peak_rss_mb(folder, Path(tmp) / f"x{size}.csv")
            print(f"{size:>5}x seeds: {documents:>6} documents, {characters:>12,} chars, peak RSS {peaks[size]:7.1f} MB")
    if len(sizes) > 1:
        print(f"peak RSS at {sizes[-1]}x is {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x that at {sizes[0]}x")


if __name__ == "__main__":
    main()
