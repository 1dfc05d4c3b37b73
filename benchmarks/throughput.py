"""Throughput: characters per second of `extract`, against a bare regex scan and peers.

    python benchmarks/throughput.py [--copies 40]

Measured in one run on the same corpus (the seeds' paragraphs shuffled, `copies` times):
end-to-end extract with --jobs 1 and with all cores; a bare single-pass number scan with
`regex` (the floor: how fast any regex-based extractor could be here) and our ratio to it;
and, where installed, JioNLP's money extraction on the same text and our ratio to it.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import build  # noqa: E402
from unionstats.run import Run  # noqa: E402

BARE = regex.compile(r"\d+(?:\.\d+)?\s*[万亿]?\s*(?:人次|人|名|家|个|元|场|户|项|%)")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        documents, characters = build(folder, args.copies)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        print(f"corpus: {documents} documents, {characters:,} characters ({args.copies}x the seeds, shuffled)")

        def consume(jobs):
            return lambda: sum(len(b) for b in Run([str(folder)], jobs=jobs).rows())
        one = timed(consume(1))
        cores = os.cpu_count() or 1
        many = timed(consume(cores))
        bare = timed(lambda: [len(BARE.findall(t)) for t in texts])
        rate = characters / one
        print(f"extract --jobs 1:      {rate / 1e6:6.2f} M chars/s")
        print(f"extract --jobs {cores}:      {characters / many / 1e6:6.2f} M chars/s  (speed-up {one / many:.2f}x)")
        print(f"bare regex scan:       {characters / bare / 1e6:6.2f} M chars/s  (extract is {bare / one:.2f}x of it, "
              f"{one / bare:.1f}x slower)")
        try:
            import jionlp
        except ImportError:
            print("jionlp: not installed (pip install jionlp to compare)")
        else:
            peer = timed(lambda: [jionlp.extract_money(t) for t in texts])
            print(f"jionlp extract_money:  {characters / peer / 1e6:6.2f} M chars/s  (we are {peer / one:.2f}x its speed)")


if __name__ == "__main__":
    main()
