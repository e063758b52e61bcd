from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms

from notifications.models import Preference

if TYPE_CHECKING:
    _Base = forms.ModelForm[Preference]
else:
    _Base = forms.ModelForm


class PreferenceForm(_Base):
    class Meta:
        model = Preference
        fields = ["public_notes", "status_changes", "waiting", "reminders"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")  # Pico puts labels beside boxes: no colon
        super().__init__(*args, **kwargs)
