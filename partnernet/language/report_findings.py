"""The words of the report's findings (``f_*``), Dutch and English: one sentence per finding with its
numbers; the advice line after each is :mod:`partnernet.language.advice`'s. Part of :data:`.report.TEXTS`."""

from __future__ import annotations

FINDINGS: dict[str, tuple[str, str]] = {
    "f_none": ("Deze gegevens geven geen bevinding over het netwerk.", "These data give no finding about the network."),
    "f_none_gaps": ("De bijlage noemt wat er in het register ontbreekt.", "The appendix says what the register lacks."),
    "f_overload": (
        "{name} besteedt {hours} per maand aan {bodies}, {ratio} de beschikbare capaciteit van {capacity}.",
        "{name} spends {hours} per month at {bodies}, {ratio} its available capacity of {capacity}.",
    ),
    "f_overload_more": (
        "Nog {n} organisaties zitten boven hun capaciteit: {names}.",
        "{n} more organisations are above their capacity: {names}.",
    ),
    "f_overload_one_more": ("Ook {names} zit boven de eigen capaciteit.", "{names} is above its capacity too."),
    "f_merge": (
        "{a} en {b} hebben {shared} van hun {union} gemeen; samenvoegen scheelt de deelnemers "
        "samen hooguit {saved} per maand (een bovengrens: alsof elke gedeelde deelnemer de "
        "vergaderingen van het kleinste overleg helemaal uitspaart; dat overleg zelf vergadert {meeting} "
        "per maand){more}.",
        "{a} and {b} share {shared} of their {union}; merging them would save the members together "
        "at most {saved} per month (an upper bound: as if every shared member saved all meetings "
        "of the smaller body; that body itself meets {meeting} per month){more}.",
    ),
    "f_merge_same": (
        "{a} en {b} hebben precies dezelfde deelnemers ({union}); samenvoegen scheelt de deelnemers "
        "samen hooguit {saved} per maand (een bovengrens: alsof elke gedeelde deelnemer de "
        "vergaderingen van het kleinste overleg helemaal uitspaart; dat overleg zelf vergadert {meeting} "
        "per maand){more}.",
        "{a} and {b} have exactly the same members ({union}); merging them would save the members "
        "together at most {saved} per month (an upper bound: as if every shared member saved "
        "all meetings of the smaller body; that body itself meets {meeting} per month){more}.",
    ),
    "f_merge_more": ("; {n} andere paren komen ook in aanmerking", "; {n} other pairs qualify too"),
    "f_merge_more_one": ("; nog één ander paar komt in aanmerking", "; one other pair qualifies too"),
    "f_cut_off": (
        "Als {person} wegvalt, raken {count} deelnemers los van de rest van het netwerk.",
        "If {person} leaves, {count} members lose their link to the rest of the network.",
    ),
    "f_cut_off_one": (
        "Als {person} wegvalt, raakt één deelnemer los van de rest van het netwerk.",
        "If {person} leaves, one member loses its link to the rest of the network.",
    ),
    "f_cut_off_names": (
        "Als {person} wegvalt, raken {names} los van de rest van het netwerk.",
        "If {person} leaves, {names} are cut off from the rest of the network.",
    ),
    "f_cut_off_names_one": (
        "Als {person} wegvalt, raakt {names} los van de rest van het netwerk.",
        "If {person} leaves, {names} is cut off from the rest of the network.",
    ),
    "person_of": ("{person} van {organisation}", "{person} of {organisation}"),
    "f_org_cut_off": (
        "Als {organisation} wegvalt, raken {count} organisaties los van de rest van het netwerk.",
        "If {organisation} leaves, {count} organisations lose their link to the rest of the network.",
    ),
    "f_org_cut_off_one": (
        "Als {organisation} wegvalt, raakt één organisatie los van de rest van het netwerk.",
        "If {organisation} leaves, one organisation loses its link to the rest of the network.",
    ),
    # one sentence of what, one of why it matters (the advice line follows)
    "f_key_players": (
        "Het netwerk van personen rust op {N} mensen: {names}. Vallen zij allebei weg, dan is {after} van "
        "de paren van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on {N} people: {names}. If both leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_many": (
        "Het netwerk van personen rust op {N} mensen: {names}. Vallen zij alle {N} weg, dan is {after} van "
        "de paren van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on {N} people: {names}. If all {N} leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_one": (
        "Het netwerk van personen rust op één persoon: {names}. Valt die weg, dan is {after} van de paren "
        "van de andere personen niet meer via een overleg met elkaar verbonden ({before_words}).",
        "The network of persons rests on one person: {names}. If they leave, {after} of the pairs of the "
        "other persons are no longer linked through any table ({before_words}).",
    ),
    "f_key_players_before": ("nu {before}", "now {before}"),
    "f_key_players_before_none": ("nu zijn ze dat allemaal", "now they all are"),
    "f_connectors": (
        "Van de {total} organisaties met personen aan tafel hebben er {n} geen verbinder: noch de organisatie "
        "zelf, noch een van haar personen slaat duidelijk vaker dan toeval een brug naar een ander domein: "
        "{names}.",
        "Of the {total} organisations with persons at the tables, {n} have no connector: neither the "
        "organisation itself nor any of its persons bridges to another domain clearly more often than chance: "
        "{names}.",
    ),
    "f_connectors_one": (
        "Eén van de {total} organisaties met personen aan tafel heeft geen verbinder: noch de organisatie "
        "zelf, noch een van haar personen slaat duidelijk vaker dan toeval een brug naar een ander domein: "
        "{names}.",
        "One of the {total} organisations with persons at the tables has no connector: neither the "
        "organisation itself nor any of its persons bridges to another domain clearly more often than chance: "
        "{names}.",
    ),
    "f_hub_not": (
        "{name} zit aan {bodies} maar is niet de spil van het netwerk: het staat op plaats "
        "{rank} van {of} naar hoe vaak een organisatie de kortste verbinding tussen twee andere vormt; "
        "bovenaan staat {top}.",
        "{name} sits at {bodies} but is not the hub of the network: it ranks {rank} of {of} by how "
        "often an organisation forms the shortest link between two others; {top} ranks first.",
    ),
    "f_hub_absent": (
        "{name} wordt als spil van het netwerk verwacht, maar {absent}; bovenaan staat {top}.",
        "{name} is expected to be the hub of the network, but {absent}; {top} ranks first.",
    ),
    "f_hub_no_link": (
        "heeft in deze gegevens geen enkele verbinding met een andere organisatie",
        "has no link to any other organisation in these data",
    ),
    "f_hub_no_table": (
        "zit aan geen enkel overleg en vormt nooit de kortste verbinding tussen twee andere organisaties",
        "sits at no table and never forms the shortest link between two other organisations",
    ),
    "f_hub_no_path": (
        "vormt nooit de kortste verbinding tussen twee andere organisaties",
        "never forms the shortest link between two other organisations",
    ),
    "f_hub_not_linked": (
        "{name} is niet de spil van het netwerk: het staat op plaats {rank} van {of} naar hoe vaak een "
        "organisatie de kortste verbinding tussen twee andere vormt; bovenaan staat {top}.",
        "{name} is not the hub of the network: it ranks {rank} of {of} by how often an organisation forms "
        "the shortest link between two others; {top} ranks first.",
    ),
    "f_hub_is": (
        "{name} is de spil van het netwerk: van de {of} organisaties vormt zij het vaakst de kortste "
        "verbinding tussen twee andere.",
        "{name} is the hub of the network: of {of} organisations, it most often forms the shortest link "
        "between two others.",
    ),
    "f_covenant": (
        "Aan {bodies} met een convenant nemen {n} organisaties deel die het convenant niet tekenden, zoals {names}.",
        "At {bodies} with a covenant, {n} organisations take part that did not sign it, such as {names}.",
    ),
    "f_covenant_one": (
        "Aan {bodies} met een convenant neemt een organisatie deel die het convenant niet tekende: {names}.",
        "At {bodies} with a covenant, one organisation takes part that did not sign it: {names}.",
    ),
    "n_bodies": ("{n} overleggen", "{n} bodies"),
    "n_bodies_one": ("één overleg", "one body"),
    "f_periphery": (
        "Zorg-, onderwijs- en sociale partners zitten gemiddeld aan {focus} overleggen, tegen {others} "
        "voor de andere organisaties.",
        "Care, education and social partners sit at {focus} tables on average, against {others} for "
        "the other organisations.",
    ),
    "f_chain": (
        "Een casus van {table} gaat langs {between} voordat hij bij {top} komt, {layers} hoger.",
        "A case from {table} passes {between} before it reaches {top}, {layers} up.",
    ),
    "f_turnover": (
        "Aan {body} zijn {n} van de {members} het afgelopen jaar nieuw.",
        "At {body}, {n} of the {members} joined in the past year.",
    ),
    "f_turnover_one": (
        "Aan {body} is één van de {members} het afgelopen jaar nieuw.",
        "At {body}, one of the {members} joined in the past year.",
    ),
}

from .._public import public_dir

__all__ = ["FINDINGS"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
