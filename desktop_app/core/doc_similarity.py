"""Documents like a given one ("Tài liệu tương tự"): TF-IDF over folded words and pairs of words
(Vietnamese writes a word as several syllables: "bảo hiểm" is one idea), compared by cosine.
A shared rare phrase counts much, a word every document has counts for nothing."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

from .text import words

MIN_SIMILARITY = 0.05  # below this two documents share only common words


def _terms(text: str) -> Counter[str]:
    syllables = words(text)
    return Counter(syllables) + Counter(f"{a} {b}" for a, b in zip(syllables, syllables[1:], strict=False))


def most_similar(target_id: str, texts: Mapping[str, str], limit: int = 5) -> list[tuple[str, float]]:
    """The ids of the documents most like ``target_id`` among ``texts`` (id → text), best first."""
    if target_id not in texts:
        return []
    counts = {doc_id: _terms(text) for doc_id, text in texts.items()}
    frequency: Counter[str] = Counter()
    for terms in counts.values():
        frequency.update(terms.keys())
    total = len(counts)
    weights = {
        doc_id: {t: (1 + math.log(n)) * math.log((1 + total) / (1 + frequency[t])) for t, n in terms.items()}
        for doc_id, terms in counts.items()
    }
    norms = {doc_id: math.sqrt(sum(w * w for w in vector.values())) for doc_id, vector in weights.items()}
    target = weights[target_id]
    scored = []
    for doc_id, vector in weights.items():
        if doc_id == target_id or not norms[doc_id] or not norms[target_id]:
            continue
        dot = sum(w * vector[t] for t, w in target.items() if t in vector)
        score = dot / (norms[doc_id] * norms[target_id])
        if score >= MIN_SIMILARITY:
            scored.append((doc_id, round(score, 4)))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]
