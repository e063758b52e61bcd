"""Template helpers for content that comes from Halo: sanitised rich text and Halo's dates."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

import nh3
from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext as _

from halo_integration.values import date_or_none

register = template.Library()

# Basic formatting only. No headings (they would break the page's heading order), no images
# (remote images are blocked by our CSP anyway and can be used for tracking), no style or class.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "hr", "i", "ins", "kbd",
    "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z]|!--)[^<>]*>")


@register.filter
def sanitize(value: Any) -> SafeString:
    """Halo HTML reduced to harmless formatting: no scripts, styles, event handlers or
    javascript: URLs survive, whatever the agent or an e-mail put in."""
    cleaned = nh3.clean(
        str(value or ""),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 - nh3 output is safe by construction


@register.filter
def rich_text(value: Any) -> SafeString:
    """Halo text that may be HTML (sanitised) or plain (escaped once, line breaks kept).

    Halo's plain `note` often carries HTML entities (`&amp;`): they are read, not shown twice."""
    text = str(value or "").strip()
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    if _LOOKS_LIKE_HTML.search(text):
        return sanitize(text)
    return linebreaks_filter(html.unescape(text), autoescape=True)


@register.filter
def plain_text(value: Any) -> str:
    """Halo HTML as one line of text, for short previews (the template escapes it again)."""
    text = html.unescape(nh3.clean(str(value or ""), tags=set()))
    return " ".join(text.split())


@register.filter
def halo_date(value: Any) -> datetime | None:
    """A date (as the schemas give it, or Halo's text) as an aware datetime; None for none."""
    return date_or_none(value)


@register.simple_tag
def when(value: Any) -> str:
    """<time> with a machine-readable datetime, the full date as a tooltip and "3 days ago"."""
    moment = halo_date(value)
    if moment is None:
        return format_html("<span>{}</span>", _("never"))
    now = timezone.now()
    if abs((now - moment).total_seconds()) < 60:
        label = _("just now")
    elif moment < now:
        label = _("%(time)s ago") % {"time": timesince(moment, now, depth=1)}
    else:
        label = _("in %(time)s") % {"time": timeuntil(moment, now, depth=1)}
    full = date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    return format_html('<time datetime="{}" title="{}">{}</time>', moment.isoformat(), full, label)


@register.simple_tag
def exact_when(value: Any) -> str:
    """Like `when`, and the exact time shows on hover, keyboard focus and a tap (a tooltip only
    shows on hover): the <time> is focusable and its exact time is revealed by CSS."""
    moment = halo_date(value)
    if moment is None:
        return format_html("<span>{}</span>", _("unknown time"))
    full = date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    now = timezone.now()
    if abs((now - moment).total_seconds()) < 60:
        label = _("just now")
    elif moment < now:
        label = _("%(time)s ago") % {"time": timesince(moment, now, depth=1)}
    else:
        label = full
    return format_html(
        '<span class="exact-when"><time datetime="{}" tabindex="0" title="{}">{}</time>'
        '<span class="exact-time" role="tooltip">{}</span></span>',
        moment.isoformat(),
        full,
        label,
        full,
    )
