"""Text of attached files for search, read in a child process within bounds of bytes, pages and time.

pypdf can spend many seconds on one large content stream, and many pages may share that stream;
python-docx holds ``word/document.xml`` whole in memory. A hostile attachment must cost neither the
window nor the database's write lock, so:

- a PDF or DOCX is read in a child process (spawned, not forked: the parent may run Qt threads)
  that sends its text page by page; the parent stops waiting after ``Limits.seconds``, kills the
  child and keeps the pages already read;
- only the first ``max_pages`` pages and ``max_chars`` characters are kept, and files over
  ``max_bytes`` are not read at all; pages that share a content stream are read once (the text is
  the same words again; a shared stream is how a small file makes a reader work for minutes);
- a batch of files has a time budget of its own (``batch_seconds``), so a pack of a hundred slow
  files costs minutes, not hours;
- a DOCX's declared part sizes and ratios are checked before python-docx opens it (the declared
  size bounds what inflating can produce);
- on POSIX the child runs under an address-space limit (``resource.RLIMIT_AS``). Windows has no
  ``resource``: there the time, byte, page and character bounds and the DOCX check apply.

Callers read text before they open a transaction (``services.add_document``, the importer before
``begin``): a file whose text cannot be read is still stored, only not searchable inside, and the
caller tells the user with :meth:`Extraction.warning`. It sits in ``storage`` because its text feeds
the search index; it holds no SQL and no Qt.
"""

from __future__ import annotations

import dataclasses
import io
import multiprocessing
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ..core.attachments import DOCX, PDF, TEXT, AttachmentRefused, check_docx
from ..core.legacy_detect import UNSURE, LegacyReading, detect
from ..core.legacy_encoding import ENCODINGS
from .extract_legacy import convert_runs
from .extract_titles import docx_candidates, pdf_candidates, safely, text_candidates


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 300
    max_chars: int = 2_000_000  # what a document's body may hold
    seconds: float = 30.0  # per file
    batch_seconds: float = 300.0  # all the files of one reader (one import, one `library add`)
    memory_bytes: int = 1024 * 1024 * 1024
    max_docx_part: int = 32 * 1024 * 1024  # python-docx needs about twice this in memory


DEFAULT_LIMITS = Limits()
STARTUP_SECONDS = 120.0  # starting Python and loading pypdf and python-docx, on the slowest laptop


PREVIEW_CHARS = 300  # the before/after sample of a text file or PDF


def _heuristic(raw: str, as_is: str | None = None) -> tuple[str, LegacyReading | None]:
    """The text to keep, and how a legacy encoding was read, for text with no font names."""
    verdict = detect(raw, as_is)
    if verdict.encoding in (*ENCODINGS, UNSURE):
        sample = ((raw[:PREVIEW_CHARS], verdict.text[:PREVIEW_CHARS]),)
        return verdict.text, LegacyReading(verdict.encoding, sample, verdict.detail())
    return verdict.text, None


def _by_fonts(runs: list[tuple[str, str, str, str]]) -> LegacyReading | None:
    """How a DOCX's legacy-font runs were read (run by run, by their fonts)."""
    if not runs:
        return None
    encodings = sorted({encoding for encoding, *_ in runs})
    fonts = sorted({font for _, font, _, _ in runs})
    encoding = encodings[0] if len(encodings) == 1 else "mixed"
    samples = tuple((before, after) for *_, before, after in runs)
    return LegacyReading(encoding, samples, f"runs converted by font: {', '.join(fonts)}")


@dataclass(frozen=True)
class Extraction:
    text: str
    status: str  # complete | partial | too_large | timeout | failed
    detail: str = ""
    titles: tuple[str, ...] = ()  # title candidates, best first (``extract_titles``)
    legacy: LegacyReading | None = None  # set when the text was in (or looks like) a legacy encoding

    def warning(self, name: str) -> str | None:
        """What to tell the user when the text is not all there (Vietnamese; the detail in brackets)."""
        kept = "tệp vẫn được lưu nhưng"
        sentences = {
            "partial": f"Tệp “{name}” dài: chỉ tìm được theo nội dung phần đầu",
            "too_large": f"Tệp “{name}” quá lớn để đọc chữ; {kept} không tìm được theo nội dung bên trong",
            "timeout": f"Đọc chữ trong tệp “{name}” quá lâu nên đã dừng; {kept} chỉ tìm được theo phần đã đọc",
            "failed": f"Không đọc được chữ trong tệp “{name}” (tệp hỏng?); {kept} không tìm được theo nội dung",
        }
        sentence = sentences.get(self.status)
        return f"{sentence}. ({self.detail})" if sentence else None


