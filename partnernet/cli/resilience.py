"""Where the network falls apart: the ``fragmentation`` and ``whatif`` commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from dataclasses import replace

import click
import pandas as pd

from .. import fragmentation as analyse
from ..analysis._plumbing import LEVELS
from ..analysis.overload import HOURS
from ..analysis.resilience import linked_pairs
from ..analysis.results import KeyPlayers
from ..analysis.whatif import whatif as analyse_whatif
from ..language.whatif import changes as whatif_changes
from ..language.people import display_name
from ..language.plain import its
from ..language.whatif import groups_word
from ..errors import InputError, UsageError
from ..language.errors import message
from ..output import render_json
from . import cli
from ..language.numbers import counted, number
from .options import (
    Decimal,
    by_option,
    current_lang,
    words,
    emit,
    emit_top,
    format_option,
    printed_output,
    landscape_argument,
    lang_option,
    network_line,
    resolve_id,
    say,
    say_notes,
    table_option,
    ties_option,
    title_of,
    top_option,
    View,
    level_option,
)

if TYPE_CHECKING:
    from ..analysis.scenario import NewBody
    from ..analysis.fragmentation import Fragmentation
    from ..landscape import Landscape

TABLES = {  # option value -> key in the result of pn.fragmentation
    "summary": "summary",
    "components": "components",
    "communities": "communities",
    "nodes": "nodes",
    "articulation-points": "articulation_points",
    "bridges": "bridges",
    "single-person-links": "single_person_links",
    "single-person-link-pairs": "single_person_links",
    "bus-factor": "bus_factor",
    "bus-factor-links": "bus_factor",
    "key-players": "key_players",
}
#: Tables the default view does not show: ``--table`` prints them whole in a terminal too (the long forms of
#: the blocks single-person-links and bus-factor, which show one row per person and per organisation).
WHOLE_TABLES = ("nodes", "single-person-link-pairs", "bus-factor-links")


@cli.command()
@printed_output()
@landscape_argument()
@level_option(LEVELS)
@click.option(
    "--key-players",
    "key_players",
    type=click.IntRange(1),
    default=None,
    metavar="K",
)
@click.option(
    "--criterion",
    type=click.Choice(["DF", "F"]),
    default="DF",
    show_default=True,
)
@by_option()
@ties_option()
@click.option("--seed", type=int, default=0, show_default=True)
@table_option(TABLES)
@top_option(10)
@format_option()
@lang_option()
def fragmentation(land, level, key_players, criterion, by, ties, seed, table, top, fmt, lang) -> None:
    land = land.using_ties(ties)
    result = analyse(land, level=level, by=by, key_players=key_players, criterion=criterion, seed=seed)
    chosen = None if table is None else _table(result, table)  # a key-players table without --key-players: why
    if fmt == "json":
        click.echo(render_json(result if table is None else chosen))
    elif fmt == "csv":  # the data of the table: every row and column (lists stay lists: CSV writes them)
        emit(_table(result, table or "summary"), fmt)
    elif table in WHOLE_TABLES:
        emit_top(chosen, fmt, top, _frag_title(result, table, land))
    else:  # the default view, or its one block under --table
        _print_report(result, land, top, View(table))


def _frag_title(result: Fragmentation, name: str, land: Landscape | None = None) -> str:
    """The worded title of the table ``name`` of a fragmentation (``land``: the landscape measured, whose date
    the summary's title says)."""
    s: pd.Series[Any] = result.summary  # words and figures: each cell is read as what its row holds
    values = {"n": s["components"], "actor": say(s["level"][:-1]), "its": its(s["level"][:-1], current_lang())}
    if name == "summary":
        when = " " + say("at_date", date=land.date.date()) if land is not None and land.date is not None else ""
        links = counted(s["links"], "link", current_lang())
        values |= {"actors": say(s["level"]), "when": when, "nodes": s["nodes"], "links": links}
        values["how"] = say(f"frag.how.{s['network']}")
    if name.startswith("single-person-link") and result.single_person_links is not None:
        values["n"] = linked_pairs(result.single_person_links)
    if name == "key-players" and result.key_players is not None:
        values["criterion"] = result.key_players.criterion
    return title_of(name, **values)


def _table(result: Fragmentation, name: str):
    if TABLES[name] not in result:
        raise UsageError("no_such_table_key_players" if name == "key-players" else "no_such_table", name=name)
    value = result.get(TABLES[name])
    return value.individual if isinstance(value, KeyPlayers) else value if name == "key-players" else value


def _print_report(result: Fragmentation, land: Landscape, top: int, view: View) -> None:
    s: pd.Series[Any] = result.summary  # words and figures: each cell is read as what its row holds
    if view.opens("summary"):  # every key figure, whatever --top: a list of figures, no ranking
        click.echo(_frag_title(result, "summary", land))
        actor, actors = say(s["level"][:-1]), say(s["level"])
        if land.network_kind() != "tables":
            click.echo(network_line(land, None, s["level"]))
        if land.memberships.empty and s["network"] == "tables":
            click.echo(say("frag.no_memberships_ties" if len(land.ties) else "frag.no_memberships", actor=actor))
        if s["nodes"] < 2:
            click.echo(say("frag.too_few", actors=actors))
        for label, value in _summary_lines(s):
            click.echo(f"  {label:<34} {value}")
        note = say_notes(result.get("note"))  # DF and distances estimated on a very large graph
        if note:
            click.echo("  " + note)
    if s["components"] > 1 or view.chosen("components"):
        components = result["components"]
        shown = components.assign(members=components["names"])  # a list, cut by whole names where shown
        view.frame("components", shown[["size", "members"]], _frag_title(result, "components"), top)
    view.frame("communities", result["communities"][["size", "groups"]], _frag_title(result, "communities"), top)
    points = result["articulation_points"].drop(columns="organisation")
    view.frame("articulation-points", points, _frag_title(result, "articulation-points"), top)
    view.frame("bridges", result["bridges"], _frag_title(result, "bridges"), top)
    single, bus = result.single_person_links, result.bus_factor
    if (
        single is not None
        and bus is not None
        and (len(land.persons) or view.chosen("single-person-links") or view.chosen("bus-factor"))
    ):
        carriers = single.drop_duplicates("person")[["person", "person_name", "organisation", "person_links"]]
        view.frame("single-person-links", carriers.set_index("person"), _frag_title(result, "single-person-links"), top)
        view.frame("bus-factor", _bus_factor_one(bus), _frag_title(result, "bus-factor"), top)
    if result.key_players is not None and view.opens("key-players"):
        _print_key_players(result.key_players, top, s["level"])
    view.line()
    view.line(say("every_row_name"))


def _summary_lines(s: pd.Series) -> list[tuple[str, str]]:
    grouping = words().label(s["grouping"])
    lines = [
        (
            say("frag.components"),
            say("frag.components_value", n=s["components"], largest=s["largest_component"], isolates=s["isolates"]),
        ),
        (say("frag.F"), say("frag.F_value", value=_number(s["fragmentation"]))),
        (say("frag.DF"), say("frag.DF_value", value=_number(s["distance_fragmentation"]))),
        (say("frag.density"), say("frag.density_value", value=_number(s["density"]))),
        (
            say("frag.distance"),
            say("frag.no_distance")
            if pd.isna(s["average_distance"])
            else say("frag.distance_value", value=number(s["average_distance"], current_lang(), 2)),
        ),
        (say("frag.modularity_groups", grouping=grouping), _number(s["modularity_groups"])),
        (say("frag.modularity_communities", n=s["communities"]), _number(s["modularity_communities"])),
        (say("frag.ari", grouping=grouping), say("frag.ari_value", value=_number(s["adjusted_rand_index"]))),
    ]
    return lines


def _number(value) -> str:
    return "-" if pd.isna(value) else number(value, current_lang(), 3)


def _said_list(values) -> list[str]:
    """Vocabulary values (domains, 'network') in the command's words: a list, cut by whole items where shown."""
    return [str(words().value(value)) for value in values]


def _bus_factor_one(bus: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation and person: the targets that one person's departure cuts off."""
    fragile = bus[bus["bus_factor"] == 1].assign(person=lambda f: f["persons"].str[0])
    grouped = fragile.groupby(["organisation", "person"], sort=False)
    return pd.DataFrame(
        {"name": grouped["name"].first(), "cut_off_from": grouped["link_to"].agg(_said_list)}
    ).reset_index(level="person")


def _print_key_players(kp: KeyPlayers, top: int, level: str) -> None:
    click.echo(say("kp.head", k=kp["k"], criterion=kp["criterion"], method=kp["method"], names=", ".join(kp["names"])))
    effect, criterion = kp["effect"], kp["criterion"]
    click.echo(
        say(
            "kp.effect",
            n=len(kp["players"]),
            criterion=criterion,
            actors=say(level),
            before=_number(effect["F_before"] if criterion == "F" else effect["DF_before"]),
            after=_number(effect["F_after"] if criterion == "F" else effect["DF_after"]),
        )
    )
    click.echo(
        say(
            "kp.intact",
            criterion=criterion,
            intact=_number(kp["intact"]),
            k=kp["k"],
            score=_number(kp["top_individuals_score"]),
        )
    )
    note = say_notes(kp["note"])
    if note:
        click.echo("  " + note)
    individual = kp["individual"]
    emit(
        individual[(individual["rank"] <= (top or len(individual))) | individual["key_player"]],
        "table",
        title_of("key-players", criterion=kp["criterion"]),
    )


# -- what if --------------------------------------------------------------------------

WHATIF_TABLES = (
    "summary",
    "changes",
    "removed",
    "added",
    "adjustments",
    "disconnected",
    "articulation-points",
    "group-links",
    "all-group-links",
    "connectors",
    "coverage",
    "load",
    "centrality",
)
#: Tables the default view does not show: ``--table`` prints them whole in a terminal too (``all-group-links``:
#: the long form of the block group-links, every pair of groups with who links it).
WHATIF_WHOLE = ("removed", "added", "adjustments", "all-group-links", "coverage")
BODY_KEYS = {
    "name": "name",
    "kind": "kind",
    "regime": "regime",
    "level": "level",
    "meetings": "meetings_per_year",
    "meetings_per_year": "meetings_per_year",
    "hours": "hours_per_meeting",
    "hours_per_meeting": "hours_per_meeting",
    "reports_to": "reports_to",
    "host": "host",
    "covenant": "covenant",
}


@cli.command()
@printed_output()
@landscape_argument()
@click.option(
    "--remove",
    "remove",
    multiple=True,
    metavar="ID",
)
@click.option("--add-body", "add_body", multiple=True, metavar="SPEC")
@by_option()
@ties_option()
@click.option(
    "--threshold",
    type=Decimal(0),
    default=1.0,
    show_default=True,
)
@table_option(WHATIF_TABLES)
@top_option(10)
@format_option()
@lang_option()
def whatif(land, remove, add_body, by, ties, threshold, table, top, fmt, lang) -> None:
    land = land.using_ties(ties)
    blank = [node for node in remove if not node.strip()]
    if blank:  # the API's message names its parameter (remove=[...]); a CLI user typed the option
        raise UsageError("ids_as_text_option", option="--remove", value=repr(blank[0]))
    remove = [_resolve(land, node) for node in remove]
    typed: list[dict[str, str]] = [{} for _ in add_body]
    added = [_parse_body(land, spec, keys) for spec, keys in zip(add_body, typed)]
    try:
        result = analyse_whatif(land, remove=remove, add=cast("list[NewBody]", added), by=by, threshold=threshold)
    except InputError as exc:
        raise as_typed(exc, list(add_body), added, typed) from None
    if fmt != "table":  # machine output: data only, the same in every language (no sentences)
        if table == "changes":
            raise UsageError("words_not_data", name=table, choices=", ".join(t for t in WHATIF_TABLES if t != table))
        if fmt == "json":
            click.echo(render_json(result.to_dict() if table is None else _whatif_table(result, table)))
        else:
            emit(_whatif_table(result, table or "summary"), fmt)
        return
    if table in WHATIF_WHOLE:
        emit_top(_whatif_table(result, table), fmt, top, title_of(table))
    else:  # the default view, or its one block under --table
        _print_whatif(result, whatif_changes(result, land, lang), land, top, View(table))


def _resolve(land, node: str) -> str:
    """A person id as in the register, on a pseudonymised landscape: its pseudonym."""
    return resolve_id(land, node) or node


def _parse_body(land, spec: str, typed: dict[str, str] | None = None) -> dict:
    """'ID:MEMBER,MEMBER;KEY=VALUE;...' as the dict pn.whatif takes; ``typed`` gets each column's key as typed."""
    head, _, rest = spec.partition(";")
    body, colon, members = head.partition(":")
    if not colon or not body.strip() or not members.strip():
        raise UsageError("add_body_form", spec=spec)
    result = {"id": body.strip(), "members": [_resolve(land, m.strip()) for m in members.split(",") if m.strip()]}
    for part in filter(str.strip, rest.split(";")):
        key, equals, value = part.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not equals or key not in BODY_KEYS:
            raise UsageError("add_body_key", spec=spec, part=part, choices=", ".join(sorted(set(BODY_KEYS))))
        value = value.strip()
        if typed is not None:
            typed[BODY_KEYS[key]] = part.partition("=")[0].strip()
        result[BODY_KEYS[key]] = value.replace(",", ".") if BODY_KEYS[key].endswith(("year", "meeting")) else value
    return result


def _summary_view(result, lang: str) -> pd.DataFrame:
    """The summary for a reader: its part ``groups`` named after the groups compared ('domeinen')."""
    return result["summary"].rename(index={"groups": groups_word(result.by, lang)}, level="part")


def _whatif_table(result, name: str):
    return result["group_links" if name == "all-group-links" else name.replace("-", "_")]


def _print_whatif(result, said: list[str], land, top: int, view: View) -> None:
    when = " " + say("on_date", date=land.date.date()) if land.date is not None else ""
    what = [say("whatif.without", who=display_name(land, node, ids=True)) for node in result["removed"].index]
    what += [say("whatif.with_body", body=body) for body in result["added"].index]
    view.line(say("whatif.head", when=when, what=", ".join(what)))
    if land.network_kind() != "tables":
        view.line(network_line(land, None))
    view.line()
    view.lines("changes", title_of("changes"), said, None, form="  - {}".format)
    view.frame("summary", _summary_view(result, current_lang()), title_of("summary"), len(result["summary"]))
    disconnected = result["disconnected"]
    if len(disconnected) or view.chosen("disconnected"):
        columns = ["level", "name", "status", "component", "component_size"]
        view.frame("disconnected", disconnected[columns], title_of("disconnected"), top)
    points = result["articulation_points"]
    if len(points) or view.chosen("articulation-points"):
        view.frame("articulation-points", points.drop(columns="name"), title_of("articulation-points"), top)
    links = result["group_links"]
    view.frame("group-links", _group_link_view(links[links["status"] != "unchanged"]), title_of("group-links"), top)
    columns = ["level", "name", "bridging_before", "bridging_after", "connector_before", "connector_after"]
    view.frame("connectors", result["connectors"][columns], title_of("connectors"), top)
    columns = [
        "level",
        "name",
        "bodies_before",
        "bodies_after",
        f"{HOURS}_before",
        f"{HOURS}_after",
        "overloaded_after",
    ]
    view.frame("load", result["load"][columns], title_of("load"), top)
    columns = ["name", "rank_before", "rank_after", "rank_change"]
    view.frame("centrality", result["centrality"][columns], title_of("centrality"), top)
    view.line()
    view.line(say("every_row_name"))


def _group_link_view(links: pd.DataFrame) -> pd.DataFrame:
    view = pd.DataFrame(
        {
            "status": links["status"].to_numpy(),
            "only_through_before": links["only_through_before"].to_numpy(),
            "only_through_after": links["only_through_after"].to_numpy(),
            "bridging_before": links["bridging_organisations_before"].map(len).to_numpy(),
            "bridging_after": links["bridging_organisations_after"].map(len).to_numpy(),
        },
        index=pd.Index(
            links["group_a"].map(words().value) + " / " + links["group_b"].map(words().value), name="groups"
        ),
    )
    return view


def as_typed(error: InputError, specs: list[str], bodies: list[dict], typed: list[dict[str, str]]) -> InputError:
    """``error`` of :func:`check_new_bodies` said where the user typed it: each problem of a new body
    (``specs[i]`` as typed, e.g. the CLI's ``--add-body``) at that spec and the key as typed
    (``meetings``, not ``meetings_per_year``), a problem of its members at that spec."""
    label, members_label = message("label.new_bodies"), message("label.new_members")
    # the members' rows run through every new body in order: row -> the body it belongs to
    owner = [i for i, body in enumerate(bodies) for _ in body.get("members", ())]
    problems = []
    for problem in error.problems:
        if problem.file == label and problem.row is not None and 1 <= problem.row <= len(specs):
            i = problem.row - 1
            column = typed[i].get(problem.column or "", problem.column)
            problem = replace(problem, file=message("label.add_body", spec=specs[i]), row=None, column=column)
        elif problem.file == members_label and problem.row is not None and 1 <= problem.row <= len(owner):
            spec = specs[owner[problem.row - 1]]
            problem = replace(problem, file=message("label.add_body", spec=spec), row=None, column=None)
        problems.append(problem)
    return InputError(problems)


from .._public import public_dir

__all__ = [
    "TABLES",
    "fragmentation",
    "WHATIF_TABLES",
    "BODY_KEYS",
    "whatif",
    "as_typed",
    "WHATIF_WHOLE",
    "WHOLE_TABLES",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
