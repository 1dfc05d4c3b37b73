"""`--cache DIR`: remember each document's claims by its content and the rules' version,
so a re-run over a growing archive only extracts new or changed documents. Changing
any rule changes the version, and with it every key."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


class Cache:
    def __init__(self, folder: str | Path, rules_digest: str):
        self.folder = Path(folder) / rules_digest
        self.digest = rules_digest
        self.hits = self.misses = 0

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / key[:2] / f"{key}.jsonl"

    def get(self, text: str) -> list[dict] | None:
        path = self._path(text)
        try:
            with open(path, encoding="utf-8") as f:
                rows = [json.loads(line) for line in f]
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def put(self, text: str, rows: list[dict]) -> None:
        path = self._path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
