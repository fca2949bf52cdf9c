"""The words of the report's map link, appendix (source, how to run, data gaps, full tables) and workbook
sheet names, Dutch and English. Part of :data:`.report.TEXTS`."""

from __future__ import annotations

APPENDIX: dict[str, tuple[str, str]] = {
    # map and appendix
    "p_map": (
        "De interactieve kaart van het netwerk staat in het bestand {file} (werkt zonder internet).",
        "The interactive map of the network is in the file {file} (works without internet).",
    ),
    "p_map_no_persons": (
        "Personen staan niet op de kaart: het zijn er te veel om leesbaar te tonen. Ze staan wel in de tabellen.",
        "Persons are not on the map: there are too many to show readably. They are in the tables.",
    ),
    "n_rows_cut": (
        "De eerste {shown} van {n} rijen; de Excel-werkmap bij dit rapport bevat alle rijen.",
        "The first {shown} of {n} rows; the Excel workbook of this report holds every row.",
    ),
    "n_rows_cut_print": (
        "De eerste {shown} van {n} rijen; de digitale versie (HTML) en de Excel-werkmap bevatten alle rijen.",
        "The first {shown} of {n} rows; the digital version (HTML) and the Excel workbook hold every row.",
    ),
    "p_data": (
        "Bron: {source}. Peildatum: {date}. Elke tabel van dit rapport staat ook als eigen blad in de Excel-werkmap.",
        "Source: {source}. Reference date: {date}. Every table of this report is also a sheet of its own "
        "in the Excel workbook.",
    ),
    "p_how_to_run": (
        "Zo maakt u de versies van dit rapport: partnernet report <map> -o rapport.html (digitaal, met de "
        "kaart), -o rapport.xlsx of --to xlsx (de Excel-werkmap), -o rapport.pdf (afdrukbaar; met --full "
        "alle rijen van elke tabel), --names (personen bij naam) en --lang en (Engels).",
        "How to make the versions of this report: partnernet report <folder> -o report.html (digital, with the "
        "map), -o report.xlsx or --to xlsx (the Excel workbook), -o report.pdf (printable; with --full "
        "every row of every table), --names (persons by name) and --lang en (Dutch: --lang nl).",
    ),
    "t_data_gaps": ("Gaten in de gegevens", "Gaps in the data"),
    "p_gap_no_persons": (
        "Het register bevat geen personen: verbindingen via personen, verbinders en sleutelpersonen "
        "zijn niet te beoordelen.",
        "The register holds no persons: links through persons, connectors and key persons cannot be assessed.",
    ),
    "p_gap_orgs_without_persons": (
        "Aan tafel zitten {n} organisaties zonder personen in het register, dus of ze een "
        "verbinder hebben is onbekend: {names}.",
        "At the tables sit {n} organisations without persons in the register, so whether "
        "they have a connector is unknown: {names}.",
    ),
    "p_gap_orgs_without_persons_one": (
        "Eén organisatie aan tafel heeft geen personen in het register, dus of ze een "
        "verbinder heeft is onbekend: {names}.",
        "One organisation at the tables has no persons in the register, so whether "
        "it has a connector is unknown: {names}.",
    ),
    "p_gap_orgs_persons_unseated": (
        "Er zitten {n} organisaties alleen als organisatie aan tafel: hun personen in het "
        "register zitten aan geen tafel, dus of ze een verbinder hebben is onbekend: "
        "{names}.",
        "There are {n} organisations at the tables only as organisations: their persons in the "
        "register sit at no table, so whether they have a connector is unknown: {names}.",
    ),
    "p_gap_orgs_persons_unseated_one": (
        "Eén organisatie zit alleen als organisatie aan tafel: haar personen in het "
        "register zitten aan geen tafel, dus of ze een verbinder heeft is onbekend: "
        "{names}.",
        "One organisation sits at the tables only as an organisation: its persons in "
        "the register sit at no table, so whether it has a connector is unknown: "
        "{names}.",
    ),
    "p_gap_hours": (
        "Van {n} overleggen zijn de uren onbekend (vergaderingen per jaar of uren per vergadering); ze "
        "tellen niet mee in de belasting.",
        "For {n} bodies the hours are unknown (meetings per year or hours per meeting); they do not count in the load.",
    ),
    "p_gap_hours_one": (
        "Van één overleg zijn de uren onbekend (vergaderingen per jaar of uren per vergadering); het "
        "telt niet mee in de belasting.",
        "For one body the hours are unknown (meetings per year or hours per meeting); it does not count in the load.",
    ),
    "p_gap_no_signatories": (
        "Het register noemt convenanten bij overleggen, maar niet wie ze tekenden (covenants.csv ontbreekt of "
        "is leeg): wie het convenant tekende is onbekend, dus het rapport zegt daar niets over.",
        "The register names covenants of bodies but not who signed them (covenants.csv is missing or empty): "
        "the signatories are unknown, so the report says nothing about them.",
    ),
    "p_gap_no_domains": (
        "Geen organisatie heeft een domein: verbinders tussen domeinen en de E-I-index zeggen daarom niets.",
        "No organisation has a domain: connectors between domains and the E-I index say nothing here.",
    ),
    "p_blank_domains": (
        "{n} organisaties hebben in het register geen domein en tellen daarom niet mee in de tabellen per "
        "domein: {names}. Een ontbrekend domein is een gat in de gegevens, geen domein van zichzelf.",
        "{n} organisations have no domain in the register and so do not count in the tables per domain: "
        "{names}. A missing domain is a gap in the data, not a domain of its own.",
    ),
    "p_blank_domains_one": (
        "Eén organisatie heeft in het register geen domein en telt daarom niet mee in de tabellen per "
        "domein: {names}. Een ontbrekend domein is een gat in de gegevens, geen domein van zichzelf.",
        "One organisation has no domain in the register and so does not count in the tables per domain: "
        "{names}. A missing domain is a gap in the data, not a domain of its own.",
    ),
    "new_body": ("nieuw overleg", "new body"),
    "n_new_body": (
        "Een nieuw overleg is in de twaalf maanden voor de peildatum begonnen: al zijn deelnemers zijn nieuw, "
        "dat zegt niets over verloop.",
        "A new body started in the twelve months before the reference date: all its members are new, which "
        "says nothing about turnover.",
    ),
    "p_no_warnings": ("Het inlezen gaf geen waarschuwingen.", "Reading the data gave no warnings."),
    "p_pseudonymised": (
        "Personen staan in dit rapport alleen als pseudoniem (P-…); hun namen, functies en "
        "kolommen met vrije tekst zijn weggelaten (zie de waarschuwingen). Gepseudonimiseerde "
        "gegevens blijven persoonsgegevens (AVG).",
        "Persons appear in this report only as pseudonyms (P-…); their names, functions and "
        "free-text columns are left out (see the warnings). Pseudonymised data is still "
        "personal data (GDPR).",
    ),
    "t_all_centrality": ("Centraliteit van alle organisaties", "Centrality of all organisations"),
    "t_all_overload": ("Belasting van alle organisaties", "Load of all organisations"),
    "t_all_persons": ("Belasting van personen", "Load of persons"),
    "t_all_pairs": ("Alle paren overleggen met gedeelde deelnemers", "All pairs of bodies with shared members"),
    "t_all_bodies": ("Alle overleggen in de hiërarchie", "All bodies in the hierarchy"),
    "t_all_connectors": ("Brokerage van alle organisaties", "Brokerage of all organisations"),
    "t_all_person_connectors": ("Brokerage van personen", "Brokerage of persons"),
    "t_all_covenants": ("Alle deelnemers buiten een convenant", "All members outside a covenant"),
    "t_all_domains": ("Positie per domein", "Position per domain"),
    "t_all_articulation": ("Kwetsbare schakels", "Single points of failure"),
    "t_all_bus_factor": ("Busfactor per organisatie en domein", "Bus factor per organisation and domain"),
    "t_all_turnover": ("Verloop per overleg", "Turnover per body"),
    "sheet_overload": ("Belasting", "Load"),
    "sheet_centrality": ("Centraliteit", "Centrality"),
    "sheet_connectors": ("Verbinders", "Connectors"),
    "sheet_pairs": ("Overlap", "Overlap"),
    "sheet_bodies": ("Hiërarchie", "Hierarchy"),
    "sheet_covenants": ("Convenanten", "Covenants"),
    "sheet_domains": ("Domeinen", "Domains"),
    "sheet_articulation": ("Kwetsbare schakels", "Single points of failure"),
    "sheet_bus_factor": ("Busfactor", "Bus factor"),
    "sheet_persons": ("Personen", "Persons"),
    "sheet_person_connectors": ("Verbinders (personen)", "Connectors (persons)"),
    "sheet_turnover": ("Verloop", "Turnover"),
    "t_counts": ("Aantallen", "Counts"),
    "sheet_actions": ("Acties voor de stuurgroep", "Actions for the steering group"),
    "sheet_key_players": ("Sleutelspelers", "Key players"),
    "sheet_covenant_bodies": ("Convenantdekking", "Covenant coverage"),
    "sheet_covenant_ties": ("Informatiestromen", "Information flows"),
    "sheet_ei": ("Binnen en buiten domein", "Inside and outside domain"),
    "sheet_nested": ("Geneste overleggen", "Nested bodies"),
    "sheet_small": ("Kleine overleggen", "Small bodies"),
    "sheet_without_connector": ("Zonder verbinder", "Without connector"),
    "sheet_hub": ("Spil", "Hub"),
    "sheet_turnover_orgs": ("Zetels", "Seats"),
    "sheet_glossary": ("Begrippen", "Glossary"),
    "sheet_counts": ("Aantallen", "Counts"),
}

from .._public import public_dir

__all__ = ["APPENDIX"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
