"""The language switch: Django's set_language, and the choice kept for the person's e-mails."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from notifications.models import Preference


@login_not_required  # the sign-in page offers the switch too
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    # Django's view checks the code against LANGUAGES and the next URL against our own host.
    response = django_set_language(request)
    code = request.POST.get("language", "")
    if request.user.is_authenticated and code in dict(settings.LANGUAGES):
        preference = Preference.for_user(request.user)
        preference.language = code
        preference.save()
    return response
