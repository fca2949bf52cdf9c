"""Plain-English wording shared by the analyses that tell their results in sentences."""

from __future__ import annotations

import pandas as pd

LISTED = 3  # ids named in a sentence before "and N more"


def listed(parts: list[str], limit: int = LISTED) -> str:
    """'a, b, c and 4 more' (or 'a and b')."""
    parts = list(parts)
    if len(parts) > limit:
        return ", ".join(parts[:limit]) + f" and {len(parts) - limit} more"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1] if parts else ""


def one(node_id, land, *details) -> str:
    """'id (Name; detail, detail)', leaving out what is unknown."""
    name = land.name_of(node_id)
    words = [w for w in (name if name != node_id else None, ", ".join(d for d in details if d)) if w]
    return f"{node_id} ({'; '.join(words)})" if words else str(node_id)


def named(ids, land, limit: int = LISTED) -> str:
    """'a (Name A), b (Name B) and 2 more'."""
    return listed([one(i, land) for i in ids], limit)


def number(value) -> str:
    """A figure as text: integers without decimals, others with at most three."""
    if pd.isna(value):
        return "unknown"
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0").rstrip(".")


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 person', '3 persons' (``plural`` for irregular words: 'bodies')."""
    return f"{n} {word if n == 1 else plural or word + 's'}"
