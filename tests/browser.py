"""Headless Chromium for the tests: network blocked, every request and dialog recorded.

Shared by the map and report browser tests. Tests that import ``browser`` are
skipped when no Chromium is installed (``.ci/run`` installs Debian's
``chromium``) or Playwright is missing.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from partnernet.report.pdf import OFFLINE_FLAGS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')"
)
pytestmark = [
    pytest.mark.browser,
    # one xdist group per module (tests/conftest.py): its tests share the module's Chromium
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no chromium binary on PATH; install Debian's 'chromium' "
        "(apt-get install chromium) to run the browser tests",
    ),
]

# Flags from the machine notes: no sandbox as root, and no background traffic to Google.
CHROMIUM_FLAGS = ["--no-sandbox", *OFFLINE_FLAGS]
HOSTILE = ("<img src=x onerror=alert(1)>", "</script><script>window.__xss=1</script>")
MAP_READY = "window.partnernetMap && window.partnernetMap.ready"


def wait_until(target, expression: str, timeout_ms: int = 30_000) -> None:
    """Poll ``expression`` in a page or frame until it is truthy.

    Playwright's ``wait_for_function`` compiles a string predicate with ``new Function`` once its first check
    fails, which the pages' Content-Security-Policy (no 'unsafe-eval') refuses: on a busy machine, where the
    map is not ready at the first check, the wait died with an EvalError. ``evaluate`` is not subject to it.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while not target.evaluate(f"!!({expression})"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true after {timeout_ms} ms: {expression}")
        target.wait_for_timeout(50)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened offline; every request and dialog is recorded, every non-file request refused."""

    def __init__(self, browser, path: Path, ready: str | None = MAP_READY):
        self.context = browser.new_context(offline=True, viewport={"width": 1200, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._only_own_file)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        if ready:
            wait_until(self.page, ready)

    def _only_own_file(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def close(self):
        self.context.close()
