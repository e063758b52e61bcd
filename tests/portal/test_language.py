"""The portal offers English only: a browser asking for another language gets English pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_a_german_browser_gets_english_pages_not_a_mix(client, settings):
    settings.PASSWORD_LOGIN_ENABLED = True  # the sign-in form shows Django's own labels

    page = client.get("/accounts/login/", headers={"Accept-Language": "de-DE,de;q=0.9"})

    html = page.content.decode()
    assert '<html lang="en">' in html
    assert "Benutzername" not in html and "Passwort" not in html
    assert "Username" in html


def test_only_the_languages_the_portal_is_written_in_are_offered(settings):
    assert [code for code, _ in settings.LANGUAGES] == ["en"]
