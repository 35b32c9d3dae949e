"""A small accessibility checker for Playwright pages, shared by the browser tests.

``assert_accessible(page)`` checks three things a keyboard, screen-reader or phone user needs on every
page: each visible form control has an accessible name, a 375 px wide viewport does not scroll
sideways, and there is a ``<nav>`` plus a skip link to the main content. The failure message lists the
offending elements so a test failure says what to fix. The checks run through ``page.evaluate``, which
Chromium runs over the DevTools protocol, so the pages' Content-Security-Policy does not block them.
"""

from __future__ import annotations

from typing import Any

NARROW_WIDTH = 375

# Returns a short description of every visible form control that has no accessible name.
_UNNAMED_CONTROLS_JS = r"""
() => {
  // The text an element contributes to a name: its text plus the alt text of images and the
  // aria-label of elements inside it (Django admin's search label holds only an <img alt="Search">).
  const text = (el) => {
    if (!el) return "";
    const parts = [el.textContent || ""];
    for (const inner of el.querySelectorAll("img[alt], [aria-label]"))
      parts.push(inner.getAttribute("alt") || inner.getAttribute("aria-label") || "");
    return parts.join(" ").replace(/\s+/g, " ").trim();
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") return false;
    return el.getClientRects().length > 0;
  };
  const describe = (el) => {
    let d = el.tagName.toLowerCase();
    if (el.type && el.tagName !== "SELECT" && el.tagName !== "TEXTAREA") d += `[type=${el.type}]`;
    if (el.id) d += `#${el.id}`;
    if (el.name) d += `[name=${el.name}]`;
    if (el.className && typeof el.className === "string" && el.className.trim())
      d += "." + el.className.trim().split(/\s+/).join(".");
    return d;
  };
  const named = (el) => {
    const aria = (el.getAttribute("aria-label") || "").trim();
    if (aria) return true;
    const labelledby = (el.getAttribute("aria-labelledby") || "").trim();
    if (labelledby) {
      const joined = labelledby.split(/\s+/).map((id) => text(document.getElementById(id))).join("");
      if (joined) return true;
    }
    if ((el.getAttribute("title") || "").trim()) return true;
    // el.labels covers both <label for=id> and a wrapping <label>.
    if (el.labels && Array.from(el.labels).some((label) => text(label))) return true;
    const tag = el.tagName;
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (tag === "BUTTON") return !!text(el);  // an icon-only button is named by its image's alt
    if (tag === "INPUT") {
      if (["submit", "button", "reset"].includes(type)) {
        // Browsers name a valueless submit/reset "Submit"/"Reset"; a valueless type=button has no name.
        if ((el.getAttribute("value") || "").trim()) return true;
        return type !== "button";
      }
      if (type === "image") return !!(el.getAttribute("alt") || "").trim();
    }
    return false;
  };
  const controls = document.querySelectorAll("input:not([type=hidden]), select, textarea, button");
  return Array.from(controls).filter((el) => visible(el) && !named(el)).map(describe);
}
"""

# Returns the widest element(s) sticking out to the right, to say what causes horizontal scrolling.
_OVERFLOW_JS = r"""
(limit) => {
  const root = document.documentElement;
  const offenders = [];
  for (const el of document.body ? document.body.querySelectorAll("*") : []) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.right > limit + 0.5) {
      let d = el.tagName.toLowerCase();
      if (el.id) d += `#${el.id}`;
      if (el.className && typeof el.className === "string" && el.className.trim())
        d += "." + el.className.trim().split(/\s+/).join(".");
      offenders.push(`${d} (right edge ${Math.round(rect.right)}px)`);
    }
  }
  return { scrollWidth: root.scrollWidth, offenders: offenders.slice(0, 15) };
}
"""

# Reports whether the page has a <nav> (or role=navigation) and a working skip link to the main content.
_LANDMARKS_JS = r"""
() => {
  const main = document.querySelector("main, [role=main]");
  const nav = document.querySelector("nav, [role=navigation]");
  const skipLinks = Array.from(document.querySelectorAll("a[href^='#']")).filter((a) => {
    const id = decodeURIComponent(a.getAttribute("href").slice(1));
    if (!id) return false;
    const target = document.getElementById(id);
    // A link to #main counts when #main exists; any in-page link counts when it targets <main>.
    return !!target && (id === "main" || target === main);
  });
  return {
    hasNav: !!nav,
    hasMain: !!main,
    skipLinks: skipLinks.map((a) => a.getAttribute("href")),
  };
}
"""


def unnamed_controls(page: Any) -> list[str]:
    """Describe every visible form control of ``page`` that has no accessible name."""
    return list(page.evaluate(_UNNAMED_CONTROLS_JS))


def horizontal_overflow(page: Any, width: int = NARROW_WIDTH) -> tuple[int, list[str]]:
    """Resize ``page`` to ``width`` px, measure its scroll width and the elements sticking out, then
    restore the original viewport size."""
    original = page.viewport_size
    height = original["height"] if original else 800
    page.set_viewport_size({"width": width, "height": height})
    try:
        result = page.evaluate(_OVERFLOW_JS, width)
    finally:
        if original:
            page.set_viewport_size(original)
    return int(result["scrollWidth"]), list(result["offenders"])


def landmark_problems(page: Any) -> list[str]:
    """List what is missing among a ``<nav>`` landmark and a skip link to the main content."""
    found = page.evaluate(_LANDMARKS_JS)
    problems = []
    if not found["hasNav"]:
        problems.append("no <nav> (or role=navigation) element")
    if not found["skipLinks"]:
        if found["hasMain"]:
            problems.append("no skip link (<a href='#main'>) whose target is the <main> element or #main")
        else:
            problems.append("no <main> element and no skip link to #main")
    return problems


def assert_accessible(page: Any) -> None:
    """Fail with a list of offending elements unless ``page`` passes the three checks: named form
    controls, no horizontal overflow at 375 px, and a ``<nav>`` plus a skip link to ``#main``/``<main>``."""
    failures: list[str] = []
    unnamed = unnamed_controls(page)
    if unnamed:
        failures.append("form controls without an accessible name: " + ", ".join(unnamed))
    scroll_width, offenders = horizontal_overflow(page)
    if scroll_width > NARROW_WIDTH:
        failures.append(
            f"horizontal overflow at {NARROW_WIDTH}px: scrollWidth is {scroll_width}px; "
            "widest elements: " + (", ".join(offenders) or "(none found; check margins)")
        )
    failures.extend(landmark_problems(page))
    if failures:
        raise AssertionError(f"{page.url} is not accessible:\n- " + "\n- ".join(failures))
