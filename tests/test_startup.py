"""Start-up: what ``import partnernet`` and ``partnernet --help`` load, and the lazy public names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import partnernet as pn
from partnernet.cli import COMMANDS, cli, load_all
from partnernet.language.help import help_text

HEAVY = ("pandas", "numpy", "scipy", "networkx", "igraph", "matplotlib", "jinja2", "openpyxl", "pyvis")


def loaded_after(code: str) -> set[str]:
    """Top-level packages among HEAVY that a fresh interpreter has imported after running ``code``."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    found = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return set(found.stdout.split()) & set(HEAVY)


def test_import_partnernet_loads_no_heavy_library():
    assert loaded_after("import partnernet") == set()


def test_help_loads_no_heavy_library():
    code = (
        "from partnernet.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='partnernet')\nexcept SystemExit:\n    pass"
    )
    assert loaded_after(code) == set()


def test_analyses_import_igraph_without_matplotlib():
    assert "matplotlib" not in loaded_after("import partnernet as pn\npn.centrality")
    assert "igraph" in loaded_after("import partnernet as pn\npn.centrality")


def test_lazy_names_are_the_public_api():
    assert set(pn.__all__) <= set(dir(pn))
    for name in pn.__all__:
        assert getattr(pn, name) is not None, name
    assert callable(pn.report) and pn.report.__module__ == "partnernet.report"
    import partnernet.report.sections  # noqa: F401 - importing the subpackage keeps pn.report the function

    assert callable(pn.report)
    assert pn.graphs.__name__ == "partnernet.graphs"


def test_command_index_equals_the_commands():
    commands = load_all()
    assert set(COMMANDS) == set(commands), "add or remove the command in COMMANDS (partnernet/cli/__init__.py)"
    for name, command in commands.items():
        module = COMMANDS[name]
        assert command.callback.__module__ == f"partnernet.cli.{module}", name
        assert command.help == help_text(f"command.{name}", "nl") and command.help, name


def test_help_lists_every_command():
    output = CliRunner().invoke(cli, ["--help"]).output
    for name in COMMANDS:
        assert f"\n  {name} " in output


def test_validate_loads_no_graph_library():
    code = (
        "from partnernet.cli import cli\n"
        "try:\n    cli(['validate', 'data/regio-voorbeeld'], prog_name='partnernet')\nexcept SystemExit:\n    pass"
    )
    assert loaded_after(code) & {"scipy", "igraph", "matplotlib", "jinja2", "pyvis"} == set()


def test_map_reads_vis_network_without_importing_pyvis():
    # pyvis only ships vis-network's files; importing it imports IPython (0.4 s CPU)
    code = "from partnernet.viz import page\nscript, css = page.vis_assets()\nassert 'vis' in script and css"
    loaded = loaded_after(code)
    assert "pyvis" not in loaded and "jinja2" in loaded
    ipython = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('IPython' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert ipython.stdout.strip() == "False"


def test_importing_the_report_leaves_matplotlib_until_a_chart_is_drawn():
    assert "matplotlib" not in loaded_after("import partnernet.report, partnernet.report.maps")
