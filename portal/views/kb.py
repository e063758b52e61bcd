"""The knowledge base for employees: search and read the articles Halo lets them see.

Both pages go through the `lookup` action, which keeps for employees only the articles their
customer's end users may read; any other article answers exactly like a missing one."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from halo_integration import actions
from halo_integration.actions import ActionResult
from halo_integration.actions.lookup import LOOKUP, rows_of
from halo_integration.schemas import KBArticle
from portal.forms import PortalForm
from portal.views._htmx import AuthedRequest, problem_response, vary_on_htmx

PAGE_SIZE = 20


class KBSearchForm(PortalForm):
    q = forms.CharField(label=_("Search the knowledge base"), max_length=200, required=False)
    page = forms.IntegerField(min_value=1, max_value=10_000, required=False)


@require_GET
@vary_on_htmx
def kb_list(request: AuthedRequest) -> HttpResponse:
    form = KBSearchForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    q, page = (data.get("q") or "").strip(), data.get("page") or 1
    result = _lookup(request, {"search": q, "page_no": page, "page_size": PAGE_SIZE})
    if not result.ok:
        return problem_response(request, result)
    found = rows_of(result)
    articles = [row for row in found["rows"] if isinstance(row, KBArticle)]
    context = {
        "form": KBSearchForm(initial={"q": q}),
        "q": q,
        "articles": articles,
        "page_no": found["page_no"],
        "page_count": found["page_count"],
        "previous_url": _list_url(q, page - 1) if page > 1 else "",
        "next_url": _list_url(q, page + 1) if page < found["page_count"] else "",
    }
    return render(request, "portal/kb/list.html", context)


@require_GET
@vary_on_htmx
def kb_article(request: AuthedRequest, article_id: int) -> HttpResponse:
    result = _lookup(request, {"id": article_id})
    if not result.ok:
        return problem_response(request, result)
    article = rows_of(result)["rows"][0]
    return render(request, "portal/kb/article.html", {"article": article})


def _lookup(request: AuthedRequest, params: dict[str, Any]) -> ActionResult:
    return actions.run_action(
        actor=request.user,
        name=LOOKUP,
        params={"entity": "kb_articles", **params},
        channel="web",
    )


def _list_url(q: str, page: int) -> str:
    query = ({"q": q} if q else {}) | ({"page": page} if page > 1 else {})
    return f"{reverse('kb')}?{urlencode(query)}" if query else reverse("kb")
