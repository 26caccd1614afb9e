"""One ranked full-text search over documents, talks and groups, insensitive to case, tones and đ.

The index holds folded text (FTS5 does not fold đ); the query is folded the same way. Snippets are
cut from the original text with a pattern that accepts every accented form of each query letter,
so no folding is needed at display time and the highlight falls on the words as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..core.enums import TalkFormat
from ..core.filters import MAX_QUERY_CHARS
from ..core.labels import label_of
from ..core.records import SearchHit
from ..core.text import FOLDED_FORMS, fold, nfc

if TYPE_CHECKING:
    from .store import Store

SNIPPET_CHARS = 160
KINDS = ("document", "talk", "group")

# The original text of each kind: what a hit is titled by and the texts its snippet may come from.
_ORIGINAL = {
    "document": "SELECT title, key_points, body, topics, attachments FROM documents WHERE id = ?",
    "talk": (
        "SELECT held_on, format, topics, place, questions_text, question_themes, follow_up_text, notes, "
        "presenters FROM talks WHERE id = ?"
    ),
    "group": "SELECT name, notes, channel_url FROM groups WHERE id = ?",
}


# A query is what a person types: a few words. Beyond these caps the extra text adds nothing a
# person meant, and every word costs an FTS5 term and an alternative in the highlighting pattern,
# which is tried at every position of every snippet's text (words × text length).
MAX_QUERY_WORDS = 12

Spans = tuple[tuple[int, int], ...]  # [start, end) of each match within a snippet


def query_words(text: str) -> list[str]:
    """The folded words of a query, each once, at most ``MAX_QUERY_WORDS`` of them; the last word
    typed stays last (it is the one matched as a prefix)."""
    words = re.findall(r"\w+", fold(text[:MAX_QUERY_CHARS]))
    if not words:
        return []
    last = words[-1]
    unique = [w for w in dict.fromkeys(words) if w != last][: MAX_QUERY_WORDS - 1]
    return [*unique, last]


def fts_query(text: str) -> str:
    """Every word must match, the last one as a prefix (search as you type)."""
    words = query_words(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


def search(db: Store, text: str, kinds: tuple[str, ...] = KINDS, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Matches with the words near one another first ("dang uy" finds "Đảng ủy" before "Đảng … ủy"
    far apart), then whole words anywhere; the last word as a prefix only to fill the page (it may
    still be being typed), so finishing a word never reorders what whole words found. A prefix of
    one or two letters reads its own list in the index (migration 0015), a longer one expands to
    the few syllables that start so: every keystroke costs about what a whole word costs. With many
    matches the prefix fills the page with the newest title matches, then the newest matches,
    unscored (bm25 counts every match of every word first: ~15 ms a statement over a million
    talks)."""
    words = query_words(text)
    if not words:
        return []
    want = limit + offset
    tiers = [near_query(words)] if len(words) > 1 else []
    tiers += [exact_query(words), fts_query(text)]
    ranked: list[tuple[str, str, float]] = []
    seen: set[tuple[str, str]] = set()
    for query in tiers:
        if len(ranked) >= want:
            break
        ranked += [r for r in _ranked(db, query, kinds, want) if (r[0], r[1]) not in seen]
        seen = {(kind, ref_id) for kind, ref_id, _ in ranked}
    return [hit for kind, ref_id, score in ranked[offset:want] if (hit := _hit(db, kind, ref_id, -score, words))]


NEAR_TOKENS = 2  # "Đảng bộ ủy ban": words with at most this many others between them count as near


def near_query(words: list[str]) -> str:
    return f"NEAR({' '.join(f'{chr(34)}{w}{chr(34)}' for w in words)}, {NEAR_TOKENS})"


def exact_query(words: list[str]) -> str:
    return " AND ".join(f'"{w}"' for w in words)


# Above this many matches, bm25 over every match costs more than a keystroke allows (FTS5's bm25
# scores every match: a word in most of 100,000 documents makes a ranked query ~100 ms). Then only
# the newest matches are ranked, together with the newest title matches (a title match is where a
# strong hit almost always is); both scans run in rowid order and stop early.
RANK_ALL_BELOW = 3000
NEWEST_RANKED = 600


