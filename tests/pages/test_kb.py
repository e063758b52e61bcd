"""Knowledge base for employees: search and read only what Halo lets their customer's end users
see; anything else answers exactly like a missing article."""

from __future__ import annotations

import re

import pytest

ACME = 12  # emma's customer in the simulator


@pytest.fixture
def restricted(sim):
    """An inactive article, one for another customer only, and one for emma's customer only."""
    base = {"description": "<p>Steps</p>", "resolution": "<p>Do this</p>", "tag_string": "vpn"}
    sim.store.kb_articles[201] = {
        "id": 201,
        "name": "Old VPN guide (retired)",
        "inactive": True,
        **base,
    }
    sim.store.kb_articles[202] = {
        "id": 202,
        "name": "Globex VPN tokens",
        "showforall": False,
        "kbentryclientaccess": [{"client_id": 99}],
        **base,
    }
    sim.store.kb_articles[203] = {
        "id": 203,
        "name": "Acme VPN certificates",
        "showforall": False,
        "kbentryclientaccess": [{"client_id": ACME}],
        **base,
    }
    return sim


def _page(response) -> str:
    # The same page but for the CSRF tokens, which differ on every answer.
    html = re.sub(r'"X-CSRFToken": "[^"]+"', "", response.content.decode())
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_search_finds_articles_by_their_words(emma):
    html = emma.get("/kb/", {"q": "VPN"}).content.decode()
    assert "How to connect to the VPN from home" in html
    assert 'href="/kb/101/"' in html


def test_the_list_without_a_search_shows_articles(emma):
    html = emma.get("/kb/").content.decode()
    assert 'href="/kb/101/"' in html and 'href="/kb/110/"' in html


def test_an_article_reads_with_its_steps(emma):
    response = emma.get("/kb/101/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>How to connect to the VPN from home</h1>" in html
    assert "approve the MFA prompt" in html
    assert "/tickets/new/suggest?summary=" in html  # a ticket is offered second


def test_articles_end_users_may_not_see_are_neither_listed_nor_readable(emma, restricted):
    html = emma.get("/kb/", {"q": "VPN"}).content.decode()
    assert "retired" not in html and "Globex VPN tokens" not in html
    assert "Acme VPN certificates" in html
    missing = emma.get("/kb/9999/")
    for article_id in (201, 202):
        hidden = emma.get(f"/kb/{article_id}/")
        assert hidden.status_code == 404
        assert _page(hidden) == _page(missing)  # exactly like a missing one
    assert emma.get("/kb/203/").status_code == 200


def test_admins_see_every_article(client, portal_admin, halo_connected, restricted):
    client.force_login(portal_admin)
    assert client.get("/kb/202/").status_code == 200


def test_new_ticket_suggestions_leave_out_articles_employees_may_not_see(emma, restricted):
    html = emma.get("/tickets/new/suggest", {"summary": "VPN tokens"}).content.decode()
    assert "Globex VPN tokens" not in html


def test_article_html_from_halo_is_sanitised(emma, sim):
    sim.store.kb_articles[204] = {
        "id": 204,
        "name": "Printer",
        "description": '<p onclick="x()">Hi<script>alert(1)</script></p>',
    }
    html = emma.get("/kb/204/").content.decode()
    assert "alert(1)" not in html and "onclick" not in html and "Hi" in html


@pytest.mark.parametrize("query", [{"q": "x" * 500}, {"page": "abc"}, {"page": "-3"}])
def test_bad_input_falls_back_to_a_plain_list(emma, query):
    assert emma.get("/kb/", query).status_code == 200


def test_a_search_without_hits_says_so_and_offers_a_ticket(emma):
    html = emma.get("/kb/", {"q": "zebra-crossing"}).content.decode()
    assert "No article matches" in html
    assert "/tickets/new/suggest?summary=zebra-crossing" in html


def test_halo_down_gives_the_unavailable_page(emma, sim):
    sim.faults.down = True
    assert emma.get("/kb/").status_code == 503
    assert emma.get("/kb/101/").status_code == 503


def test_someone_unknown_to_halo_gets_the_not_set_up_page(nobody):
    response = nobody.get("/kb/")
    assert response.status_code == 403


def test_the_ask_box_links_the_articles_it_offers_before_a_ticket(emma):
    html = emma.post(
        "/ask/", {"text": "Open a ticket: the VPN disconnects at home"}
    ).content.decode()
    assert 'href="/kb/101/"' in html  # the article first, readable in full
    assert "Confirm" in html  # the ticket second, only once confirmed


def test_the_ask_box_never_offers_an_article_employees_may_not_see(emma, restricted):
    html = emma.post("/ask/", {"text": "Open a ticket: VPN tokens broken"}).content.decode()
    assert "Globex VPN tokens" not in html and "/kb/202/" not in html


def test_how_do_i_in_the_ask_box_answers_with_articles_first_then_offers_a_ticket(emma):
    html = emma.post("/ask/", {"text": "how do I connect to the VPN from home?"}).content.decode()
    article = html.index('href="/kb/101/"')
    offer = html.index("/tickets/new/?")
    assert article < offer  # the article first, readable in full; a ticket offered second
    assert "Confirm" not in html  # nothing is created from the question itself


def test_how_do_i_never_offers_an_article_employees_may_not_see(emma, restricted):
    html = emma.post("/ask/", {"text": "how do I get VPN tokens?"}).content.decode()
    assert "Globex VPN tokens" not in html and "/kb/202/" not in html
