"""The registry is the one source of what an action is: policy defaults, the admin's policy
list, the language model's tools, the console's labels and the confirm cards all read it, and
declaring a new action is one register() call."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from halo_integration import actions
from halo_integration.actions import registry
from halo_integration.actions.context import Outcome
from halo_integration.actions.registry import (
    DEFAULT_RULES,
    DESCRIPTIONS,
    REGISTRY,
    ActionSpec,
    Param,
    default_rule,
    label_of,
    register,
)
from halo_integration.models import ActionPolicy, AuditEvent, PendingWrite
from halo_integration.nl import llm_tools as llm
from halo_integration.nl.plan import Plan
from halo_integration.nl.sentences import describe
from halo_integration.policies import rule_for

CHANGELIST = "/admin/halo_integration/actionpolicy/"
ACTIONS_DIR = Path(actions.__file__).parent


class PingParams(typing.TypedDict):
    ticket_id: int
    words: typing.NotRequired[str]


def _ping(ctx, p):
    return Outcome({"pong": p.get("words", "")}, ticket_id=p["ticket_id"])


@pytest.fixture
def ping_action():
    """A throwaway action, declared the way every real one is, and taken away afterwards."""
    spec = register(
        ActionSpec(
            name="ping_ticket",
            description="Ping a ticket (a test action).",
            params=(registry.TICKET_ID, Param("words", str, "what to say", max_length=20)),
            params_model=PingParams,
            handler=_ping,
            write=False,
            rule=default_rule("ping_ticket"),
            sentence=lambda p, names: f"Ping #{p['ticket_id']}",
        )
    )
    yield spec
    del REGISTRY[spec.name]


def test_default_rules_and_descriptions_are_the_registrys():
    assert list(DEFAULT_RULES) == list(REGISTRY)
    assert all(DEFAULT_RULES[name] is spec.rule for name, spec in REGISTRY.items())
    assert dict(DESCRIPTIONS) == {name: spec.description for name, spec in REGISTRY.items()}
    assert tuple(REGISTRY) == actions.ACTION_NAMES


def test_the_policy_choices_are_the_registrys():
    field = ActionPolicy._meta.get_field("action")
    assert [value for value, _ in field.choices] == list(REGISTRY)


def test_the_language_models_tools_are_the_registrys():
    tools = {t["function"]["name"]: t["function"] for t in llm.tool_definitions()}
    offered = [spec.name for spec in REGISTRY.values() if spec.offered_in_ask]
    assert list(tools) == [*offered, "not_understood"]
    for name in offered:
        assert tools[name]["description"] == REGISTRY[name].description
    assert {n for n, s in REGISTRY.items() if not s.offered_in_ask} == llm.PAGE_ONLY_ACTIONS


def test_every_write_has_a_console_label_and_a_done_message():
    for name, spec in REGISTRY.items():
        if spec.write:
            assert label_of(name) == spec.label != ""
            assert spec.done is not None
        else:
            assert spec.done is None  # a read's result speaks for itself


def test_each_params_model_matches_the_declared_parameters():
    for name, spec in REGISTRY.items():
        hints = typing.get_type_hints(spec.params_model, include_extras=True)
        assert set(hints) == {p.name for p in spec.params}, name
        # The modules postpone annotations, so __required_keys__ cannot see NotRequired: read
        # the evaluated hints instead (mypy reads the source and agrees).
        optional = {
            key for key, hint in hints.items() if typing.get_origin(hint) is typing.NotRequired
        }
        if not spec.params_model.__total__:
            optional |= {
                key for key, hint in hints.items() if typing.get_origin(hint) is not typing.Required
            }
        assert set(hints) - optional == {p.name for p in spec.params if p.required}, name


def test_each_action_name_is_written_in_exactly_one_module_of_the_package():
    sources = {path.name: path.read_text() for path in ACTIONS_DIR.glob("*.py")}
    for name in REGISTRY:
        holders = [f for f, text in sources.items() if re.search(rf'"{name}"', text)]
        assert len(holders) == 1, (name, holders)


def _product_sources() -> dict[str, str]:
    """Every module and template of the product; migrations keep the names they were made with."""
    root = ACTIONS_DIR.parent.parent
    paths = [
        *root.glob("halo_integration/**/*.py"),
        *root.glob("portal/**/*.py"),
        *root.glob("notifications/**/*.py"),
        *root.glob("templates/**/*.html"),
    ]
    return {
        str(path.relative_to(root)): path.read_text()
        for path in paths
        if "migrations" not in path.parts
    }


def test_each_action_name_is_written_once_in_the_whole_product():
    sources = _product_sources()
    for name, spec in REGISTRY.items():
        holders = sorted(f for f, text in sources.items() if re.search(rf"[\"']{name}[\"']", text))
        own = spec.handler.__module__.replace(".", "/") + ".py"
        assert holders == [own], (name, holders)


def test_a_new_action_is_one_declaration(ping_action, portal_admin, client):
    assert DEFAULT_RULES["ping_ticket"] == ping_action.rule
    assert rule_for("ping_ticket") == ping_action.rule
    assert "ping_ticket" in [t["function"]["name"] for t in llm.tool_definitions()]
    assert ("ping_ticket", "ping_ticket") in ActionPolicy._meta.get_field("action").choices
    assert describe(Plan(text="", action="ping_ticket", params={"ticket_id": 7})) == "Ping #7"

    client.force_login(portal_admin)
    page = client.get(CHANGELIST).content.decode()

    assert "halopsa_ping_ticket" in page
    assert ActionPolicy.objects.filter(action="ping_ticket").exists()


def test_a_new_action_runs_through_the_same_policy_and_audit(ping_action, employee, settings):
    result = actions.run_action(
        actor=employee, name="ping_ticket", params={"ticket_id": "#7"}, channel="web", halo=object()
    )

    assert (result.status, result.data, result.ticket_id) == ("done", {"pong": ""}, 7)
    assert not PendingWrite.objects.exists()  # a read is never stored for Halo

    ActionPolicy.objects.create(action="ping_ticket", enabled=False, audience="both")
    refused = actions.run_action(
        actor=employee, name="ping_ticket", params={"ticket_id": 7}, channel="web", halo=object()
    )

    assert refused.status == "denied"
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.action, event.outcome, event.reason) == (
        "ping_ticket",
        "denied",
        "an admin has turned off ping ticket",
    )


def test_a_new_actions_parameters_are_checked_like_every_other(ping_action, employee):
    result = actions.run_action(
        actor=employee,
        name="ping_ticket",
        params={"ticket_id": 7, "words": "x" * 21, "extra": 1},
        channel="web",
        halo=object(),
    )

    assert result.status == "invalid"
    assert result.errors == {
        "extra": "is not a parameter of ping_ticket",
        "words": "is too long (at most 20 characters)",
    }


def test_an_action_cannot_be_declared_twice(ping_action):
    with pytest.raises(ValueError, match="declared twice"):
        register(ping_action)


pytestmark = pytest.mark.django_db


def test_a_results_data_is_read_as_the_type_its_action_declares():
    from halo_integration.actions import ActionResult, Status
    from halo_integration.actions.lookup import rows_of
    from halo_integration.actions.tickets_read import detail_of, page_of

    listing = ActionResult("list_tickets", Status.DONE, data={"tickets": [], "record_count": 0})

    assert page_of(listing)["record_count"] == 0
    with pytest.raises(TypeError, match="a result of list_tickets, not of get_ticket"):
        detail_of(listing)
    with pytest.raises(TypeError, match="not of lookup"):
        rows_of(listing)
