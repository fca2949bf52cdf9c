"""Time the interactive map: generating the page, and opening it in headless Chromium.

    .venv/bin/python benchmarks/viz_map.py [--screenshots docs] [--skip-national]

For the example region (2026-01-01, its register behind the date slider) and
synthetic landscapes of 2,000 nodes, 2,000 organisations and 20,000
organisations (benchmarks/make_landscape.py, seed 7, on 2025-01-01) it
prints the page size, the seconds ``pn.visualise`` takes, and the
milliseconds from navigation start until vis-network has drawn the map for
the first time (``window.partnernetMap.firstDrawMs``), with the network off.
Physics is off and positions are precomputed; above
``partnernet.viz.interactive.CLUSTER_NODES`` nodes the page opens with
organisations grouped by domain and persons hidden. ``--screenshots DIR``
writes the focused view of the region and the 2,000 and 20,000 views as
small PNGs. Needs Debian's chromium and Playwright (the dev extras).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import partnernet as pn  # noqa: E402
from partnernet.report.pdf import OFFLINE_FLAGS  # noqa: E402
from make_landscape import landscape as synthetic_landscape  # noqa: E402

FLAGS = ["--no-sandbox", *OFFLINE_FLAGS]
VIEWPORT = {"width": 1400, "height": 900}
# name, (organisations, bodies, persons) or None for the example region, repeats, screenshot file
CASES = [
    ("region", None, 3, "map-focused.png"),
    ("2,000 nodes", (1200, 300, 500), 3, None),
    ("2,000 organisations", (2000, 500, 2000), 3, "map-2000.png"),
    ("20,000 organisations", (20000, 5000, 20000), 1, "map-20000.png"),
]


def landscapes(size):
    """(snapshot, register) of a case."""
    if size is None:
        register = pn.load(Path(__file__).parents[1] / "data" / "regio-voorbeeld")
        return register.at("2026-01-01"), register
    register = synthetic_landscape(*size, seed=7)
    return register.at("2025-01-01"), register


def generate(land, register, path: Path) -> tuple[float, pn.Map]:
    start = time.perf_counter()
    drawn = pn.visualise(land, path, register=register)
    return time.perf_counter() - start, drawn


def open_page(browser, path: Path):
    context = browser.new_context(offline=True, viewport=VIEWPORT, accept_downloads=False)
    page = context.new_page()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.partnernetMap && window.partnernetMap.ready", timeout=300_000)
    return context, page


def screenshot(page, name: str, target: Path) -> None:
    """The page as a reader sees it; the region with one organisation searched and focused."""
    if name == "region":
        page.fill("#pn-search", "Gemeente Klein-Dorp")
        page.press("#pn-search", "Enter")
        page.evaluate("window.partnernetMap.network.fit()")
    page.wait_for_timeout(300)
    page.screenshot(path=str(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", type=Path, help="write PNG screenshots into this folder")
    parser.add_argument("--skip-national", action="store_true", help="leave out the 20,000-organisation case")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'map':<22}{'nodes':>7}{'lines':>8}{'MB':>7}{'generate s':>12}{'first draw ms':>15}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        for name, size, repeats, shot in CASES:
            if args.skip_national and size and size[0] >= 20000:
                continue
            land, register = landscapes(size)
            path = Path(folder) / "map.html"
            seconds, drawn = min((generate(land, register, path) for _ in range(repeats)), key=lambda r: r[0])
            draws = []
            for _ in range(repeats):
                context, page = open_page(browser, path)
                draws.append(float(page.evaluate("window.partnernetMap.firstDrawMs")))
                if shot and args.screenshots and len(draws) == 1:
                    screenshot(page, name, args.screenshots / shot)
                context.close()
            print(
                f"{name:<22}{len(drawn.nodes):>7}{len(drawn.edges):>8}{len(drawn.html) / 1e6:>7.2f}"
                f"{seconds:>12.2f}{min(draws):>15.0f}"
            )
        browser.close()
    print(
        "best of 3 (20,000 organisations: one run); physics off, layout precomputed; "
        "above 3,000 nodes organisations grouped by domain, persons hidden"
    )


if __name__ == "__main__":
    main()
