"""Which e-mails I get, and the page a reminder's "still broken" link opens."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from halo_integration import actions
from halo_integration.actions.tickets_read import GET_TICKET, detail_of
from notifications.forms import PreferenceForm
from notifications.models import Preference
from portal.forms import NoteForm
from portal.views._htmx import problem_response


@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    preference = Preference.for_user(request.user)
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your e-mail choices are saved."))
        return redirect("notification-preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@require_GET
def still_broken(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """A reminder's "still broken" link: a note form, filled in, that the person sends
    themselves. Opening the link changes nothing in Halo."""
    result = actions.run_action(
        actor=request.user, name=GET_TICKET, params={"ticket_id": ticket_id}, channel="web"
    )
    if not result.ok:  # someone else's ticket answers like a missing one
        return problem_response(request, result)
    form = NoteForm(initial={"note": _("It is still not working.")})
    context = {"ticket": detail_of(result)["ticket"], "note_form": form}
    return render(request, "notifications/still_broken.html", context)
