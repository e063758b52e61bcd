"""The README's demo walk-through matches the simulator's seed (newcomers follow it literally)."""

from __future__ import annotations

import re
from pathlib import Path

from halo_integration.simulator import HaloSimulator

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_tickets_the_readme_names_are_what_the_seed_has():
    tickets = HaloSimulator().store.tickets
    named = re.findall(r"ticket (\d{4}) \"([^\"]+)\"", README)
    assert named, "the demo table names emma's tickets by number and summary"
    for number, summary in named:
        assert tickets[int(number)]["summary"] == summary
    for number, topic in re.findall(r"(\d{4}), an? (\w+) ticket", README):
        assert topic.lower() in tickets[int(number)]["summary"].lower(), (number, topic)
