"""One ranked full-text search over documents, talks and groups, insensitive to case, tones and đ.

The index holds folded text; the query is folded the same way. Snippets are cut from the original
text: folding keeps one character per character, so offsets found in the folded text hold there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

import re
from typing import Any

from ..core.records import SearchHit
from ..core.text import fold, nfc

SNIPPET_CHARS = 160
KINDS = ("document", "talk", "group")

# The original text of each kind, as the snippet source: (title sql, body sql).
_ORIGINAL = {
    "document": ("SELECT title, key_points || ' ' || body FROM documents WHERE id = ?"),
    "talk": ("SELECT place, questions_text || ' ' || follow_up_text || ' ' || notes || ' ' || presenters "
             "FROM talks WHERE id = ?"),
    "group": "SELECT name, notes || ' ' || channel_url FROM groups WHERE id = ?",
}


def fts_query(text: str) -> str:
    """Every word must match, the last one as a prefix (search as you type)."""
    words = re.findall(r"\w+", fold(text))
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


def search(db: Store, text: str, kinds: tuple[str, ...] = KINDS, limit: int = 20,
           offset: int = 0) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    kind_filter = f"AND s.kind IN ({','.join('?' * len(kinds))})"
    rows = db.execute(
        f"""
        SELECT s.kind, s.ref_id, bm25(search_fts, 5.0, 1.0) AS score
        FROM search_fts JOIN search_docs s ON s.rowid = search_fts.rowid
        WHERE search_fts MATCH ? {kind_filter}
        ORDER BY score LIMIT ? OFFSET ?
        """,
        [query, *kinds, limit, offset],
    ).fetchall()
    words = re.findall(r"\w+", fold(text))
    return [hit for kind, ref_id, score in rows if (hit := _hit(db, kind, ref_id, -score, words))]


def count(db: Store, text: str, kinds: tuple[str, ...] = KINDS) -> int:
    query = fts_query(text)
    if not query:
        return 0
    return db.execute(
        f"SELECT count(*) FROM search_fts JOIN search_docs s ON s.rowid = search_fts.rowid "
        f"WHERE search_fts MATCH ? AND s.kind IN ({','.join('?' * len(kinds))})",
        [query, *kinds],
    ).fetchone()[0]


def _hit(db: Store, kind: str, ref_id: str, score: float, words: list[str]) -> SearchHit | None:
    row = db.execute(_ORIGINAL[kind], [ref_id]).fetchone()
    if row is None:
        return None
    title, body = nfc(row[0] or ""), nfc(row[1] or "")
    if kind == "document":
        body = _flatten_json_list(body)
    snippet, spans = make_snippet(body, words) if body.strip() else ("", ())
    if not spans:
        snippet, spans = make_snippet(title, words)
    return SearchHit(kind=kind, ref_id=ref_id, title=title, snippet=snippet, score=score, spans=spans)


def _flatten_json_list(text: str) -> str:
    """Key points are stored as a JSON list: show them as plain sentences."""
    if text.startswith("["):
        end = text.find("] ")
        if end > 0:
            import orjson

            try:
                points: list[Any] = orjson.loads(text[: end + 1])
                return " ".join(str(p) for p in points) + " " + text[end + 2 :]
            except orjson.JSONDecodeError:
                pass
    return text


def make_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> tuple[str, tuple]:
    """A window of ``text`` around the densest matches, and the match spans inside it."""
    folded = fold(text)
    found: list[tuple[int, int, int]] = []
    for n, word in enumerate(words):
        last = n == len(words) - 1
        pattern = r"\b" + re.escape(word) + (r"\w*" if last else r"\b")
        found += [(m.start(), m.end(), n) for m in re.finditer(pattern, folded)]
    found.sort()
    if not found:
        return (text[:width].strip(), ())
    matches = [(start, end) for start, end, _ in found]
    # The best window holds the most distinct query words, then the most matches (two pointers).
    best_start, best_score = found[0][0], (0, 0)
    inside: dict[int, int] = {}
    right = 0
    for left, (start, _, _) in enumerate(found):
        while right < len(found) and found[right][0] < start + width:
            inside[found[right][2]] = inside.get(found[right][2], 0) + 1
            right += 1
        score = (len(inside), right - left)
        if score > best_score:
            best_start, best_score = start, score
        word = found[left][2]
        inside[word] -= 1
        if not inside[word]:
            del inside[word]
    begin = max(0, best_start - width // 4)
    if begin:
        space = text.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin + width // 2 else end
    prefix = "… " if begin else ""
    suffix = " …" if end < len(text) else ""
    window = text[begin:end]
    shift = len(prefix) - begin
    spans = tuple((s + shift, e + shift) for s, e in matches if s >= begin and e <= end)
    return (prefix + window + suffix, spans)