def decode_text(data: bytes) -> tuple[str, LegacyReading | None]:
    """Vietnamese text files come as UTF-8 (with or without BOM), UTF-16, old Windows-1258, or in
    the bytes of a TCVN3 or VNI font. Returns the text and, for bytes that are not Unicode, how a
    legacy encoding was read (the bytes as Latin-1 letters are what such a font drew)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _heuristic(data.decode("utf-16", errors="replace"))
    try:
        return _heuristic(data.decode("utf-8-sig"))  # legacy letters pasted into a Unicode file
    except UnicodeDecodeError:
        return _heuristic(data.decode("latin-1"), data.decode("cp1258", errors="replace"))


class TextReader:
    """Reads the text of one file after another through one bounded child process, started when
    first needed and started again after a file that had to be killed. Use it as a context manager."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or DEFAULT_LIMITS
        self._process: Any = None
        self._conn: Connection | None = None
        self._budget_end = time.monotonic() + self.limits.batch_seconds

    def __enter__(self) -> TextReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, data: bytes, media: str) -> Extraction:
        limits = self.limits
        if media == TEXT:
            text, legacy = decode_text(data)
            titles = tuple(text_candidates(text[:100_000]))
            if len(text) > limits.max_chars:
                detail = f"first {limits.max_chars} characters"
                return Extraction(text[: limits.max_chars], "partial", detail, titles, legacy)
            return Extraction(text, "complete", titles=titles, legacy=legacy)
        if media not in (PDF, DOCX):
            return Extraction("", "complete")  # images carry no text layer
        if len(data) > limits.max_bytes:
            return Extraction("", "too_large", f"{len(data)} bytes, text is read up to {limits.max_bytes}")
        if media == DOCX:
            try:
                check_docx(data, limits.max_docx_part)
            except AttachmentRefused as exc:
                return Extraction("", "too_large", exc.detail)
        extraction = self._ask_child(data, media)
        if media == PDF and extraction.text:
            text, legacy = _heuristic(extraction.text)
            titles = tuple(_heuristic(title)[0] for title in extraction.titles)
            return dataclasses.replace(extraction, text=text, titles=titles, legacy=legacy)
        return extraction

    def _ask_child(self, data: bytes, media: str) -> Extraction:
        limits = self.limits
        parts: list[str] = []
        titles: tuple[str, ...] = ()
        legacy: LegacyReading | None = None
        now = time.monotonic()
        if now >= self._budget_end:
            return Extraction("", "timeout", f"time for this batch ({limits.batch_seconds:g} s) used up")
        try:
            conn = self._start()
        except (EOFError, OSError, TimeoutError) as exc:
            self._kill()
            return Extraction("", "failed", f"reader process did not start: {type(exc).__name__}: {exc}")
        now = time.monotonic()  # the bound is on reading, not on starting Python on a slow laptop
        deadline = min(now + limits.seconds, self._budget_end)
        try:
            conn.send((data, media, limits.max_pages, limits.max_chars))
            while True:
                if not conn.poll(max(0.0, deadline - time.monotonic())):
                    self._kill()
                    return Extraction("".join(parts), "timeout", f"stopped after {deadline - now:.1f} s", titles)
                message = conn.recv()
                if message[0] == "text":
                    parts.append(message[1])
                    continue
                if message[0] == "titles":
                    titles = tuple(str(t) for t in message[1])
                    continue
                if message[0] == "legacy":
                    legacy = _by_fonts(message[1])
                    continue
                _, status, detail = message
                return Extraction("".join(parts), status, detail, titles, legacy)
        except (EOFError, OSError) as exc:  # the child died: out of memory, or killed by the system
            code = self._process.exitcode if self._process is not None else None
            self._kill()
            return Extraction("".join(parts), "failed", f"reader process ended ({code}): {type(exc).__name__}", titles)

    def _start(self) -> Connection:
        if self._conn is None:
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            self._process = context.Process(
                target=_serve, args=(theirs, self.limits.memory_bytes), daemon=True, name="sotay-text-reader"
            )
            self._process.start()
            theirs.close()
            self._conn = ours
            if not ours.poll(STARTUP_SECONDS) or ours.recv() != "ready":
                raise TimeoutError(f"no answer within {STARTUP_SECONDS:g} s")
        return self._conn

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.send(None)
                self._process.join(5)
            except OSError:
                pass
        self._kill()


