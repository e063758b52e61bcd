"""German, complete: the browser's preference honoured only for languages the portal offers, a
language switch that is kept (also for e-mails), and Halo's own texts never translated."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

from notifications.models import Preference

LOCALE = Path(__file__).resolve().parents[2] / "locale"
PO = LOCALE / "de" / "LC_MESSAGES" / "django.po"
MO = LOCALE / "de" / "LC_MESSAGES" / "django.mo"


def _lang(html: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', html)
    assert match
    return match.group(1)


def test_a_german_browser_gets_german_pages_with_halos_texts_as_they_are(emma):
    html = emma.get(
        "/tickets/", headers={"accept-language": "de-DE,de;q=0.9,en;q=0.5"}
    ).content.decode()
    assert _lang(html) == "de"
    assert "Meine Tickets" in html and "Letzte Änderung" in html
    # Ticket summaries and the instance's status names come from Halo: never translated.
    assert "Outlook keeps asking for my password" in html
    assert "In Progress" in html
    assert re.search(r"\d+\s\w+ her</time>", html)  # "3 Monate her", not "vor 3 Monate"
    assert "No next=" not in html  # template comments stay out of the page


@pytest.mark.parametrize("header", ["fr-FR,fr;q=0.9", "es", "pt-BR", "zz", ""])
def test_a_language_the_portal_does_not_offer_gets_english(emma, header):
    html = emma.get("/tickets/", headers={"accept-language": header}).content.decode()
    assert _lang(html) == "en"
    assert "My tickets" in html


def test_an_offered_language_further_down_the_preference_is_honoured(emma):
    html = emma.get("/", headers={"accept-language": "fr-FR,fr;q=0.9,de;q=0.5"}).content.decode()
    assert _lang(html) == "de" and "Wartet auf Sie" in html


def test_the_switch_changes_the_language_and_remembers_it_for_emails(emma, employee):
    response = emma.post("/language/", {"language": "de", "next": "/tickets/"})
    assert response.status_code == 302 and response["Location"] == "/tickets/"
    html = emma.get("/tickets/", headers={"accept-language": "en"}).content.decode()
    assert _lang(html) == "de"  # the choice wins over the browser's
    assert Preference.objects.get(user=employee).language == "de"
    emma.post("/language/", {"language": "en", "next": "/"})
    assert _lang(emma.get("/").content.decode()) == "en"


def test_the_switch_refuses_other_languages_and_foreign_redirects(emma, employee):
    response = emma.post("/language/", {"language": "fr", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert not Preference.objects.filter(user=employee).exists()
    assert _lang(emma.get("/").content.decode()) == "en"
    assert emma.get("/language/").status_code == 405  # a link cannot switch it


def test_the_sign_in_page_offers_the_switch_before_signing_in(client, db):
    page = client.get("/accounts/login/").content.decode()
    assert 'action="/language/"' in page
    client.post("/language/", {"language": "de", "next": "/accounts/login/"})
    assert _lang(client.get("/accounts/login/").content.decode()) == "de"


def test_the_german_catalogue_is_complete_and_compiled():
    text = PO.read_text(encoding="utf-8")
    entries = text.split("\n\n")[1:]
    assert entries
    untranslated = [e for e in entries if re.search(r'^msgstr(\[\d\])? ""$(?!\n")', e, re.M)]
    assert untranslated == []
    assert "#, fuzzy" not in text
    catalogue = gettext.GNUTranslations(MO.open("rb"))
    for entry in entries:
        if "msgid_plural" in entry:
            continue
        msgid = "".join(re.findall(r'"(.*)"', entry.split("msgid ", 1)[1].split("\nmsgstr", 1)[0]))
        msgstr = "".join(re.findall(r'"(.*)"', entry.split("\nmsgstr ", 1)[1]))
        unescape = lambda s: s.encode().decode("unicode_escape").encode("latin-1").decode()  # noqa: E731
        assert catalogue.gettext(unescape(msgid)) == unescape(msgstr), msgid  # .mo matches .po


def test_a_browser_language_the_portal_lacks_gets_english_pages_not_a_mix(client, settings):
    settings.PASSWORD_LOGIN_ENABLED = True  # the sign-in form shows Django's own labels

    page = client.get("/accounts/login/", headers={"Accept-Language": "fr-FR,fr;q=0.9"})

    html = page.content.decode()
    assert '<html lang="en">' in html
    assert "Nom d’utilisateur" not in html and "Mot de passe" not in html
    assert "Username" in html


def test_a_german_browser_gets_the_sign_in_page_all_in_german(client, settings):
    settings.PASSWORD_LOGIN_ENABLED = True

    page = client.get("/accounts/login/", headers={"Accept-Language": "de-DE,de;q=0.9"})

    html = page.content.decode()
    assert '<html lang="de">' in html
    assert "Benutzername" in html and "Passwort" in html
    assert "Username" not in html and "Sign in with" not in html


def test_only_the_languages_the_portal_is_written_in_are_offered(settings):
    assert [code for code, _ in settings.LANGUAGES] == ["en", "de"]
