"""Turn the bytes of one file into text: plain text in any common encoding, HTML, Word, PDF.

Each reader returns the text whose offsets the claims table refers to (`--dump-text`
writes it out). Every failure is a `SourceError` naming the file and the problem.
"""
from __future__ import annotations

import codecs
import io
import logging
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from .errors import SourceError

SAMPLE = 65536
# pypdf logs what it repairs or gives up on (EOF marker not found); with no logging set up, Python
# would print each as a stray line among our one-line errors. The records still reach a handler
# the user configures.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, where, encoding: str | None = None) -> str:
    """Text of a file's bytes: a forced encoding, else a BOM, else UTF-8, else what
    charset-normalizer detects (GB18030, Big5, ...)."""
    if not data.strip():
        raise SourceError(where, "empty file, no text to read")
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise SourceError(where, "not a text file (binary data)")
        try:
            return _checked(data.decode("utf-8"), where)
        except UnicodeDecodeError:
            encoding = _detect(data, where)
    try:
        text = data.decode(encoding)
    except LookupError:
        raise SourceError(where, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as e:
        raise SourceError(where, f"not valid {encoding} text (byte {e.start})") from None
    return _checked(text.lstrip("\ufeff"), where)


# Chinese encodings win a tie: on a short file several fit equally well (a GBK sentence of 26
# bytes reads as Korean or as UTF-16 too). UTF-16 and UTF-32 without a BOM never: their ASCII has
# NUL bytes, which are taken for binary data above, and CJK alone is where the guess goes wrong.
_CHINESE_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz")


def _detect(data: bytes, where) -> str:
    from charset_normalizer import from_bytes
    fits = [m for m in from_bytes(data[:SAMPLE]) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not fits:
        raise SourceError(where, "not a text file (no known text encoding fits)")
    best = min(fits, key=lambda m: (m.chaos, m.encoding not in _CHINESE_ENCODINGS))
    return best.encoding


def _checked(text: str, where) -> str:
    sample = text[:SAMPLE]
    if len(_CONTROL.findall(sample)) > len(sample) / 100:
        raise SourceError(where, "not a text file (binary data)")
    return text


# ---- HTML: the article, without markup, scripts or navigation --------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
              "button", "select", "iframe", "head", "menu"}
# tags that end a line (also where text copied from a page still holds them: text.Folder)
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                        "tbody", "thead", "tfoot", "section", "article", "header", "footer", "blockquote", "pre",
                        "dd", "dt", "hr", "title"})
CELL_TAGS = frozenset({"td", "th"})  # a table row is one line, its cells set off by tabs (as Word's are)
_BOILERPLATE = re.compile(r"nav|menu|footer|header|sidebar|breadcrumb|copyright|share|comment|related|advert|"
                          r"toolbar|login|search|banner|recommend", re.I)
_CONTENT = re.compile(r"article|content|detail|text|main|body|zoom|post|news", re.I)
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "embed", "param"}


class _Article(HTMLParser):
    """Collects text, leaving out boilerplate elements; remembers text inside content-like elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, skipped, content
        self.all: list[str] = []
        self.content: list[str] = []

    def _skipping(self):
        return any(skip for _, skip, _ in self.stack)

    def _in_content(self):
        return any(content for _, _, content in self.stack)

    def handle_starttag(self, tag, attrs):
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = tag in _SKIP_TAGS or bool(names and _BOILERPLATE.search(names) and not _CONTENT.search(names))
        content = tag == "article" or bool(names and _CONTENT.search(names) and not _BOILERPLATE.search(names))
        if tag in BLOCK_TAGS:
            self._emit("\n")
        elif tag in CELL_TAGS:
            self._emit("\t")
        if tag not in _VOID:
            self.stack.append((tag, skip, content))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK_TAGS:
            self._emit("\n")

    def handle_data(self, data):
        if not self._skipping():
            self._emit(data)

    def _emit(self, text):
        self.all.append(text)
        if self._in_content():
            self.content.append(text)


def html_to_text(html: str) -> str:
    """The article text of a saved news page: markup, scripts and navigation left out."""
    parser = _Article()
    parser.feed(html)
    parser.close()
    content, everything = _tidy("".join(parser.content)), _tidy("".join(parser.all))
    return content if len(content) >= 0.3 * len(everything) and content else everything


def _tidy(text: str) -> str:
    """One space for a run of spaces; one tab between a table's cells; no empty lines or cells."""
    lines = [re.sub(r"[ \u00a0]+", " ", re.sub(r"[ \u00a0]*\t[ \t\u00a0]*", "\t", line)).strip(" \t")
             for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def html_encoding(data: bytes) -> str | None:
    found = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    return found.group(1).decode("ascii").lower() if found else None


# ---- Word ------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(data: bytes, where) -> str:
    """Paragraphs (and table rows) of a .docx in reading order, one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError, ValueError):
        raise SourceError(where, "not a readable .docx (damaged or truncated)") from None
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for block in (body if body is not None else []):
        if block.tag == f"{_W}p":
            lines.append(_paragraph(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                lines.append("\t".join(_paragraph(p) for p in row.iter(f"{_W}p")))
    return "\n".join(line for line in lines if line.strip())


def _paragraph(p) -> str:
    parts = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


# ---- PDF -------------------------------------------------------------------------------------

_SENTENCE_END = "。！？!?；;：:」』”）)"


def pdf_to_text(path: Path) -> str:
    """The text layer of a PDF, pages in order, with lines broken inside a sentence joined back."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise SourceError(path, "reading PDF needs pypdf: pip install 'unionstats[pdf]'") from None
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as e:
        raise SourceError(path, f"not a readable PDF (damaged or truncated: {e.__class__.__name__})") from None
    text = join_broken_lines("\n".join(pages))
    if not text.strip():
        raise SourceError(path, "PDF has no text layer (scanned pages need OCR first)")
    return text


def join_broken_lines(text: str) -> str:
    """Join a line end that falls inside a sentence or a number (PDF layout, not the author)."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if out and out[-1] and line and out[-1][-1] not in _SENTENCE_END and not _looks_like_heading(out[-1]):
            out[-1] += line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _looks_like_heading(line: str) -> bool:
    return len(line) <= 16 and not re.search(r"[,，、]", line)
