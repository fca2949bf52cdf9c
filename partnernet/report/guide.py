"""The parts of the report that help a steering group act: what to do (the action table and what changes when
a key person leaves), the glossary, and the sources of the advice and the methods."""

from __future__ import annotations

import pandas as pd

from .analyses import Results
from .document import Bullets, Paragraph, Section, Table
from .findings import Finding
from .tables import display_name, people, sheet_title
from ..language import advice as words
from ..language import glossary
from ..language.report import Texts


def actions_section(r: Results, t: Texts, found: list[Finding]) -> Section | None:
    """'What to do': one row per advised finding (finding, action, owner, urgency), then per key person what
    changes if they leave. None when there is neither."""
    from .sections import whatif_sentences

    section = Section(
        "wat-te-doen" if t.lang == "nl" else "what-to-do",
        words.word("s_actions", t.lang),
        intro=words.word("s_actions_intro", t.lang),
    )
    rows = [
        words.row(
            f.record,
            t.lang,
            lambda i: display_name(r.land, i, t, sentence=True),
            lambda ids: t.listing(people(r.land, ids, t, sentence=True), 4),
        )
        for f in found
        if getattr(f, "record", None) is not None
    ]
    if rows:
        keys = ("finding", "action", "owner", "urgency")
        section.add(
            Table(
                words.word("t_actions", t.lang),
                pd.DataFrame(rows),
                sheet=sheet_title("actions", t),
                key="actions",
                columns={words.word(key, t.lang): f"advice_{key}" for key in keys},
            )
        )
    for actor, scenario in r.whatif.items():
        section.add(Paragraph(t("p_whatif", person=display_name(r.land, actor, t, sentence=True))))
        section.add(Bullets(whatif_sentences(scenario, r.land, t)))
    return section if section.blocks else None


def glossary_section(r: Results, t: Texts) -> Section:
    """Every index name, formula and reference the main text leaves out."""
    threshold = r.connectors.threshold  # the z threshold of a connector, when the analysis has one
    frame = pd.DataFrame(
        glossary.terms(t.lang, threshold, lambda z: t.number(z, 2)),
        columns=[glossary.word("term", t.lang), glossary.word("meaning", t.lang)],
    )
    section = Section("begrippen" if t.lang == "nl" else "glossary", glossary.word("s_glossary", t.lang))
    section.add(
        Table(
            glossary.word("t_glossary", t.lang),
            frame,
            sheet=sheet_title("glossary", t),
            key="glossary",
            columns={glossary.word("term", t.lang): "term", glossary.word("meaning", t.lang): "meaning"},
        )
    )
    return section


def sources_section(found: list[Finding], t: Texts) -> Section:
    """The evaluation studies the advice cites (with the USBO lessons cited), then the methods."""
    cited = [source for f in found if f.record is not None for source in f.record.sources]
    section = Section("bronnen" if t.lang == "nl" else "sources", words.word("s_sources", t.lang))
    studies = words.sources(cited, t.lang)
    if studies:
        section.add(Paragraph(words.word("p_sources", t.lang)))
        section.add(Paragraph(glossary.word("studies", t.lang)))
        section.add(Bullets(studies))
    section.add(Paragraph(glossary.word("methods", t.lang)))
    section.add(Bullets(list(glossary.METHODS)))
    return section


__all__ = ["actions_section", "glossary_section", "sources_section"]

from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
