"""Read sources: expand the paths a user gives into documents, decoded to text.

A bad source never stops a run: it becomes a `SourceError` whose str() is the
one line a user sees (`path: what is wrong`), and the other documents go on.
"""
from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ENCODINGS = ("utf-8", "gb18030")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class SourceError(Exception):
    """A source that cannot be read; str() is `path: problem`."""

    def __init__(self, path, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class Document:
    doc: str   # the name written in the `doc` column
    text: str


@dataclass(frozen=True)
class Source:
    """A document still to be read: its name in the table and where it is."""

    doc: str
    path: Path | None  # None: standard input

    def read(self) -> Document:
        if self.path is None:
            return Document(self.doc, decode(sys.stdin.buffer.read(), "<stdin>"))
        try:
            data = self.path.read_bytes()
        except IsADirectoryError:
            raise SourceError(self.path, "is a folder, not a file") from None
        except PermissionError:
            raise SourceError(self.path, "permission denied") from None
        except OSError as e:
            raise SourceError(self.path, e.strerror or str(e)) from None
        return Document(self.doc, decode(data, self.path))


def decode(data: bytes, where) -> str:
    """Text of a file's bytes: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030."""
    if not data.strip():
        raise SourceError(where, "empty file, no text to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(where, "not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise SourceError(where, "not a text file (binary data)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text[:65536])) > len(text[:65536]) / 100:
            break  # decodes, but as noise: binary data
        return text
    raise SourceError(where, "not a text file (neither UTF-8 nor GB18030 text)")


def expand(paths: list[str], pattern: str = "*.txt") -> tuple[list[Source], list[SourceError]]:
    """The documents named by files and folders (searched recursively for `pattern`)."""
    sources, errors = [], []
    for given in paths:
        if given == "-":
            sources.append(Source("<stdin>", None))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                errors.append(SourceError(path, f"no files matching {pattern!r} in this folder"))
            sources.extend(Source(p.relative_to(path).as_posix(), p) for p in found)
        elif path.exists():
            sources.append(Source(path.name, path))
        elif path.is_symlink():
            errors.append(SourceError(path, "broken symbolic link"))
        else:
            errors.append(SourceError(path, "no such file or folder"))
    return sources, errors
