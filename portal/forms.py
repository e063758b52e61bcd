"""Forms of the employee pages, and the pieces the console's forms (console_forms.py) share with
them: the base form, the text of a note, the open/closed filter. They check shape only; Halo's
rules stay in the actions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from halo_integration.actions.lifecycle import MAX_SCORE, MIN_SCORE
from halo_integration.actions.registry import MAX_COMMENT, MAX_TEXT
from halo_integration.values import HALO_ID_MAX

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

SUMMARY_MAX = 250  # halo_integration.actions.tickets_write: create_ticket summary
TICKET_STATES = (("open", _("Open")), ("closed", _("Closed")), ("all", _("All")))


class PortalForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")  # Pico puts labels above fields: no colon
        super().__init__(*args, **kwargs)


def text_field(
    label: StrOrPromise,
    *,
    rows: int,
    required: bool = True,
    max_length: int = MAX_TEXT,
    **kwargs: Any,
) -> forms.CharField:
    """A note, a reason or details: as long as the action allows, in a text area."""
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        **kwargs,
    )


class TicketFilterForm(PortalForm):
    STATES = TICKET_STATES

    state = forms.ChoiceField(choices=STATES, required=False)
    q = forms.CharField(label=_("Search my tickets"), max_length=200, required=False)
    page = forms.IntegerField(min_value=1, max_value=HALO_ID_MAX, required=False)

    def filters(self) -> dict[str, Any]:
        """The cleaned filter, with defaults for anything missing or malformed."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "state": data.get("state") or "open",
            "q": (data.get("q") or "").strip(),
            "page": data.get("page") or 1,
        }


class NoteForm(PortalForm):
    note = text_field(
        _("Your note"), rows=4, help_text=_("The people working on your ticket will see it.")
    )


class ResolveForm(PortalForm):
    note = text_field(
        _("Reason (optional)"),
        rows=3,
        required=False,
        help_text=_("For example: it works again since this morning."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The note form on the same page has a `note` field too; keep the ids apart.
        kwargs.setdefault("auto_id", "id_resolve_%s")
        super().__init__(*args, **kwargs)


class ReopenForm(PortalForm):
    note = text_field(
        _("What is wrong again?"),
        rows=3,
        help_text=_("The people working on your ticket will see it."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "id_reopen_%s")
        super().__init__(*args, **kwargs)


class RatingForm(PortalForm):
    SCORES = [(n, str(n)) for n in range(MAX_SCORE, MIN_SCORE - 1, -1)]

    score = forms.TypedChoiceField(
        label=_("How well was your problem handled?"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("5 is very well, 1 is not at all."),
    )
    comment = text_field(_("Comment (optional)"), rows=2, required=False, max_length=MAX_COMMENT)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "id_rating_%s")
        super().__init__(*args, **kwargs)

    @classmethod
    def prefilled(cls, query: Mapping[str, str]) -> RatingForm:
        """Unbound, showing what an Ask card's Edit carried (?score=4&comment=...)."""
        score = query.get("score", "")
        initial: dict[str, Any] = {"comment": query.get("comment", "")[:MAX_COMMENT]}
        if score in {str(n) for n, _label in cls.SCORES}:
            initial["score"] = int(score)
        return cls(initial=initial)


class AskRatingForm(RatingForm):
    """The rating's score and comment on an Ask card: the same fields, ids of their own (the
    ticket page may show its own rating form beside the card), and tied to the card's Confirm
    form, which sits in the row of buttons below them."""

    CONFIRM_FORM_ID = "ask-confirm"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "id_ask_rating_%s")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["form"] = self.CONFIRM_FORM_ID


class SuggestForm(PortalForm):
    summary = forms.CharField(max_length=SUMMARY_MAX, required=False)


class NewTicketForm(PortalForm):
    summary = forms.CharField(
        label=_("Summary"),
        max_length=SUMMARY_MAX,
        help_text=_("One line, e.g. “Printer on the 3rd floor jams”."),
    )
    details = text_field(
        _("Details"),
        rows=6,
        required=False,
        help_text=_("What happened, since when, and what you have tried."),
    )
    # Optional: without one Halo uses its default type (and the field is absent when Halo is down).
    tickettype_id = forms.TypedChoiceField(
        label=_("Type of request"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args: Any, ticket_types: Iterable[tuple[int, str]] = (), **kwargs: Any):
        super().__init__(*args, **kwargs)
        choices = list(ticket_types)
        if choices:
            cast(forms.TypedChoiceField, self.fields["tickettype_id"]).choices = choices
        else:  # types unknown (Halo did not answer): Halo then uses its default type
            del self.fields["tickettype_id"]


def add_action_errors(form: forms.Form, errors: Mapping[str, str], *, message: str = "") -> None:
    """Show what an action refused next to the field it concerns (or above the form); without
    per-field errors, `message` (if given) goes above the form."""
    for name, error in errors.items():
        form.add_error(name if name in form.fields else None, error)
    if message and not errors:
        form.add_error(None, message)
