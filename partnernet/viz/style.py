"""How a map looks: colours by domain, shapes by kind, sizes, marker borders, the legend.

Colours are from Tableau 10 (Stone 2016), chosen to stay apart for the
common forms of colour blindness; every colour here is a constant, never a
user string, so it can go into a style attribute.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DOMAIN_COLOURS = {
    "administration": "#4e79a7",
    "security": "#e15759",
    "justice": "#f28e2b",
    "intelligence": "#b07aa1",
    "tax-finance": "#edc948",
    "care": "#59a14f",
    "social": "#76b7b2",
    "education": "#ff9da7",
    "knowledge": "#9c755f",
    "private": "#bab0ac",
}
EXTRA_COLOURS = ("#17becf", "#bcbd22", "#8c564b", "#e377c2", "#7f7f7f")
UNKNOWN_DOMAIN = "(unknown)"
UNKNOWN_COLOUR = "#d3d3d3"
BODY_COLOUR = "#34495e"
BODY_UNKNOWN_HOURS = "#ffffff"
MARKER_COLOURS = ("#111111", "#c2185b", "#ffb300", "#00897b")
#: Longest label drawn on the map (characters); longer names are cut with an ellipsis, the tooltip and the
#: side panel show them whole.
LABEL_CHARS = 40
MARKED_BORDER = {"organisation": 5, "body": 5, "person": 3}  # a small triangle keeps some of its fill
EDGE_COLOURS = {
    "membership": "#9aa5b1",
    "works-for": "#c8d0d8",
    "reports-to": "#34495e",
    "shared": "#9aa5b1",
    "tie": "#b9770e",
}
ROLE_WIDTH = {"chair": 3.0, "secretary": 2.0}

SHAPES = {"organisation": "dot", "person": "triangle", "body": "square"}
SIZE_RANGE = {"organisation": (8.0, 40.0), "person": (5.0, 14.0), "body": (8.0, 36.0)}


def domain_colours(domains: pd.Series) -> dict[str, str]:
    """A colour for every domain value present; unknown vocabulary values get extra colours."""
    present = sorted(set(domains.dropna().astype(str)))
    colours = {d: DOMAIN_COLOURS[d] for d in present if d in DOMAIN_COLOURS}
    others = [d for d in present if d not in DOMAIN_COLOURS]
    for i, value in enumerate(others):
        colours[value] = EXTRA_COLOURS[i % len(EXTRA_COLOURS)]
    if domains.isna().any():
        colours[UNKNOWN_DOMAIN] = UNKNOWN_COLOUR
    return colours


def scaled(values: pd.Series, kind: str) -> pd.Series:
    """Node sizes in pixels: area grows with the value (square-root scale), missing = smallest.

    The scale runs from the smallest value (or 0 when all are positive) to
    the largest among the nodes drawn.
    """
    smallest, largest = SIZE_RANGE[kind]
    numbers = values.astype(float)
    known = numbers.dropna()
    if known.empty:
        return pd.Series(smallest, index=values.index)
    low = min(0.0, float(known.min()))
    span = float(known.max()) - low
    share = ((numbers - low) / span) if span > 0 else pd.Series(0.5, index=values.index)
    root = pd.Series(np.sqrt(share.clip(0, 1)), index=values.index)  # a Series (numpy's stubs say ndarray)
    return (smallest + (largest - smallest) * root).fillna(smallest).round(1)


def node_colour(fill: str, marks: list[str], marker_colours: dict[str, str], kind: str) -> tuple[dict, int]:
    """vis-network colour options and border width: a thick border in the first marker's colour."""
    border = marker_colours[marks[0]] if marks else _darker(fill)
    colour = {
        "background": fill,
        "border": border,
        "highlight": {"background": fill, "border": "#000000"},
        "hover": {"background": fill, "border": "#000000"},
    }
    return colour, (MARKED_BORDER[kind] if marks else 1)


def _darker(colour: str) -> str:
    if colour == BODY_UNKNOWN_HOURS:
        return BODY_COLOUR
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (red, green, blue)))


def legend(
    colours: dict[str, str], kinds: set[str], edge_kinds: set[str], markers: dict[str, str], size_by: str, words
) -> list[dict]:
    """The legend's sections, each a heading and items of (swatch class, swatch style, text), in ``words``.

    Styles are built from the constant colours above only; texts (domain
    values, marker labels) are escaped by the page template.
    """

    def item(swatch: str, css: str, text: str, facet: str = "", value: str = "") -> dict:
        return {"swatch": swatch, "style": css, "text": text, "facet": facet, "value": value}

    shapes = {
        "organisation": words("shape_organisation", size=words.size(size_by)),
        "person": words("shape_person"),
        "body": words("shape_body"),
    }
    sections = [
        (
            words("by_domain"),
            [
                item("pn-dot", f"background: {c}", text, "domain", "" if d == UNKNOWN_DOMAIN else d)
                for text, c, d in _by_name(colours, words)
            ],
        ),
        (
            words("shapes"),
            [
                item(f"pn-shape pn-{k}", f"background: {BODY_COLOUR}" if k == "body" else "", text, "kind", k)
                for k, text in shapes.items()
                if k in kinds
            ],
        ),
        (
            words("lines"),
            [
                item(f"pn-line pn-{k}", f"border-color: {EDGE_COLOURS[k]}", words(f"line_{k}"))
                for k in EDGE_COLOURS
                if k in edge_kinds
            ],
        ),
        (words("marked"), [item("pn-dot pn-marked", f"border-color: {c}", label) for label, c in markers.items()]),
    ]
    return [{"heading": heading, "items": items} for heading, items in sections if items]


def _by_name(colours: dict[str, str], words) -> list[tuple[str, str, str]]:
    """(domain as shown, colour, domain) in alphabetical order of what the reader sees, unknown last."""
    shown = [(str(words.value(domain)), colour, domain) for domain, colour in colours.items()]
    shown.sort(key=lambda item: (item[2] == UNKNOWN_DOMAIN, item[0].lower()))
    return shown


def marker_colours(markers: dict) -> dict[str, str]:
    """A border colour for each marker label, in the order given."""
    return {label: MARKER_COLOURS[i % len(MARKER_COLOURS)] for i, label in enumerate(markers)}


def short_label(text: str) -> str:
    """``text`` cut to ``LABEL_CHARS`` characters with an ellipsis when longer."""
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "\u2026"


from .._public import public_dir

__all__ = [
    "DOMAIN_COLOURS",
    "EXTRA_COLOURS",
    "UNKNOWN_DOMAIN",
    "UNKNOWN_COLOUR",
    "BODY_COLOUR",
    "BODY_UNKNOWN_HOURS",
    "MARKER_COLOURS",
    "LABEL_CHARS",
    "MARKED_BORDER",
    "EDGE_COLOURS",
    "ROLE_WIDTH",
    "SHAPES",
    "SIZE_RANGE",
    "domain_colours",
    "scaled",
    "node_colour",
    "legend",
    "marker_colours",
    "short_label",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
