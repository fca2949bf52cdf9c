"""The notes analyses attach to their results, in Dutch and English.

An analysis returns a :class:`partnernet.analysis.results.Note` (a key and its
values), or a tuple of them, never a sentence; :func:`say` puts notes into
words, and :func:`reasons` does so for the rows of :func:`partnernet.redundancy`.

>>> from partnernet.analysis.results import Note
>>> say([Note.of("fragmentation.sampled", sample=(200, 600, 0), error=0.0123)], "en")
'DF and the average distance estimated from shortest paths of 200 of 600 sampled nodes (seed 0); standard error of DF 0.0123.'
>>> say([Note.of("exact", option="--exact")], "nl")
'Exacte waarden: --exact (trager).'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from . import numbers
from .labels import LABELS
from .plain import pick

#: key -> (Dutch, English); ``{sample}`` is the searched sources (see :func:`sample`).
TEXTS: dict[str, tuple[str, str]] = {
    "centrality.directed": (
        "Tussenpositie volgt de richting van gerichte relaties (genormaliseerd met (n-1)(n-2)); "
        "de andere maten tellen elke relatie in beide richtingen.",
        "Betweenness follows the direction of directed ties (normalised by (n-1)(n-2)); "
        "the other measures count every tie both ways.",
    ),
    "centrality.sampled": (
        "Tussenpositie en nabijheid geschat uit kortste paden van {sample}; standaardfout ongeveer "
        "{error} van de {top} hoogste tussenposities.",
        "Betweenness and closeness estimated from shortest paths of {sample}; "
        "standard error about {error} of the {top} highest betweenness values.",
    ),
    "centrality.two_mode_sampled": (
        "Tussenpositie in het netwerk van actoren en overleggen geschat uit {sample}.",
        "Two-mode betweenness estimated from {sample} of the actor-body graph.",
    ),
    "exact": ("Exacte waarden: {option} (trager).", "Exact values: {option} (slower)."),
    "fragmentation.sampled": (
        "DF en de gemiddelde afstand geschat uit kortste paden van {sample}; standaardfout van DF {error}.",
        "DF and the average distance estimated from shortest paths of {sample}; standard error of DF {error}.",
    ),
    "governance.heuristic": (
        "heuristiek: Provan & Kenis (2008) geven geen structurele indicatoren; deze lezing van de centralisatie "
        "en de rol van de spil is die van partnernet, niet de hunne",
        "heuristic: Provan & Kenis (2008) give no structural indicators; this reading of "
        "centralisation and the hub's role is partnernet's, not theirs",
    ),
    "keyplayers.no_gain": (
        "geen set van {k} verhoogt {criterion} boven die van het intacte netwerk",
        "no set of {k} raises {criterion} above the intact network's",
    ),
    "keyplayers.df_longer": ("DF telt ook langere afstanden", "DF also counts longer distances"),
    "keyplayers.left_out": (
        "{names} weggelaten: {them} weghalen voegt niets toe aan het weghalen van de anderen",
        "{names} left out: removing {them} adds nothing to the others' removal",
    ),
    "keyplayers.df_sampled": (
        "DF tijdens het zoeken vergeleken uit {sources} steekproefbronnen, eindscores {final}",
        "DF compared from {sources} sampled sources during the search, final scores {final}",
    ),
    "keyplayers.candidates": (
        "alleen de {wanted} van {nodes} knooppunten met de hoogste tussenpositie doorzocht "
        "(candidates= verruimt het zoeken)",
        "searched only the {wanted} of {nodes} nodes with the highest betweenness (candidates= widens the search)",
    ),
}
UNKNOWN = {column: LABELS[column] for column in ("regime", "level")}  # 'regime unknown': the label table
#: The notebook view of a Landscape (``Landscape._repr_html_``): key -> (Dutch, English).
NOTEBOOK: dict[str, tuple[str, str]] = {
    "landscape": ("Landschap", "Landscape"),
    "on": ("op {date}", "on {date}"),
    "domains": ("Organisaties per domein", "Organisations per domain"),
    "body_kinds": ("Overleggen per soort", "Bodies per kind"),
    "top_organisations": ("Organisaties aan de meeste tafels", "Organisations with most tables"),
    "more": ("... en nog {n}", "... and {n} more"),
    "warnings": ("{n} waarschuwingen", "{n} warnings"),
}


def notebook(key: str, lang: str, **values: Any) -> str:
    """A word of the notebook view of a Landscape."""
    return NOTEBOOK[key][1 if lang == "en" else 0].format(**values)


#: Notes of key players are clauses, joined by "; " into one sentence.
CLAUSES = ("keyplayers.",)


def sample(value: Any, lang: str) -> str:
    """Sources searched, ``(count, nodes, seed)`` or None for all: '150 of 600 sampled nodes (seed 0)'."""
    if value is None:
        return pick(lang, "elk knooppunt", "every node")
    count, nodes, seed = value
    return pick(
        lang, "{c} van {n} knooppunten in een steekproef (seed {s})", "{c} of {n} sampled nodes (seed {s})"
    ).format(c=numbers.integer(count, lang), n=numbers.integer(nodes, lang), s=seed)


def _values(key: str, values: dict[str, Any], lang: str) -> dict[str, Any]:
    out = dict(values)
    if "sample" in out:
        out["sample"] = sample(out["sample"], lang)
    if key == "centrality.sampled":
        out["error"] = numbers.percent(out["error"], lang)
    if key == "fragmentation.sampled":
        out["error"] = numbers.number(out["error"], lang, 4)
    if key == "keyplayers.left_out":
        out["names"] = ", ".join(map(str, out["names"]))
        out["them"] = pick(
            lang, "het" if len(values["names"]) == 1 else "ze", "it" if len(values["names"]) == 1 else "them"
        )
    if key == "keyplayers.df_sampled":
        final = out.pop("final")
        out["final"] = (
            pick(lang, "exact", "exact")
            if final is None
            else pick(lang, "geschat uit ", "estimated from ") + sample(final, lang)
        )
    return out


def text(note: Any, lang: str) -> str:
    """One note in words."""
    return TEXTS[note.key][1 if lang == "en" else 0].format(**_values(note.key, dict(note.values), lang))


def say(notes: Iterable[Any] | None, lang: str) -> str | None:
    """Notes in words, one sentence each (key players' clauses joined by '; '); None for none."""
    notes = list(notes or ())
    if not notes:
        return None
    clauses = [text(n, lang) for n in notes if n.key.startswith(CLAUSES)]
    sentences = [text(n, lang) for n in notes if not n.key.startswith(CLAUSES)]
    if clauses:
        sentences.insert(0, "; ".join(clauses) + ".")
    return " ".join(sentences)


def reasons(pairs: pd.DataFrame, min_overlap: float, lang: str) -> pd.Series:
    """Why each pair of :func:`partnernet.redundancy` is a merge candidate or not, in words.

    E.g. 'same 7 of 8 members, both ct, both regional, 4 hours per month together'.
    """

    from . import get

    def value(v: Any) -> str:
        return "?" if pd.isna(v) else str(get(lang).value(v))  # regime and level in the reader's words

    rows = []
    for row in pairs.to_dict("records"):
        counts = pick(lang, "{s} van {u}", "{s} of {u}").format(
            s=row["shared_members"], u=numbers.counted(row["union_members"], "member", lang)
        )
        if row["jaccard"] < min_overlap:
            parts = [
                pick(lang, "{c} gedeeld (Jaccard {j} < {m})", "{c} shared (Jaccard {j} < {m})").format(
                    c=counts, j=numbers.number(row["jaccard"], lang, 2), m=numbers.figure(min_overlap, lang)
                )
            ]
        else:
            parts = [pick(lang, "dezelfde ", "same ") + counts]
        for column in ("regime", "level"):
            a, b, same = row[f"{column}_a"], row[f"{column}_b"], row[f"same_{column}"]
            if pd.isna(same):
                parts.append(pick(lang, "{c} onbekend", "{c} unknown").format(c=UNKNOWN[column][lang == "en"]))
            else:
                parts.append(pick(lang, "beide ", "both ") + value(a) if same else f"{value(a)} vs {value(b)}")
        hours = row["combined_meeting_hours_per_month"]
        parts.append(
            pick(lang, "uren onbekend", "hours unknown")
            if pd.isna(hours)
            else pick(lang, "{h} per maand samen", "{h} per month together").format(
                h=numbers.counted(hours, "hour", lang)
            )
        )
        said = ", ".join(parts)
        candidate = not pd.isna(row["merge_candidate"]) and bool(row["merge_candidate"])
        rows.append(said if candidate else pick(lang, "geen kandidaat: ", "not a candidate: ") + said)
    return pd.Series(rows, index=pairs.index, dtype=object, name="reason")


from .._public import public_dir

__all__ = ["TEXTS", "UNKNOWN", "NOTEBOOK", "notebook", "CLAUSES", "sample", "text", "say", "reasons"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
