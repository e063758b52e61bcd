"""Template helpers for Halo content: sanitising, plain text and dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone

from portal.templatetags.portal_tags import halo_date, plain_text, rich_text, sanitize, when


def test_sanitize_keeps_formatting_and_drops_anything_active():
    dirty = (
        '<p style="color:red" class="x" onclick="evil()">Hi <b>there</b></p><script>alert(1)</script>'
        '<style>body{}</style><img src=x onerror=alert(2)><a href="javascript:alert(3)">a</a>'
        '<a href="https://example.com/kb">kb</a><iframe src="https://evil.test"></iframe><h1>Big</h1>'
    )

    clean = str(sanitize(dirty))

    assert "<p>Hi <b>there</b></p>" in clean
    for bad in (
        "<script",
        "alert(1)",
        "<style",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "<img",
        "<h1",
        "style=",
        "class=",
    ):
        assert bad not in clean
    assert '<a href="https://example.com/kb" rel="noopener noreferrer nofollow">kb</a>' in clean
    assert "Big" in clean  # a heading's text stays, without the heading


def test_rich_text_escapes_plain_text_and_keeps_its_line_breaks():
    assert str(rich_text("a < b\nnext line")) == "<p>a &lt; b<br>next line</p>"
    assert str(rich_text("<p>html</p><script>x</script>")) == "<p>html</p>"
    assert str(rich_text("  ")) == ""


def test_plain_text_is_one_line_without_tags():
    assert plain_text("<p>One</p>\n<p>two &amp; <b>three</b></p><script>x()</script>") == (
        "One two & three"
    )


def test_halo_dates_are_utc_and_1900_means_none():
    assert halo_date("2026-09-16T13:21:47") == datetime(2026, 9, 16, 13, 21, 47, tzinfo=UTC)
    assert halo_date("2026-09-16T13:21:47Z") == datetime(2026, 9, 16, 13, 21, 47, tzinfo=UTC)
    assert halo_date("1900-01-01T00:00:00") is None
    assert halo_date("") is None and halo_date(None) is None and halo_date("soon") is None


def test_when_is_a_time_element_with_a_humanised_label():
    three_days_ago = (timezone.now() - timedelta(days=3, minutes=5)).replace(tzinfo=None)

    html = str(when(three_days_ago.isoformat())).replace("\xa0", " ")

    assert html.startswith('<time datetime="') and ">3 days ago</time>" in html
    assert ">just now</time>" in str(when(timezone.now().isoformat()))
    assert str(when("1900-01-01T00:00:00")) == "<span>never</span>"


def test_exact_when_shows_a_relative_label_and_keeps_the_exact_time_reachable():
    from datetime import timedelta

    from django.utils import timezone

    from portal.templatetags.portal_tags import exact_when

    recent = exact_when(timezone.now())
    older = exact_when(timezone.now() - timedelta(days=3))

    assert ">just now</time>" in recent and 'tabindex="0"' in recent
    assert ">3\xa0days ago</time>" in older and 'class="exact-time" role="tooltip"' in older
    assert exact_when(None) == "<span>unknown time</span>"
