from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from portal import home_data


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    since = home_data.last_visit(request.user)
    data = home_data.home_for(request.user, since=since)
    return render(request, "portal/home.html", {"home": data})


@login_not_required
@require_GET
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """/favicon.ico, asked for by pages that link no icon: the portal's icon, served as static."""
    return HttpResponsePermanentRedirect(static("portal/img/favicon.svg"))
