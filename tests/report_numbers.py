"""Reading the numbers back from a report page and comparing them with ``status --format json``."""

from __future__ import annotations

from typing import Any

from tests.html_tree import Node


def _number(text: str) -> int:
    return 0 if text in ("·", "") else int(text)


def assert_numbers_match(page: Node, status: dict[str, Any]) -> int:
    """Every marked number on the page equals the status JSON; returns how many were checked."""
    groups = {g["key"]: g for g in status["groups"]}
    checked = 0
    cells = page.find_all(
        lambda n: n.tag == "td" and ("data-field" in n.attrs or "data-total" in n.attrs)
    )
    seen_fields: set[str] = set()
    seen_statuses: set[str] = set()
    for cell in cells:
        record = status["total"] if "data-total" in cell.attrs else groups[cell.attrs["data-field"]]
        if "data-field" in cell.attrs:
            seen_fields.add(cell.attrs["data-field"])
        if "data-status" in cell.attrs:
            seen_statuses.add(cell.attrs["data-status"])
            assert _number(cell.text()) == record["status"][cell.attrs["data-status"]], cell
        elif cell.attrs.get("data-count") == "measures":
            assert int(cell.text()) == record["measures"]
        elif cell.attrs.get("data-count") == "overdue":
            assert _number(cell.text()) == record["overdue"]
        elif cell.attrs.get("data-count") == "achieved":
            assert int(cell.attrs["data-achieved"]) == record["achieved"]
            assert int(cell.attrs["data-dropped"]) == record["dropped"]
            share = cell.attrs["data-share"]
            assert (float(share) if share else None) == record["share_achieved"]
        else:
            raise AssertionError(f"unmarked number cell {cell}")
        checked += 1
    assert seen_fields == set(groups)
    # A status without a column must have no measure at all.
    for status_id, count in status["total"]["status"].items():
        if status_id not in seen_statuses:
            assert count == 0, status_id
    # The chart: one segment per field and status with measures, same counts.
    segments = page.find_all(lambda n: n.tag == "rect" and "data-status" in n.attrs)
    for rect in segments:
        group = groups[rect.attrs["data-field"]]
        assert int(rect.attrs["data-count"]) == group["status"][rect.attrs["data-status"]]
        checked += 1
    expected_segments = sum(1 for g in groups.values() for c in g["status"].values() if c)
    assert len(segments) == expected_segments
    overdue = [m["id"] for m in status["measures"] if m["overdue"]]
    section = page.find_all(lambda n: n.attrs.get("id") == "ueberfaellig")[0]
    assert int(section.attrs["data-overdue-count"]) == len(overdue)
    listed = [
        n.attrs["data-measure"] for n in section.find_all(lambda n: "data-measure" in n.attrs)
    ]
    assert listed == overdue
    return checked