def _index(kind: str) -> str:
    """The search index of one kind of record (migration 0015): ``kind`` is one of ``KINDS``."""
    if kind not in KINDS:
        raise ValueError(kind)
    return f"search_fts_{kind}"


def _ranked(db: Store, query: str, kinds: tuple[str, ...], want: int) -> list[tuple[str, str, float]]:
    """The best ``want`` matches of ``kinds``, each kind ranked in its own index alone before any
    join (a join before the sort costs 2×), then looked up. A prefix query (the last word typed so
    far) is not scored when it has many matches."""
    scored = not query.endswith("*")
    best: list[tuple[float, int, str]] = []
    for kind in dict.fromkeys(kinds):
        best += [(score, rowid, kind) for rowid, score in _candidates(db, _index(kind), query, want, scored)]
    best = sorted(best, key=lambda match: match[0])[:want]  # stable: equal scores keep the index's order
    found = dict(
        db.execute(
            f"SELECT rowid, ref_id FROM search.search_docs WHERE rowid IN ({','.join('?' * len(best))})",
            [rowid for _, rowid, _ in best],
        ).fetchall()
    )
    return [(kind, found[rowid], score) for score, rowid, kind in best if rowid in found]


# What a match the prefix tier does not score is ranked by: after every scored match, title first.
UNSCORED_TITLE, UNSCORED = 0.0, 1.0


def _candidates(db: Store, fts: str, query: str, want: int, scored: bool = True) -> list[tuple[int, float]]:
    # Whether there are many matches, without counting them all: the probe stops at the N-th.
    many = (
        db.execute(
            f"SELECT rowid FROM search.{fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [query, RANK_ALL_BELOW - 1],
        ).fetchone()
        is not None
    )
    if not many or want >= RANK_ALL_BELOW:
        return db.execute(
            f"SELECT rowid, bm25({fts}, 5.0, 1.0) AS score FROM search.{fts} WHERE {fts} MATCH ? "
            "ORDER BY score LIMIT ?",
            [query, want],
        ).fetchall()
    if not scored:  # the newest title matches, then the newest matches (both stop early)
        newest = f"SELECT rowid FROM search.{fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?"
        unscored = {r[0]: UNSCORED for r in db.execute(newest, [query, want])}
        unscored.update({r[0]: UNSCORED_TITLE for r in db.execute(newest, [f"{{title}} : ({query})", want])})
        return list(unscored.items())
    best: dict[int, float] = {}
    for match in (query, f"{{title}} : ({query})"):  # the newest matches, and the newest title matches
        best.update(
            db.execute(
                f"SELECT rowid, bm25({fts}, 5.0, 1.0) FROM search.{fts} WHERE {fts} MATCH ? "
                "ORDER BY rowid DESC LIMIT ?",
                [match, max(NEWEST_RANKED, want)],
            ).fetchall()
        )
    return sorted(best.items(), key=lambda item: item[1])[:want]


def count(db: Store, text: str, kinds: tuple[str, ...] = KINDS) -> int:
    query = fts_query(text)
    if not query:
        return 0
    return sum(
        int(db.execute(f"SELECT count(*) FROM search.{_index(k)} WHERE {_index(k)} MATCH ?", [query]).fetchone()[0])
        for k in dict.fromkeys(kinds)
    )


def _hit(db: Store, kind: str, ref_id: str, score: float, words: list[str]) -> SearchHit | None:
    row = db.execute(_ORIGINAL[kind], [ref_id]).fetchone()
    if row is None:
        return None
    title, sources = _sources(db, kind, [nfc(v) if isinstance(v, str) else v for v in row])
    best: tuple[str, str, Spans] = ("", "", ())
    best_score = (-1, -1)
    for attachment, text in sources:
        if not text.strip():
            continue
        snippet, spans = make_snippet(text, words)
        found = (_distinct(snippet, spans), len(spans))
        if found > best_score:
            best, best_score = (attachment, snippet, spans), found
        if found[0] == len(words):  # every word: an earlier field, or the record's own text, wins
            break
    attachment, snippet, spans = best
    if kind == "document":
        title_snippet, title_spans = make_snippet(title, words)
        if _distinct(title_snippet, title_spans) > best_score[0]:
            attachment, snippet, spans = "", title_snippet, title_spans
    return SearchHit(kind, ref_id, title, snippet, score, spans, attachment)


