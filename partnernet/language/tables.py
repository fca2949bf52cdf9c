"""The title of every table a command prints, by command and ``--table`` name: one mapping for the command's
default view and for ``--table NAME`` alike, in Dutch and English.

``TITLES[command][table]`` is a key of :data:`.cli.TEXTS` (it may hold ``{by}``, the command's ``--by``:
``layers.{by}.layers``); :func:`table_title` fills it. A value the title does not use is ignored, so a
command passes what it knows (the date, a count, the ``--by``) to every title.

>>> table_title("hierarchy", "isolated", "en")
'Isolated bodies (no parent, no children)'
>>> table_title("layers", "layers", "nl", by="tie-kind")
'Lagen: de overleggen en elke soort relatie'
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from .cli import text

if TYPE_CHECKING:
    from typing import Any

    pass

#: command -> ``--table`` name (as typed, with hyphens) -> key of its title in :data:`.cli.TEXTS`.
TITLES: dict[str, dict[str, str]] = {
    "summary": {
        "counts": "summary.counts",
        "domains": "summary.domains",
        "regimes": "summary.regimes",
        "levels": "summary.levels",
        "body-kinds": "summary.body_kinds",
        "top-organisations": "summary.top_organisations",
    },
    "fragmentation": {
        "summary": "frag.head",  # the first lines of the default view: the network and its key figures
        "components": "frag.components_title",
        "communities": "frag.communities_title",
        "nodes": "frag.nodes_title",
        "articulation-points": "frag.articulation_title",
        "bridges": "frag.bridges_title",
        "single-person-links": "frag.carriers_title",
        "single-person-link-pairs": "frag.single_person_links_title",
        "bus-factor": "frag.bus_title",
        "bus-factor-links": "frag.bus_factor_title",
        "key-players": "kp.title",
    },
    "whatif": {
        "summary": "whatif.summary",
        "changes": "whatif.changes",
        "removed": "whatif.removed",
        "added": "whatif.added",
        "adjustments": "whatif.adjustments",
        "disconnected": "whatif.disconnected",
        "articulation-points": "whatif.articulation_points",
        "group-links": "whatif.group_links_counts",
        "all-group-links": "whatif.group_links",
        "connectors": "whatif.connectors",
        "coverage": "whatif.coverage",
        "load": "whatif.load",
        "centrality": "whatif.centrality",
    },
    "connectors": {
        "organisations": "connectors.organisations",
        "persons": "connectors.persons",
        "pairs": "connectors.pairs",
        "without-connector": "connectors.without-connector",
        "coverage": "connectors.coverage",
        "expected-hub": "connectors.expected-hub",
    },
    "redundancy": {
        "pairs": "redundancy.title",
        "small-bodies": "redundancy.small",
        "nested-bodies": "redundancy.nested",
    },
    "hierarchy": {
        "summary": "hierarchy.title",
        "bodies": "hierarchy.bodies",
        "operational-chains": "hierarchy.chains",
        "isolated": "hierarchy.isolated",
    },
    "covenants": {
        "members-outside": "covenants.outside",
        "bodies": "covenants.all_bodies",
        "information-ties": "covenants.all_ties",
    },
    "turnover": {
        "bodies": "turnover.bodies",
        "organisations": "turnover.organisations",
    },
    "compare": {
        "changes": "compare.changed",
        "counts": "compare.counts",
        "network": "compare.network",
        "metrics": "compare.metrics",
        "connector-roles": "compare.connector_roles",
        "handovers": "compare.handovers",
        "new-bodies": "compare.new_bodies",
        "dissolved-bodies": "compare.dissolved_bodies",
        "link-pairs": "compare.link_pairs",
        **{
            f"{change}-{table}": f"compare.{change}.{table}"
            for change in ("added", "removed", "changed")
            for table in ("organisations", "persons", "bodies", "memberships", "ties")
        },
    },
    "layers": {
        "findings": "layers.findings",
        "layers": "layers.{by}.layers",
        "pairs": "layers.pairs",
        "bridge-actors": "layers.bridge-actors",
        "bridge-hosts": "layers.bridge-hosts",
        "shared-bodies": "layers.shared-bodies",
        "fragmentation": "layers.{by}.fragmentation",
        "ties-outside-tables": "layers.ties-outside-tables",
    },
}


def table_title(command: str, table: str, lang: str, **values: Any) -> str:
    """The title of ``command``'s table ``table`` (its ``--table`` name) in ``lang``, with ``values`` filled in.

    Raises ``KeyError`` for a table without a title (``tests/test_cli_tables.py`` walks every ``--table``
    choice of every command, so none is left without one).
    """
    key = TITLES[command][table].format(by=values.get("by", ""))
    return text(key, lang, **values)


def title_keys() -> set[str]:
    """Every text key a title can use (each exists in :data:`.cli.TEXTS`: ``tests/test_cli_tables.py``)."""
    keys = set()
    for tables in TITLES.values():
        for key in tables.values():
            keys |= {key.format(by=by) for by in ("regime", "tie-kind")} if "{by}" in key else {key}
    return keys


def first_of(title: str, top: int, n: int, lang: str) -> str:
    """``title`` of a table cut to its first ``top`` of ``n`` rows: ``TITLE (eerste 5 van 40)``. A count of
    all rows that ends the title (``Losse delen (3)``) is left out, as the brackets say it.

    >>> first_of("Losse delen (3)", 1, 3, "nl"), first_of("Parts (3)", 1, 4, "en")
    ('Losse delen (eerste 1 van 3)', 'Parts (3) (first 1 of 4)')
    """
    count = f" ({n})"
    if title.endswith(count):
        title = title[: -len(count)]
    return text("first_of", lang, title=title, top=top, n=n)


from .._public import public_dir

__all__ = ["TITLES", "table_title", "title_keys", "first_of"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
