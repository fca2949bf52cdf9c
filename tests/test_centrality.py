"""Centrality equals networkx (Florentine families, random graphs, disconnected ones) and the example region."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from networkx.algorithms import bipartite

import partnernet as pn
from partnernet.analysis.centrality import eigenvector

from conftest import EXAMPLE

pytestmark = pytest.mark.usefixtures("english")  # English wording (tests/test_cli_lang.py: both)


@pytest.fixture(scope="module")
def region():
    return pn.load(EXAMPLE).at("2026-01-01")


def networkx_reference(graph, weight="weight", distance=None):
    n = len(graph)
    return pd.DataFrame(
        {
            "partners": dict(graph.degree()),
            "weighted_degree": dict(graph.degree(weight=weight)),
            "betweenness": nx.betweenness_centrality(graph, weight=distance),
            "harmonic_closeness": {k: v / (n - 1) for k, v in nx.harmonic_centrality(graph, distance=distance).items()},
            "pagerank": nx.pagerank(graph, alpha=0.85, weight=weight, tol=1e-12),
        }
    )


def assert_measures_equal(ours, reference, columns=None):
    columns = columns or list(reference.columns)
    for column in columns:
        mine = ours[column].reindex(reference.index).to_numpy(dtype=float)
        assert mine == pytest.approx(reference[column].to_numpy(dtype=float), abs=1e-9), column


def test_florentine_medici_and_networkx():
    graph = nx.florentine_families_graph()
    ours = pn.centrality(graph)
    assert ours.index[0] == "Medici"  # sorted by betweenness
    assert ours.loc["Medici", "betweenness"] == pytest.approx(0.5220, abs=1e-4)
    assert_measures_equal(ours, networkx_reference(graph))
    eigen = nx.eigenvector_centrality(graph, tol=1e-12, max_iter=1000)
    assert ours["eigenvector"].to_dict() == pytest.approx(eigen, abs=1e-8)
    assert list(ours.columns) == [
        "name",
        "partners",
        "weighted_degree",
        "betweenness",
        "harmonic_closeness",
        "eigenvector",
        "pagerank",
    ]


@pytest.mark.parametrize("backend", ["igraph", "networkx"])
@pytest.mark.parametrize("seed", range(3))
def test_random_and_disconnected_graphs_equal_networkx(backend, seed):
    graph = nx.union(
        nx.gnp_random_graph(30, 0.12, seed=seed), nx.gnp_random_graph(8, 0.3, seed=seed + 10), rename=("a", "b")
    )
    graph.add_node("lonely")
    assert not nx.is_connected(graph)
    ours = pn.centrality(graph, backend=backend)
    assert_measures_equal(ours, networkx_reference(graph))
    assert ours.loc["lonely", ["partners", "betweenness", "harmonic_closeness", "eigenvector"]].sum() == 0


@pytest.mark.parametrize("backend", ["igraph", "networkx"])
def test_inverse_weight_paths_equal_networkx_with_distance(backend):
    """Weights 1, 2, 4, 8: their inverses add up exactly, so tied path lengths are ties in both libraries."""
    graph = nx.gnp_random_graph(40, 0.15, seed=3)
    rng = np.random.default_rng(3)
    for u, v in graph.edges:
        graph[u][v]["weight"] = int(2 ** rng.integers(0, 4))
        graph[u][v]["distance"] = 1 / graph[u][v]["weight"]
    ours = pn.centrality(graph, path_lengths="inverse-weight", backend=backend)
    assert_measures_equal(ours, networkx_reference(graph, distance="distance"))
    hops = pn.centrality(graph, backend=backend)
    assert not np.allclose(hops["betweenness"].sort_index(), ours["betweenness"].sort_index())


def test_directed_graph_equals_networkx():
    graph = nx.gnp_random_graph(30, 0.1, seed=5, directed=True)
    ours = pn.centrality(graph)
    n = len(graph)
    assert ours["betweenness"].to_dict() == pytest.approx(nx.betweenness_centrality(graph), abs=1e-12)
    closeness = {k: v / (n - 1) for k, v in nx.harmonic_centrality(graph).items()}
    assert ours["harmonic_closeness"].to_dict() == pytest.approx(closeness, abs=1e-12)
    assert ours["pagerank"].to_dict() == pytest.approx(nx.pagerank(graph, tol=1e-12), abs=1e-9)


def test_eigenvector_on_a_disconnected_graph_is_the_largest_component():
    graph = nx.disjoint_union(nx.complete_graph(5), nx.path_graph(3))
    values = eigenvector(graph, None)
    assert values[:5] == pytest.approx([1 / np.sqrt(5)] * 5)
    assert values[5:].tolist() == [0, 0, 0]
    largest = nx.eigenvector_centrality(graph.subgraph(range(5)))
    assert values[:5] == pytest.approx([largest[n] for n in range(5)])
    assert eigenvector(nx.empty_graph(3), None).tolist() == [0, 0, 0]


def test_sparse_eigenvector_for_large_graphs_equals_the_dense_one(monkeypatch):
    import partnernet.analysis.centrality as module

    graph = nx.gnp_random_graph(60, 0.1, seed=8)
    graph.add_edges_from(zip(range(59), range(1, 60)))  # connected
    dense = eigenvector(graph, None)
    monkeypatch.setattr(module, "DENSE_EIGEN_LIMIT", 10)
    assert eigenvector(graph, None) == pytest.approx(dense, abs=1e-9)
    expected = nx.eigenvector_centrality(graph, tol=1e-12, max_iter=1000)
    assert dense == pytest.approx([expected[n] for n in graph], abs=1e-8)


def test_bad_arguments_are_usage_errors(region):
    with pytest.raises(pn.UsageError, match="unknown backend"):
        pn.centrality(nx.path_graph(3), backend="gephi")
    with pytest.raises(pn.UsageError, match="unknown level"):
        pn.centrality(region, level="bodies")
    with pytest.raises(pn.UsageError, match="path_lengths"):
        pn.centrality(region, path_lengths="metres")


# -- on a landscape -----------------------------------------------------------------


def test_example_region_organisations(region):
    result = pn.centrality(region)
    assert result.index.name == "organisation" and len(result) == 46
    assert list(result.index[:3]) == ["gemeente-veldstad", "politie-ct-team", "gemeente-havenberg"]
    assert result.loc["gemeente-veldstad", "betweenness"] == pytest.approx(0.1957, abs=1e-4)
    om = result.loc["om-parket"]
    assert (om["bodies"], om["partners"]) == (9, 26)
    assert om["betweenness"] == pytest.approx(0.0212, abs=1e-4)
    assert list(result.index).index("om-parket") == 6  # rank 7: present, but not the hub
    assert result.loc["gemeente-veldstad", ["name", "domain"]].tolist() == ["Gemeente Veldstad", "administration"]


def test_landscape_two_mode_betweenness_equals_networkx_bipartite(region):
    result = pn.centrality(region)
    two_mode = region.graph("two-mode", persons=False)
    organisations = list(region.organisations.index)
    expected = bipartite.betweenness_centrality(two_mode, organisations)
    assert result["two_mode_betweenness"].to_dict() == pytest.approx({o: expected[o] for o in organisations})
    assert result["bodies"].to_dict() == {o: two_mode.degree(o) for o in organisations}


def test_landscape_backends_agree_and_weights_are_strengths(region):
    igraph = pn.centrality(region)
    networkx = pn.centrality(region, backend="networkx")
    pd.testing.assert_frame_equal(igraph, networkx.loc[igraph.index], atol=1e-9, check_exact=False)
    projection = region.graph("organisations")
    assert igraph.loc["om-parket", "weighted_degree"] == projection.degree("om-parket", weight="weight")
    assert_measures_equal(igraph, networkx_reference(projection), ["betweenness", "pagerank"])


def test_example_region_persons(region):
    result = pn.centrality(region, level="persons")
    assert result.index.name == "person"
    assert list(result.index[:2]) == ["p001", "p002"]  # the two articulation points
    assert result.loc["p001", ["name", "organisation", "domain", "bodies"]].tolist() == [
        "S. El Amrani",
        "gemeente-veldstad",
        "administration",
        12,
    ]
    full = region.graph("two-mode")
    persons_bodies = full.subgraph(n for n, k in full.nodes(data="kind") if k in ("person", "body"))
    expected = bipartite.betweenness_centrality(persons_bodies, list(region.persons.index))
    assert result.loc["p002", "two_mode_betweenness"] == pytest.approx(expected["p002"])


# -- command line -------------------------------------------------------------------


def run(*args):
    from click.testing import CliRunner

    from partnernet.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_cli_table_is_sorted_by_betweenness_with_top():
    result = run("centrality", EXAMPLE, "--at", "2026-01-01", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Organisations by betweenness (on 2026-01-01) (first 3 of 46)"
    assert [line.split()[0] for line in lines[3:]] == ["gemeente-veldstad", "politie-ct-team", "gemeente-havenberg"]
    assert "two_mode_betweenness" in lines[1] and "0.196" in lines[3]


def test_cli_table_csv_and_json_use_the_same_column_names():
    """Issue 14: one name per column (weighted_degree, not 'strength' in the table only)."""
    table = run("centrality", EXAMPLE, "--at", "2026-01-01", "--top", "3").output.splitlines()[1].split()
    csv = run("centrality", EXAMPLE, "--at", "2026-01-01", "--format", "csv").output.splitlines()[0].split(",")
    records = json.loads(run("centrality", EXAMPLE, "--at", "2026-01-01", "--format", "json").output)
    assert table == csv[1:] == list(records[0])[1:]
    assert "weighted_degree" in table and "strength" not in table


def test_cli_sort_by_another_measure_and_persons():
    result = run("centrality", EXAMPLE, "--at", "2026-01-01", "--by", "bodies", "--top", "1")
    assert result.output.splitlines()[3].split()[:3] == ["gemeente-veldstad", "Gemeente", "Veldstad"]
    persons = run("centrality", EXAMPLE, "--at", "2026-01-01", "--level", "persons", "--top", "2")
    assert [line.split()[0] for line in persons.output.splitlines()[3:]] == ["p001", "p002"]


def test_cli_json_and_csv_have_all_rows():
    import io
    import json

    document = json.loads(run("centrality", EXAMPLE, "--at", "2026-01-01", "--format", "json").stdout)
    assert len(document) == 46 and document[0]["organisation"] == "gemeente-veldstad"
    assert document[0]["betweenness"] == pytest.approx(0.1957, abs=1e-4)
    frame = pd.read_csv(io.StringIO(run("centrality", EXAMPLE, "--at", "2026-01-01", "--format", "csv").stdout))
    assert len(frame) == 46 and frame.loc[frame["organisation"] == "om-parket", "bodies"].item() == 9


def test_cli_bad_option_exits_2():
    result = run("centrality", EXAMPLE, "--by", "fame")
    assert result.exit_code == 2 and "invalid value" in result.output
