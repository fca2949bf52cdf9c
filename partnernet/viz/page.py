"""The map as one self-contained, offline HTML page, and its notebook display.

pyvis 0.3.2 loads vis-network or Bootstrap from CDNs in every
``cdn_resources`` mode (pyvis issues #228, #229) and writes its heading
unescaped, so the page comes from partnernet's own template: vis-network's
JavaScript and CSS (shipped inside the pyvis package) are inlined, the data
goes in as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and a
Content-Security-Policy allows no request and only the page's own scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import base64
import functools
import hashlib
import html
import json
import re
from dataclasses import dataclass
import importlib.util
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..errors import UsageError
from ..output import check_folder, check_target, input_paths, write_text
from .elements import Drawing
from ..language.map import Words
from .._many import many

if TYPE_CHECKING:
    from collections.abc import Iterable

VIS_VERSION = "9.1.2"
NOTEBOOK_HEIGHT_PIXELS = 650
#: Where :func:`render` puts the page's data (a tag, so no escaped landscape string can contain it).
_DATA_SLOT = "<pn-data-slot/>"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@functools.lru_cache(maxsize=None)
def _asset(package: str, *parts: str) -> str:
    """A file shipped inside ``package``, found without importing it: ``importlib.resources.files``
    would import pyvis, whose ``__init__`` imports IPython (0.4 s CPU) for a file read."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package, name=package)  # a broken install, as Python's own import would say
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts).read_text(encoding="utf-8")


def vis_assets() -> tuple[str, str]:
    """vis-network's minified JavaScript and its CSS, read from the installed pyvis package."""
    folder = ("lib", f"vis-{VIS_VERSION}")
    script = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", _asset("pyvis", *folder, "vis-network.min.js"))
    return script, _asset("pyvis", *folder, "vis-network.css")


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@functools.lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    return environment.from_string(_asset("partnernet.viz", "templates", "map.html"))


def render(drawing: Drawing, options: dict, title: str, summary: str, words: Words, extra: dict | None = None) -> str:
    """The whole page as text, in ``words``; every landscape string is escaped by the template or ``script_json``."""
    vis_js, vis_css = vis_assets()
    map_js = _asset("partnernet.viz", "templates", "map.js")
    register_js = _asset("partnernet.viz", "templates", "register.js")
    data = {
        "nodes": [_compact_node(n) for n in drawing.nodes],
        "edges": [_compact_edge(e) for e in drawing.edges],
        "options": options,
        **(extra or {}),
    }
    text = script_json(data)
    del data  # the compact records: a national register's map holds half a million
    page = _template().render(
        title=title,
        summary=summary,
        legend=drawing.legend,
        version=__version__,
        lang=words.lang,
        legend_heading=words("legend"),
        hint=words("hint"),
        w=(extra or {}).get("words", {}),
        script_hashes=Markup(" ".join(_csp_hash(s) for s in (vis_js, register_js, map_js))),
        vis_css=Markup(vis_css),
        map_css=Markup(_asset("partnernet.viz", "templates", "map.css")),
        vis_js=Markup(vis_js),
        register_js=Markup(register_js),
        map_js=Markup(map_js),
        data=Markup(_DATA_SLOT),
    )
    # the data go in last, by one join: through the template (as Markup, then its output) they were copied
    # twice more, some 600 MB of the 4x nation's report at once
    before, slot, after = page.partition(_DATA_SLOT)
    assert slot and _DATA_SLOT not in after  # a landscape's string cannot hold it: its "<" is escaped
    return "".join((before, text, after))


def _compact_node(node: dict) -> dict:
    """A node record for the page: its colour as fill and border only (the script adds the highlight)."""
    colour = node["color"]
    return {**node, "color": [colour["background"], colour["border"]]}


def _compact_edge(edge: dict) -> dict:
    """An edge record for the page: no colour (the script takes it from its group) and a tooltip of rows
    only (the script writes "A at B" from the names); national maps have a hundred thousand edges."""
    record = dict(edge)  # a copy less two keys: the other keys keep their order
    record.pop("color", None)
    del record["tip"]
    if edge["tip"]["rows"]:
        record["rows"] = edge["tip"]["rows"]
    return record


@dataclass(frozen=True)
class Map:
    """An interactive map: the page, what it draws, and how it is laid out.

    ``html`` is the complete page; ``nodes`` and ``edges`` are the vis-network
    records (``id``, ``group`` = organisation | person | body, ``x``/``y`` in
    pixels, ``tip`` = the hover text); ``layout`` names how the positions were
    computed (in Python; the page runs no physics); ``source`` is where the
    landscape came from. In Jupyter the map shows itself inline.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import partnernet as pn
    >>> land = pn.load("data/regio-voorbeeld").at("2026-01-01")
    >>> m = pn.visualise(land, regime="ct", persons=False, lang="en")   # no path: nothing written yet
    >>> m.counts, m.layout
    ({'organisation': 31, 'body': 19, 'person': 0}, 'force-directed')
    >>> folder = tempfile.TemporaryDirectory()
    >>> m.save(Path(folder.name) / "map.html").name
    'map.html'
    >>> folder.cleanup()
    """

    html: str
    nodes: list[dict[str, object]]
    edges: list[dict[str, object]]
    counts: dict[str, int]
    layout: str
    summary: str
    #: The landscape's source (file or folder): the map is never written over it or inside it.
    source: str | None = None

    def save(self, path: str | Path, inputs: str | Path | Iterable[str | Path] = ()) -> Path:
        """Write the page to ``path`` (one file; nothing else is written), whole or not at all,
        never over the landscape's source or one of ``inputs`` (:func:`partnernet.output.writing`)."""
        return save_page(self.html, path, self.source, inputs)

    def _repr_html_(self) -> str:
        # A sandboxed iframe keeps the page's scripts and policy apart from the notebook,
        # and works the same in Jupyter Notebook, JupyterLab and VS Code.
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {NOTEBOOK_HEIGHT_PIXELS}px; border: 1px solid #ddd;" '
            f'title="{html.escape(self.summary, quote=True)}"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<Map: {self.summary}>"


#: The file names a map may have: it is one HTML page (a browser opens it by its suffix).
MAP_SUFFIXES = (".html", ".htm")


def check_map_path(path: str | Path) -> Path:
    """``path`` as a Path; UsageError when it is a folder or does not end in .html / .htm (a map written
    as ``x.pdf`` would be an HTML page that no program opens as such)."""
    path = Path(path)
    if path.is_dir():
        raise UsageError("map_is_folder", path=path, example=path / "map.html")
    device = path.exists() and not path.is_file()  # /dev/stdout: a stream, not a file a browser opens
    if path.suffix.lower() not in MAP_SUFFIXES and not device:
        raise UsageError("map_suffix", name=path.name, suffix=path.suffix or "''", example=path.with_suffix(".html"))
    return path


def save_page(page: str, path: str | Path, source=None, inputs: str | Path | Iterable[str | Path] = ()) -> Path:
    """Write a map's ``page`` to ``path`` as :meth:`Map.save` does, never over ``source`` or ``inputs``."""
    inputs = many(inputs)
    check_target(path, input_paths(source, *inputs))  # an input named first: that is the graver mistake
    path = check_map_path(path)
    check_folder(path)
    return write_text(path, page, input_paths(source, *inputs))


from .._public import public_dir

__all__ = [
    "VIS_VERSION",
    "NOTEBOOK_HEIGHT_PIXELS",
    "vis_assets",
    "script_json",
    "render",
    "Map",
    "MAP_SUFFIXES",
    "check_map_path",
    "save_page",
]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
