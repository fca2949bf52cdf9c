"""The report's short section on the partner survey: response, tables rated low, reciprocated ties.

Only for a landscape collected with ``partnernet survey collect`` (it has
``survey_answered`` and ``value_rating`` columns); otherwise no section.
"""

from __future__ import annotations

from collections.abc import Hashable

from ..analysis.ratings import LOW_RATING, MIN_RATERS, body_ratings, survey_response, tie_reciprocity
from ..language.intake import counted, word
from .document import Bullets, Paragraph, Section
from ..language.report import Texts

#: Tables rated low that the section names at most.
SHOWN = 10


def survey_section(r, t: Texts) -> Section | None:
    """Response rate, the tables most members rate low (and the one each overlaps), ties one- or two-sided."""
    response = survey_response(r.land)
    if response is None:
        return None
    lang = t.lang
    section = Section("enquete" if lang == "nl" else "survey", word("r.title", lang))
    section.add(
        Paragraph(
            word(
                "r.response",
                lang,
                answered=t.integer(response["answered"]),
                invited=t.integer(response["invited"]),
                rate=t.percent(response["rate"]),
            )
        )
    )
    low = body_ratings(r.land)
    low = low[low["rated_low"]]
    if low.empty:
        section.add(Paragraph(word("r.no_low", lang)))
    else:
        section.add(Paragraph(word("r.low", lang, threshold=t.integer(LOW_RATING), raters=t.integer(MIN_RATERS))))
        section.add(
            Bullets(
                [
                    word(
                        "r.low_item",
                        lang,
                        name=row["name"],
                        mean=t.number(row.mean_value_rating),
                        raters=t.integer(row.raters),
                        overlap=_overlap(r, body, t),
                    )
                    for body, row in low.head(SHOWN).iterrows()
                ]
            )
        )
    pairs = tie_reciprocity(r.land)
    if len(pairs):
        both = int(pairs["reciprocated"].sum())
        section.add(
            Paragraph(
                word(
                    "r.ties",
                    lang,
                    pairs=t.integer(len(pairs)),
                    both=t.integer(both),
                    one=t.integer(len(pairs) - both),
                    noun=counted("r.ties.noun", lang, len(pairs)),
                    verb=counted("r.ties.verb", lang, both),
                )
            )
        )
    return section


def _overlap(r, body: Hashable, t: Texts) -> str:
    """'; overlaps X (Jaccard 0.88): ...' for the body's best merge candidate pair, else ''."""
    pairs = r.redundancy
    mine = pairs[
        ((pairs["body_a"] == body) | (pairs["body_b"] == body)) & pairs["merge_candidate"].fillna(False).astype(bool)
    ]
    if mine.empty:
        return ""
    best = mine.iloc[0]
    other = best["body_b"] if best["body_a"] == body else best["body_a"]
    return word("r.low_overlap", t.lang, other=r.land.name_of(other), jaccard=t.number(best["jaccard"], 2))


from .._public import public_dir

__all__ = ["SHOWN", "survey_section"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
