"""`{% field_group %}` renders exactly what `field.as_field_group` does, keeping the markup of an
empty form per language, and never keeps what depends on input or on changing choices."""

from __future__ import annotations

from django import forms
from django.template import Context, Template
from django.utils import translation

from portal.forms import NoteForm

TAG = Template("{% load portal_forms %}{% field_group form.note %}")


def render(form: forms.Form) -> str:
    return TAG.render(Context({"form": form}))


def test_an_empty_form_renders_as_django_renders_it():
    assert render(NoteForm()) == NoteForm()["note"].as_field_group()
    assert render(NoteForm()) == render(NoteForm())  # the kept copy is the same markup


def test_each_language_gets_its_own_markup():
    with translation.override("en"):
        english = render(NoteForm())
    with translation.override("de"):
        german = render(NoteForm())

    assert "Your note" in english
    assert german != english and "Your note" not in german


def test_an_initial_value_is_part_of_what_is_kept():
    drafted = render(NoteForm(initial={"note": "Tried rebooting twice"}))

    assert "Tried rebooting twice" in drafted
    assert "Tried rebooting twice" not in render(NoteForm())


def test_a_bound_form_shows_its_input_and_errors():
    empty = NoteForm(data={"note": ""})
    empty.is_valid()
    typed = NoteForm(data={"note": "still broken"})

    assert 'aria-invalid="true"' in render(empty)
    assert "still broken" in render(typed)
    assert 'aria-invalid="true"' not in render(NoteForm())


class TypeForm(forms.Form):
    note = forms.ChoiceField(choices=[])


def test_fields_with_choices_are_rendered_each_time():
    first, second = TypeForm(), TypeForm()
    first.fields["note"].choices = [("1", "Incident")]
    second.fields["note"].choices = [("2", "Service request")]

    assert "Incident" in render(first)
    assert "Service request" in render(second) and "Incident" not in render(second)
