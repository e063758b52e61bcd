"""Neither the client secret nor an access token ever reaches a log, an error message or a repr."""

from __future__ import annotations

import logging
from io import StringIO

import httpx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from halo_integration import connection
from halo_integration.client import HaloClient, HaloConfig
from halo_integration.errors import HaloError
from halo_integration.models import HaloConnection
from halo_integration.simulator import HaloSimulator, serve

SECRET = "Sup3r-Secret-Value-4242"  # distinctive, so any leak is found by substring search
APP = "leak-check-app"


@pytest.fixture
def debug_logs(caplog):
    for name in (None, "httpx", "httpcore", "halo_integration", "django"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.fixture
def leak_sim() -> HaloSimulator:
    return HaloSimulator(seed=True, clients={APP: (SECRET, "all")})


def _issued_tokens(sim: HaloSimulator) -> set[str]:
    return set(sim._tokens._tokens)  # the simulator's own record of every live access token


def _assert_clean(texts: list[str], secrets: set[str]) -> None:
    assert secrets, "nothing to look for"
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"a secret leaked into: {text[:200]!r}"


def _record_texts(caplog) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), repr(record.__dict__)]
    return texts


def _error_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), repr(error.args)]
    if isinstance(error, HaloError):
        texts.append(error.message)
    return texts


def test_no_secret_or_token_in_logs_errors_or_reprs(debug_logs, leak_sim, db, monkeypatch):
    sim = leak_sim
    issued: set[str] = set()
    errors: list[BaseException] = []

    with serve(sim) as server:
        config = HaloConfig(url=server.url, client_id=APP, client_secret=SECRET)
        with HaloClient(config, sleep=lambda _: None) as halo:
            halo.get_me()  # token fetch + GET
            halo.create_ticket({"summary": "leak check", "client_id": 12})  # POST
            sim.faults.fail_next(1, status=503)
            halo.get_ticket(3115)  # a logged retry
            issued |= _issued_tokens(sim)
            sim.revoke_tokens()
            halo.list_statuses()  # 401, renewal, retry
            issued |= _issued_tokens(sim)
            reprs = [repr(config), str(config), repr(halo), repr(halo.tokens), repr(halo.config)]

        wrong = HaloConfig(url=server.url, client_id=APP, client_secret=SECRET + "-wrong")
        with HaloClient(wrong) as halo, pytest.raises(HaloError) as failed_auth:
            halo.get_me()
        errors.append(failed_auth.value)

        sim.faults.lose_next_write_response(1)
        with HaloClient(config) as halo, pytest.raises(HaloError) as lost:
            halo.create_ticket({"summary": "lost", "client_id": 12})
        errors.append(lost.value)
        issued |= _issued_tokens(sim)

        monkeypatch.setattr(connection, "transport_override", None)
        with pytest.raises(CommandError) as command_failed:
            call_command(
                "halo_connect",
                "--url", server.url,
                "--client-id", APP,
                "--client-secret", SECRET + "-wrong",
                stdout=StringIO(),
                stderr=StringIO(),
            )  # fmt: skip
        errors.append(command_failed.value)

    assert len(issued) >= 3  # tokens were issued, so the search below means something
    loggers = {record.name for record in debug_logs.records}
    assert {"httpx", "halo_integration.client"} <= loggers
    assert any(name.startswith("httpcore") for name in loggers)

    secrets = {SECRET, *issued}
    _assert_clean(_record_texts(debug_logs), secrets)
    _assert_clean([text for error in errors for text in _error_texts(error)], secrets)
    _assert_clean(reprs, secrets)
    assert "client_secret" not in repr(config)


def test_the_saved_connection_does_not_show_its_secret(db):
    saved = HaloConnection(url="https://acme.halopsa.com", client_id=APP)
    saved.client_secret = SECRET
    saved.save()

    texts = [repr(saved), str(saved), repr(saved.to_config()), saved.client_secret_encrypted]

    _assert_clean(texts, {SECRET})


def test_in_process_calls_log_no_secret_or_token(debug_logs, leak_sim):
    sim = leak_sim
    config = HaloConfig(url="http://halo.test", client_id=APP, client_secret=SECRET)
    with HaloClient(config, transport=httpx.WSGITransport(app=sim), sleep=lambda _: None) as halo:
        halo.get_me()
        sim.faults.fail_with_429(1, retry_after=1)
        halo.add_action(3115, note="hello", outcome_id=3)
        tokens = _issued_tokens(sim)

    assert tokens
    assert any("halo retry" in record.getMessage() for record in debug_logs.records)
    _assert_clean(_record_texts(debug_logs), {SECRET, *tokens})


def test_the_simulator_records_no_secret_either(leak_sim):
    """What tests print when they fail (sim.requests) must not show the secret or a token."""
    sim = leak_sim
    config = HaloConfig(url="http://halo.test", client_id=APP, client_secret=SECRET)
    with HaloClient(config, transport=httpx.WSGITransport(app=sim)) as halo:
        halo.get_me()

    _assert_clean([repr(sim.requests)], {SECRET, *_issued_tokens(sim)})
