"""Drive Debian's Chromium with Playwright (tests, the load-time benchmark and the README screenshot).

Never a downloaded browser: Playwright launches ``chromium`` from the system (the Makefile installs
it with apt-get), headless, sandbox off (we run as root in CI), with no network of its own.
Playwright is a test dependency: importing this module does not need it, ``unavailable()`` says why
the browser cannot run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_path() -> str | None:
    """The Chromium to drive: $NEWSFIGURES_CHROMIUM, else ``chromium`` on the PATH, else /usr/bin/chromium."""
    for candidate in (os.environ.get("NEWSFIGURES_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def unavailable() -> str | None:
    """Why the browser cannot run here (None when it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "Debian's chromium is not installed (make installs it with apt-get when run as root)"
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (Playwright's Browser), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=list(FLAGS), headless=True)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Any, url: str, width: int = 1280, height: int = 900) -> tuple[Any, list[str]]:
    """Open ``url`` in a new page and wait until the explorer's script has rendered it.

    Returns the page and the list its console errors and uncaught exceptions are collected into.
    """
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    visit(page, url)
    return page, errors


def visit(page: Any, url: str) -> None:
    """Go to ``url`` in an open page and wait until the explorer's script has rendered it whole.

    ``data-ready`` marks the first rendering (what the load time counts), ``data-complete`` the end
    of loading (a table's long text columns come second).
    """
    page.goto(url)
    page.wait_for_selector("html[data-complete]", state="attached", timeout=30_000)


def load_ms(page: Any) -> float:
    """Milliseconds from the start of navigation to the end of the explorer's rendering."""
    return float(page.evaluate("() => +document.documentElement.dataset.ready"))