def read_texts(items: Iterable[tuple[bytes, str]], limits: Limits | None = None) -> list[Extraction]:
    """The text of each ``(data, media type)``, through one child process."""
    with TextReader(limits) as reader:
        return [reader.read(data, media) for data, media in items]


def extract_text(data: bytes, media: str, limits: Limits | None = None) -> str:
    """Best effort: the text read within the bounds, "" when nothing could be read."""
    return read_texts([(data, media)], limits)[0].text


# --- in the child process ------------------------------------------------------------------------


def _serve(conn: Connection, memory_bytes: int) -> None:
    _limit_memory(memory_bytes)
    import docx  # noqa: F401 - loaded before "ready", so a file's time is spent on the file
    import pypdf  # noqa: F401

    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        data, media, max_pages, max_chars = job
        kept = 0
        status, detail = "complete", ""
        titles: list[str] = []
        legacy_runs: list[tuple[str, str, str, str]] = []
        try:
            for text, more in _pages(data, media, max_pages, titles, legacy_runs):
                if kept + len(text) > max_chars:
                    text, status, detail = text[: max_chars - kept], "partial", f"first {max_chars} characters"
                kept += len(text)
                conn.send(("text", text))
                if status == "partial":
                    break
                if more is not None:
                    status, detail = "partial", more
        except MemoryError:
            status, detail = "failed", f"out of memory (limit {memory_bytes} bytes)"
        except Exception as exc:  # noqa: BLE001 - any damage in a file only means no searchable text
            status, detail = "failed", f"{type(exc).__name__}: {str(exc)[:200]}"
        conn.send(("titles", titles))
        conn.send(("legacy", legacy_runs))
        conn.send(("end", status, detail))


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _pages(
    data: bytes, media: str, max_pages: int, titles: list[str], legacy_runs: list[tuple[str, str, str, str]]
) -> Iterator[tuple[str, str | None]]:
    """Text piece by piece; the second value says why reading stops after this piece, if it does.
    ``titles`` receives the file's title candidates once its first page is read; ``legacy_runs``
    the DOCX runs rewritten from a legacy font (``extract_legacy``)."""
    if media == PDF:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        titles += safely(pdf_candidates, reader)
        total = len(reader.pages)
        read: set[object] = set()
        for n in range(min(total, max_pages)):
            more = f"first {max_pages} of {total} pages" if n == max_pages - 1 and total > max_pages else None
            page = reader.pages[n]
            contents = _stream_refs(page.raw_get("/Contents") if "/Contents" in page else None)
            if contents is not None and contents in read:
                yield "", more
                continue
            if contents is not None:
                read.add(contents)
            yield (page.extract_text() or "") + "\n", more
    elif media == DOCX:
        import docx

        document = docx.Document(io.BytesIO(data))
        legacy_runs += convert_runs(document)
        titles += safely(docx_candidates, document)
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        yield "\n".join(parts), None


def _stream_refs(contents: Any) -> tuple[tuple[int, int], ...] | None:
    """Which indirect objects a page's ``/Contents`` names (None for a direct one, read anyway)."""
    items = contents if isinstance(contents, list) else [contents]
    refs = tuple((item.idnum, item.generation) for item in items if hasattr(item, "idnum"))
    return refs if refs and len(refs) == len(items) else None
