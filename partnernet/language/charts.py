"""The words of the report's pictures: axis titles, the network overview's caption and its notes,
and the appendix's note on names a picture could not draw.

Values are ``(nl, en)`` templates, merged into :data:`.report.TEXTS` (one ``Texts`` for the report).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the robustness chart's axes (issue 15 I, item 1)
    "removed": ("aantal weggevallen organisaties", "number of organisations removed"),
    "fragmentation": (
        "organisatieparen die elkaar niet kunnen bereiken (%)",
        "pairs of organisations that cannot reach each other (%)",
    ),
    # the network overview's caption: what it shows (organisations and the links between them)
    "overview_title": (
        "Organisaties, gekleurd naar domein; een lijn verbindt twee organisaties die {what}. "
        "Rood omcirkeld: kwetsbare schakels; zwart omcirkeld: verbinders (z-score brokerage tussen domeinen ten minste {z}); "
        "rode lijn: een verbinding die niet gemist kan worden.",
        "Organisations, coloured by domain; a line joins two organisations that {what}. "
        "Red ring: single points of failure; black ring: connectors (z-score of brokerage between domains at least {z}); "
        "red line: a link that cannot be missed.",
    ),
    "overview_unnamed": (
        "Zonder naam in het beeld, omdat die er niet naast past zonder een andere te raken: {names}.",
        "Not named in the picture, as the name does not fit beside it without touching another: {names}.",
    ),
    "overview_none": (
        "Er is geen netwerkplaat: geen enkele organisatie heeft een verbinding met een andere ({why}).",
        "There is no network picture: no organisation has a link to another ({why}).",
    ),
    "overview_none_tables": (
        "er zijn geen overleggen met twee of meer organisaties",
        "no table has two or more organisations",
    ),
    "overview_none_ties": (
        "het register heeft geen relaties tussen organisaties",
        "the register has no ties between organisations",
    ),
    "overview_none_tables+ties": (
        "geen overleg heeft twee of meer organisaties en er zijn geen relaties tussen organisaties",
        "no table has two or more organisations and there are no ties between organisations",
    ),
    # names a picture could not draw (report/glyphs.py)
    "unshown_names": (
        "Sommige namen bevatten tekens die geen geïnstalleerd lettertype kan tekenen; de figuren "
        "tonen die tekens als □, de tabellen, de kaart en de webversie tonen ze wel: {names}.",
        "Some names hold characters that no installed font can draw; the figures show those "
        "characters as □, the tables, the map and the web page show them as written: {names}.",
    ),
    # names the document prints with a character no installed font holds (report/glyphs.py, fontconfig)
    "unprintable_names": (
        "Sommige namen bevatten tekens die geen op deze computer geïnstalleerd lettertype heeft: de PDF drukt "
        "die tekens af als lege vakjes, de figuren als □, en een browser zonder zulke lettertypen toont ze ook "
        "als vakjes (de gegevens, de werkmap en de kaart houden de namen zoals geschreven): {names}.",
        "Some names hold characters that no font installed on this computer has: the PDF prints those "
        "characters as empty boxes, the figures as □, and a browser without such fonts shows them as boxes "
        "too (the data, the workbook and the map keep the names as written): {names}.",
    ),
}

from .._public import public_dir

__all__ = ["TEXTS"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
