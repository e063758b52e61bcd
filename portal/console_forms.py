"""Forms of the admin console. They check shape only (whole numbers, lengths, required fields):
which ids exist is the catalog's and Halo's business, so a write can still be accepted and
queued while Halo is down. Choices are filled in by the views, for display. What they share with
the employee pages' forms (base form, note text, limits, open/closed) comes from portal.forms."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from halo_integration.values import HALO_ID_MAX
from portal.forms import SUMMARY_MAX, TICKET_STATES, PortalForm, text_field

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

PAGE_SIZES = (25, 50, 100)


def id_field(label: StrOrPromise, *, required: bool = False, **kwargs: Any) -> forms.IntegerField:
    """A Halo id chosen from a list: validated as a positive whole number, shown as a select."""
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=1,
        max_value=HALO_ID_MAX,
        widget=forms.Select,
        **kwargs,
    )


def hidden_id_field() -> forms.IntegerField:
    """A Halo id (or page number) carried by a link or the form itself, never typed."""
    return forms.IntegerField(
        min_value=1, max_value=HALO_ID_MAX, required=False, widget=forms.HiddenInput
    )


class ConsoleForm(PortalForm):
    def set_choices(
        self, name: str, choices: Iterable[tuple[Any, str]], *, empty_label: str = "—"
    ) -> None:
        """Offer these (id, label) pairs, keeping the current value even when it is not among
        them (a disabled agent, a customer beyond the first page)."""
        options = [(str(value), label) for value, label in choices]
        current = self[name].value()
        if current not in (None, "") and str(current) not in {v for v, _ in options}:
            options.append((str(current), _("#%(id)s") % {"id": current}))
        self.fields[name].widget.choices = [("", empty_label), *options]


class TicketSearchForm(ConsoleForm):
    search = forms.CharField(label=_("Text"), required=False, max_length=200)
    client_id = id_field(_("Customer"))
    site_id = id_field(_("Site"))
    tickettype_id = id_field(_("Ticket type"))
    status_id = id_field(_("Status"))
    priority_id = id_field(_("Priority"))
    team_id = id_field(_("Team"))
    agent_id = id_field(_("Agent"))
    # Set by links from a user's row in the look-ups; not offered as a select.
    user_id = hidden_id_field()
    state = forms.ChoiceField(label=_("Open or closed"), choices=TICKET_STATES, required=False)
    page_size = forms.TypedChoiceField(
        label=_("Rows per page"),
        choices=[(n, str(n)) for n in PAGE_SIZES],
        coerce=int,
        required=False,
    )
    page = hidden_id_field()

    FILTERS = (
        "client_id",
        "site_id",
        "user_id",
        "tickettype_id",
        "status_id",
        "priority_id",
        "team_id",
        "agent_id",
    )

    def action_params(self) -> dict[str, Any]:
        """list_tickets parameters for the cleaned form."""
        data = self.cleaned_data
        params: dict[str, Any] = {k: data[k] for k in self.FILTERS if data.get(k)}
        if data.get("search"):
            params["search"] = data["search"]
        state = data.get("state") or "open"
        if state == "open":
            params["open_only"] = True
        elif state == "closed":
            params["closed_only"] = True
        params["page_no"] = data.get("page") or 1
        params["page_size"] = data.get("page_size") or PAGE_SIZES[0]
        return params


class NewTicketForm(ConsoleForm):
    client_id = id_field(_("Customer"), required=True)
    site_id = id_field(_("Site"))
    user_id = id_field(_("User"))
    summary = forms.CharField(label=_("Summary"), max_length=SUMMARY_MAX)
    details = text_field(_("Details"), rows=6, required=False)
    tickettype_id = id_field(_("Ticket type"), required=True)
    priority_id = id_field(_("Priority"))
    team_id = id_field(_("Team"))
    agent_id = id_field(_("Agent"))

    def action_params(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}


class TicketUpdateForm(ConsoleForm):
    """Each field carries the value the page showed (show_hidden_initial), so only what the
    admin changed is sent, without asking Halo again."""

    priority_id = id_field(_("Priority"), show_hidden_initial=True)
    status_id = id_field(_("Status"), show_hidden_initial=True)
    tickettype_id = id_field(_("Ticket type"), show_hidden_initial=True)
    team_id = id_field(_("Team"), show_hidden_initial=True)
    agent_id = id_field(_("Agent"), show_hidden_initial=True)

    def clean(self) -> dict[str, Any]:
        # Form.clean() returns cleaned_data; the stub adds `| None` for overrides that return nothing.
        cleaned = cast(dict[str, Any], super().clean())
        for name in self.changed_data:
            if name in cleaned and cleaned[name] is None:
                self.add_error(name, _("Choose a value; it cannot be cleared here."))
        if not self.errors and not self.changes():
            raise forms.ValidationError(_("Nothing was changed."))
        return cleaned

    def changes(self) -> dict[str, int]:
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if self.cleaned_data.get(name) is not None
        }


class NoteForm(ConsoleForm):
    note = text_field(_("Note"), rows=4)
    hiddenfromuser = forms.BooleanField(
        label=_("Hide from the user (internal note)"), required=False
    )


class ResolveForm(ConsoleForm):
    note = text_field(
        _("Resolution note"),
        rows=4,
        required=False,
        help_text=_("Recorded on the ticket as it is closed."),
    )
    hiddenfromuser = forms.BooleanField(label=_("Hide this note from the user"), required=False)


class LookupForm(ConsoleForm):
    search = forms.CharField(label=_("Search"), required=False, max_length=200)
    client_id = hidden_id_field()
    site_id = hidden_id_field()
    active_only = forms.BooleanField(label=_("Active contracts only"), required=False)
    page = hidden_id_field()

    def action_params(self, entity: str) -> dict[str, Any]:
        data = self.cleaned_data
        params: dict[str, Any] = {"entity": entity, "page_no": data.get("page") or 1}
        for name in ("search", "client_id", "site_id"):
            if data.get(name):
                params[name] = data[name]
        if entity == "contracts" and data.get("active_only"):
            params["active_only"] = True
        return params
