"""Where the network falls apart: the ``fragmentation`` and ``whatif`` commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

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
from ..language.whatif import groups_word
from ..errors import InputError, UsageError
from ..io.additions import as_typed
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
    first_rows,
    format_option,
    landscape_argument,
    lang_option,
    network_line,
    resolve_id,
    say,
    say_notes,
    table_option,
    ties_option,
    title_of,
    view_title_of,
    top_option,
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
    "bus-factor": "bus_factor",
    "key-players": "key_players",
}


@cli.command()
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
    if fmt == "json":
        click.echo(render_json(result if table is None else _table(result, table)))
    elif fmt == "csv" or table is not None:
        frame = _table(result, table or "summary")  # lists stay lists: the table and CSV each write them
        emit_top(frame, fmt, top, _frag_title(result, table) if fmt == "table" else None)
    else:
        _print_report(result, land, top)


def _frag_title(result: Fragmentation, name: str, view: bool = False) -> str:
    """The worded title of the table ``name`` of a fragmentation (``view``: of the default view's own form of
    it, :data:`partnernet.language.tables.VIEWS`)."""
    s: pd.Series[Any] = result.summary  # words and figures: each cell is read as what its row holds
    values = {"n": s["components"], "actor": say(s["level"][:-1])}
    if name == "single-person-links" and result.single_person_links is not None:
        values["n"] = linked_pairs(result.single_person_links)
    if name == "key-players" and result.key_players is not None:
        values["criterion"] = result.key_players.criterion
    return view_title_of(name, **values) if view else title_of(name, **values)


def _table(result: Fragmentation, name: str):
    if TABLES[name] not in result:
        raise UsageError("no_such_table_key_players" if name == "key-players" else "no_such_table", name=name)
    value = result.get(TABLES[name])
    return value.individual if isinstance(value, KeyPlayers) else value if name == "key-players" else value


def _lists_as_text(frame):
    """Lists in cells (members, bodies, persons) as 'a, b' rather than Python's ['a', 'b']."""
    if not isinstance(frame, pd.DataFrame):
        return frame
    return frame.apply(
        lambda column: (
            column.map(lambda v: ", ".join(map(str, v)) if isinstance(v, list) else v)
            if column.dtype == object
            else column
        )
    )


def _print_report(result: Fragmentation, land: Landscape, top: int) -> None:
    s: pd.Series[Any] = result.summary  # words and figures: each cell is read as what its row holds
    lang = current_lang()
    actors = s["level"]
    actor, plural = say(actors[:-1]), say(actors)
    when = " " + say("at_date", date=land.date.date()) if land.date is not None else ""
    click.echo(
        say(
            "frag.head",
            actor=actor,
            actors=plural,
            when=when,
            nodes=s["nodes"],
            links=counted(s["links"], "link", lang),
            how=say(f"frag.how.{s['network']}"),
        )
    )
    if land.network_kind() != "tables":
        click.echo(network_line(land, None, actors))
    if land.memberships.empty and s["network"] == "tables":
        click.echo(say("frag.no_memberships_ties" if len(land.ties) else "frag.no_memberships", actor=actor))
    if s["nodes"] < 2:
        click.echo(say("frag.too_few", actors=plural))
    for label, value in _summary_lines(s):
        click.echo(f"  {label:<34} {value}")
    note = say_notes(result.get("note"))  # DF and distances estimated on a very large graph
    if note:
        click.echo("  " + note)
    if s["components"] > 1:
        components = result["components"]
        shown = components.assign(members=components["names"])  # a list, cut by whole names where shown
        _section(_frag_title(result, "components"), shown[["size", "members"]], top)
    _section(_frag_title(result, "communities"), result["communities"][["size", "groups"]], top)
    _section(
        _frag_title(result, "articulation-points"), result["articulation_points"].drop(columns="organisation"), top
    )
    _section(_frag_title(result, "bridges"), result["bridges"], top)
    if len(land.persons):
        _print_person_dependence(result, top)
    if result.key_players is not None:
        _print_key_players(result.key_players, top, actors)
    click.echo()
    click.echo(say("every_row_name"))


def _print_person_dependence(result: Fragmentation, top: int) -> None:
    single, bus = result.single_person_links, result.bus_factor
    if single is None or bus is None:  # a graph given, not a landscape: no persons to depend on
        return
    carriers = single.drop_duplicates("person")[["person", "person_name", "organisation", "person_links"]]
    _section(_frag_title(result, "single-person-links", view=True), carriers.set_index("person"), top)
    _section(say("frag.bus_title"), _bus_factor_one(bus), top)


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


def _section(title: str, frame: pd.DataFrame, top: int) -> None:
    click.echo()
    emit_top(frame, "table", top, title)


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
    click.echo()
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
    "connectors",
    "coverage",
    "load",
    "centrality",
)
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
            emit(_lists_as_text(_whatif_table(result, table or "summary")), fmt)
        return
    said = whatif_changes(result, land, lang)
    if table == "changes":
        said, title = first_rows(said, title_of("changes"), top)
        click.echo("\n".join([title] + said))
    elif table == "summary":
        emit_top(_summary_view(result, lang), fmt, top, title_of(table))
    elif table is not None:
        emit_top(_whatif_table(result, table), fmt, top, title_of(table))
    else:
        _print_whatif(result, said, land, top)


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
    return result[name.replace("-", "_")]


def _print_whatif(result, said: list[str], land, top: int) -> None:
    when = " " + say("on_date", date=land.date.date()) if land.date is not None else ""
    what = [say("whatif.without", who=display_name(land, node, ids=True)) for node in result["removed"].index]
    what += [say("whatif.with_body", body=body) for body in result["added"].index]
    click.echo(say("whatif.head", when=when, what=", ".join(what)))
    if land.network_kind() != "tables":
        click.echo(network_line(land, None))
    click.echo()
    said, title = first_rows(said, title_of("changes"), None)
    click.echo(title)
    for sentence in said:
        click.echo(f"  - {sentence}")
    _section(title_of("summary"), _summary_view(result, current_lang()), len(result["summary"]))
    disconnected = result["disconnected"]
    if len(disconnected):
        _section(
            title_of("disconnected"), disconnected[["level", "name", "status", "component", "component_size"]], top
        )
    points = result["articulation_points"]
    if len(points):
        _section(
            title_of("articulation-points"),
            points.drop(columns="name"),
            top,
        )
    links = result["group_links"]
    links = links[links["status"] != "unchanged"]
    _section(view_title_of("group-links"), _group_link_view(links), top)
    _section(
        title_of("connectors"),
        result["connectors"][
            ["level", "name", "bridging_before", "bridging_after", "connector_before", "connector_after"]
        ],
        top,
    )
    _section(
        title_of("load"),
        result["load"][
            ["level", "name", "bodies_before", "bodies_after", f"{HOURS}_before", f"{HOURS}_after", "overloaded_after"]
        ],
        top,
    )
    _section(title_of("centrality"), result["centrality"][["name", "rank_before", "rank_after", "rank_change"]], top)
    click.echo()
    click.echo(say("every_row_name"))


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


from .._public import public_dir

__all__ = ["TABLES", "fragmentation", "WHATIF_TABLES", "BODY_KEYS", "whatif"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
