"""Time the interactive map: generating the page, and opening it in headless Chromium.

    .venv/bin/python benchmarks/viz_map.py [--large-organisations 1200 --large-bodies 300 --large-persons 500]

For the example region (2026-01-01) and a synthetic 2,000-node landscape it
prints the page size, the seconds ``pn.visualise`` takes, and the
milliseconds from navigation start until vis-network has drawn the map for
the first time (``window.partnernetMap.firstDrawMs``), with the network off.
Physics is off and positions are precomputed, so the first drawing is the
final picture. Needs Debian's chromium and Playwright (the dev extras).
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
from make_landscape import landscape as synthetic_landscape  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND"]
REPEATS = 3


def generate(land, path: Path, **options) -> tuple[float, pn.Map]:
    start = time.perf_counter()
    drawn = pn.visualise(land, path, **options)
    return time.perf_counter() - start, drawn


def first_draw_ms(browser, path: Path) -> float:
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.partnernetMap && window.partnernetMap.ready", timeout=120_000)
    value = page.evaluate("window.partnernetMap.firstDrawMs")
    context.close()
    return float(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large-organisations", type=int, default=1200)
    parser.add_argument("--large-bodies", type=int, default=300)
    parser.add_argument("--large-persons", type=int, default=500)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    region = pn.load(Path(__file__).parents[1] / "data" / "regio-voorbeeld").at("2026-01-01")
    large = synthetic_landscape(args.large_organisations, args.large_bodies, args.large_persons, seed=7)
    cases = [("region", region, {}), ("region, hierarchy", region, {"hierarchy": True}),
             ("synthetic", large, {}), ("synthetic, hierarchy", large, {"hierarchy": True, "persons": False})]
    chromium = shutil.which("chromium")
    print(f"{'map':<22}{'nodes':>7}{'lines':>7}{'MB':>7}{'generate s':>12}{'first draw ms':>15}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        for name, land, options in cases:
            path = Path(folder) / "map.html"
            seconds = min(generate(land, path, **options)[0] for _ in range(REPEATS))
            drawn = pn.visualise(land, path, **options)
            draw = min(first_draw_ms(browser, path) for _ in range(REPEATS))
            print(f"{name:<22}{len(drawn.nodes):>7}{len(drawn.edges):>7}{len(drawn.html) / 1e6:>7.2f}"
                  f"{seconds:>12.2f}{draw:>15.0f}")
        browser.close()
    print(f"best of {REPEATS}; physics off, layout precomputed (force-directed or hierarchical)")


if __name__ == "__main__":
    main()
