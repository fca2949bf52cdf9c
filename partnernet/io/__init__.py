"""Reading and writing landscapes: CSV folders, xlsx, edge lists, GraphML, GEXF, JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from ..errors import ERROR, InputError, Problem
from .build import build_landscape
from .jsonfile import read_json
from .readers import RawInput, read_edge_list, read_folder
from .xlsx import read_workbook

if TYPE_CHECKING:
    from ..landscape import Landscape
    from .writers import write as write  # lazy at run time (__getattr__ below)

__all__ = ["load", "read", "write", "GRAPH_SUFFIXES", "EDGE_LIST_SUFFIXES"]


def __getattr__(name: str):
    """``write`` is imported when first used: it needs the graphs (scipy, igraph), loading does not."""
    if name == "write":
        from .writers import write

        return write
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


GRAPH_SUFFIXES = (".graphml", ".gexf")
EDGE_LIST_SUFFIXES = (".csv", ".txt", ".tsv")


def read(path: str | Path, two_mode: bool | None = None) -> RawInput:
    """Find and read the tables at ``path`` without checking them."""
    path = Path(path)
    if not path.exists():
        raise InputError(Problem.of(ERROR, "missing_file", str(path), key="no_such_path"))
    suffix = path.suffix.lower()
    if path.is_dir():
        return read_folder(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_workbook(path)
    if suffix in EDGE_LIST_SUFFIXES:
        return read_edge_list(path, two_mode=two_mode)
    if suffix in GRAPH_SUFFIXES:
        from .graphfiles import read_graph_file

        return read_graph_file(path)
    if suffix == ".json":
        return read_json(path)
    raise InputError(
        Problem.of(ERROR, "unknown_format", str(path), key="unknown_format" if suffix else "no_suffix", suffix=suffix)
    )


def load(path: str | Path, two_mode: bool | None = None) -> Landscape:
    """Load and validate a landscape.

    Parameters
    ----------
    path : str or Path
        A folder of CSV files (``organisations.csv``, ``bodies.csv``,
        ``memberships.csv``, optionally ``persons.csv``, ``ties.csv``,
        ``covenants.csv``), one ``.xlsx`` workbook with sheets of those names,
        a plain edge-list ``.csv``, a ``.graphml`` or ``.gexf`` file, or JSON
        written by ``partnernet convert``.
    two_mode : bool, optional
        For an edge list: read the two columns as memberships (organisation,
        body) instead of ties between organisations. By default this is
        decided from the header (``organisation,body`` means memberships).

    Returns
    -------
    Landscape

    Raises
    ------
    InputError
        With every problem found, each naming file, row and column.

    Examples
    --------
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld")
    >>> land.counts.to_dict()
    {'organisations': 46, 'bodies': 33, 'persons': 79, 'memberships': 243, 'ties': 22, 'covenants': 35}
    """
    return build_landscape(read(path, two_mode=two_mode))


from .._public import public_dir

__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
