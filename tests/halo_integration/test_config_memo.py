"""The policies and the Halo connection are read once per process until a save anywhere bumps
the shared generation; a page then costs no query for them."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection as db
from django.test.utils import CaptureQueriesContext

from halo_integration import config_memo
from halo_integration.connection import current_config
from halo_integration.models import ActionPolicy, HaloConnection
from halo_integration.policies import rule_for

pytestmark = pytest.mark.django_db


def test_a_value_is_loaded_once_per_generation() -> None:
    loads: list[int] = []

    def load() -> int:
        loads.append(1)
        return len(loads)

    assert config_memo.remembered("n", load) == 1
    assert config_memo.remembered("n", load) == 1
    config_memo.forget()
    assert config_memo.remembered("n", load) == 2


def test_a_lost_cache_entry_only_costs_a_reload() -> None:
    config_memo.remembered("n", lambda: "old")
    cache.delete(config_memo.GENERATION_KEY)
    assert config_memo.remembered("n", lambda: "new") == "new"


def test_rules_cost_no_query_once_read() -> None:
    rule_for("get_ticket")
    with CaptureQueriesContext(db) as queries:
        rule_for("get_ticket")
        rule_for("add_note")
    assert len(queries) == 0


def test_an_admins_change_to_a_policy_applies_at_once() -> None:
    assert rule_for("add_note").enabled
    ActionPolicy.objects.update_or_create(
        action="add_note",
        defaults={
            "enabled": False,
            "audience": "both",
            "self_service_only": False,
            "requires_approval": False,
        },
    )
    assert not rule_for("add_note").enabled
    ActionPolicy.objects.filter(action="add_note").delete()
    assert rule_for("add_note").enabled  # the default again


def test_a_saved_connection_replaces_the_remembered_one() -> None:
    first = HaloConnection(url="https://first.example", client_id="portal")
    first.client_secret = "s1"  # noqa: S105 - a test value
    first.save()
    assert current_config().url == "https://first.example"
    first.url = "https://second.example"
    first.save()
    assert current_config().url == "https://second.example"


def test_a_row_read_between_the_save_and_its_commit_is_read_again_after_it(
    django_capture_on_commit_callbacks: Any,
) -> None:
    """Another process may read the old row after the save bumped the generation but before
    the commit made the row visible; the bump after the commit makes it read the row again."""
    with django_capture_on_commit_callbacks(execute=True):
        ActionPolicy.objects.create(
            action="add_note",
            enabled=False,
            audience="both",
            self_service_only=False,
            requires_approval=False,
        )
        # What that other process keeps under the new generation: the row as it was before.
        assert config_memo.remembered("other", lambda: "before the commit") == "before the commit"
    assert config_memo.remembered("other", lambda: "after the commit") == "after the commit"