def _sources(db: Store, kind: str, row: list[Any]) -> tuple[str, list[tuple[str, str]]]:
    """A hit's title and the texts its snippet may come from, in order of preference, each with the
    attachment it is in ("" for the record's own fields)."""
    if kind == "talk":
        held_on, talk_format, topic_ids, *fields = row
        names = _topic_names(db, topic_ids)
        title = " · ".join(
            part for part in (_date(held_on), label_of(TalkFormat, talk_format), "; ".join(names)) if part
        )
        return title, [("", "; ".join(names)), *(("", f or "") for f in fields)]
    if kind == "group":
        name, notes, url = row
        return name or "", [("", notes or ""), ("", url or ""), ("", name or "")]
    title, key_points, body, topic_ids, attached = row
    own = ("", (_flatten_json_list((key_points or "[]") + " " + (body or ""))).strip())
    topics = ("", "; ".join(_topic_names(db, topic_ids)))
    return title or "", [own, topics, *_attachment_texts(db, attached)]


def _topic_names(db: Store, topic_ids: str) -> list[str]:
    import orjson

    ids = [str(t) for t in orjson.loads(topic_ids or "[]")]
    if not ids:
        return []
    names = dict(db.execute(f"SELECT id, name FROM topics WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())
    return [nfc(names.get(t, t)) for t in ids]


def _attachment_texts(db: Store, attached: str) -> list[tuple[str, str]]:
    import orjson

    files = orjson.loads(attached or "[]")
    out = []
    for f in files:
        row = db.execute("SELECT text FROM blobs WHERE sha256 = ?", [f.get("sha256")]).fetchone()
        if row and row[0]:
            out.append((str(f.get("filename") or ""), " ".join(nfc(row[0]).split())))  # lines of a file, one passage
    return out


def _date(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso and len(iso) >= 10 else ""


def _distinct(text: str, spans: Spans) -> int:
    return len({fold(text[a:b]) for a, b in spans})


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Matches any of the folded ``words`` in original text, each letter as any of its accented
    forms, the last word as a prefix; one group per word, so one pass finds them all in order."""
    alternatives = []
    for n, word in enumerate(words):
        letters = "".join(f"[{re.escape(FOLDED_FORMS.get(c, c))}]" for c in word)
        alternatives.append(f"({letters}" + (r"\w*)" if n == len(words) - 1 else r")(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


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


def make_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> tuple[str, Spans]:
    """A window of ``text`` around the densest matches, and the match spans inside it."""
    # every match has a last group (one group per word): ``or 0`` only tells the type checker
    found = [(m.start(), m.end(), m.lastindex or 0) for m in _pattern(tuple(words)).finditer(text)]
    if not found:
        return (text[:width].strip(), ())
    matches = [(start, end) for start, end, _ in found]
    # The best window holds the most distinct query words, then the most matches, then the closest
    # together (two pointers).
    best_start, best_end, best_score = found[0][0], found[0][1], (0, 0, 0)
    inside: dict[int, int] = {}
    right = 0
    for left, (start, _, _) in enumerate(found):
        while right < len(found) and found[right][0] < start + width:
            inside[found[right][2]] = inside.get(found[right][2], 0) + 1
            right += 1
        score = (len(inside), right - left, start - found[right - 1][1])  # then the tightest window
        if score > best_score:
            best_start, best_end, best_score = start, found[right - 1][1], score
        word = found[left][2]
        inside[word] -= 1
        if not inside[word]:
            del inside[word]
    # some context before the first match, unless that would leave out the window's last match
    begin = max(0, min(best_start, max(best_start - width // 4, best_end + 40 - width)))
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
