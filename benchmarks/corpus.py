"""Build a benchmark corpus from the seed reports: their paragraphs shuffled into new documents,
so that a big corpus is not one text repeated."""
from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def build(folder: Path, copies: int, seed: int = 7, per_document: int | None = None) -> tuple[int, int]:
    """Write `copies` times the seeds' paragraphs as documents of ~5 seeds' size each (or of
    `per_document` paragraphs: 8 make news items of about a thousand characters) into `folder`; return (documents, characters)."""
    paragraphs = [p for s in sorted(SEEDS.glob("*.txt")) for p in s.read_text(encoding="utf-8").split("\n") if p.strip()]
    per_document = per_document or max(1, len(paragraphs) // 5)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    documents = characters = 0
    pool = paragraphs * copies
    rng.shuffle(pool)
    for start in range(0, len(pool), per_document):
        text = "\n".join(pool[start:start + per_document]) + "\n"
        (folder / f"doc{documents:06d}.txt").write_text(text, encoding="utf-8")
        documents += 1
        characters += len(text)
    return documents, characters


def news_like(documents: int, seed: int = 7) -> list[str]:
    """Texts where, as in ordinary news, one sentence in five states figures: the seeds'
    sentences without a digit or numeral, with one in five drawn from those with one."""
    sentences = [s for path in sorted(SEEDS.glob("*.txt"))
                 for s in re.split(r"(?<=[。！？\n])", path.read_text(encoding="utf-8")) if s.strip()]
    plain = [s for s in sentences if not NUMERAL.search(s)]
    rng = random.Random(seed)
    texts = []
    for _ in range(documents):
        rng.shuffle(plain)
        rng.shuffle(sentences)
        texts.append("".join(plain[:48] + sentences[:12]))
    return texts


NUMERAL = re.compile(r"[\d一二三四五六七八九十百千万亿]")


_FIGURE = re.compile(r"\d+(?![\d.]*\s*[年月日号])")  # not the digits of a date


def fresh_figures(texts: list[str], seed: int) -> list[str]:
    """The texts with every figure's digits drawn anew (dates kept): as in a real archive, most
    numbers are ones the engine has not read before, and none of its per-number caches hold them."""
    rng = random.Random(seed)

    def redraw(m: re.Match) -> str:
        digits = m.group()
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])
    return [_FIGURE.sub(redraw, t) for t in texts]
