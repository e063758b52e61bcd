"""Form fields in templates, rendered once per language while the form is empty.

Django renders `field.as_field_group` through three templates (the group, its label and its
widget); on a ticket page that was about a tenth of the view's time, for markup that is the same
on every visit until someone types. A bound form (one with input or errors) renders as usual."""

from __future__ import annotations

import threading

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()

_KEPT_MAX = 512  # distinct empty fields (form x field x language x initial value) kept
_kept: dict[tuple[str, ...], SafeString] = {}
_lock = threading.Lock()


@register.simple_tag
def field_group(field: BoundField) -> SafeString:
    """`field.as_field_group`, the same markup; kept for an unbound form. Fields with choices
    (the instance's ticket types, say) are rendered each time: their choices can change."""
    if field.form.is_bound or hasattr(field.field, "choices"):
        return field.as_field_group()
    form = type(field.form)
    key = (
        f"{form.__module__}.{form.__qualname__}",
        field.html_name,
        str(field.auto_id),
        get_language() or "",
        repr(field.value()),
        repr(sorted(field.field.widget.attrs.items())),
    )
    html = _kept.get(key)
    if html is None:
        html = field.as_field_group()
        with _lock:
            if len(_kept) >= _KEPT_MAX:
                _kept.clear()
            _kept[key] = html
    return html
