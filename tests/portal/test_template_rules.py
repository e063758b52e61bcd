"""A template never resolves a missing attribute as a filter argument.

`{{ a|default:row.ref }}` raises VariableDoesNotExist when `row` has no `ref`, with DEBUG off
too: one missing optional field in Halo's answer was an HTTP 500. Filter arguments are therefore
literals or plain names; fallbacks between fields live in the typed views (or `{% firstof %}`,
which never raises)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.template import engines
from django.template.base import FilterExpression, Node, Variable

TEMPLATES = Path(__file__).parents[2] / "templates"


def _filter_expressions(node: Any, seen: set[int]) -> Iterator[FilterExpression]:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, FilterExpression):
        yield node
        return
    if isinstance(node, list | tuple):
        for item in node:
            yield from _filter_expressions(item, seen)
        return
    if isinstance(node, dict):
        for item in node.values():
            yield from _filter_expressions(item, seen)
        return
    if (
        isinstance(node, Node)
        or hasattr(node, "nodelist")
        or type(node).__name__ in {"TemplateLiteral", "Operator"}
    ):
        for value in vars(node).values():
            yield from _filter_expressions(value, seen)
        return
    if type(node).__module__.startswith("django.template") and hasattr(node, "__dict__"):
        for value in vars(node).values():
            yield from _filter_expressions(value, seen)


def _dotted_filter_arguments(name: str) -> list[str]:
    template = engines["django"].get_template(name).template
    found = []
    for expression in _filter_expressions(template.nodelist, set()):
        for _func, args in expression.filters:
            for lookup, argument in args:
                if (
                    lookup
                    and isinstance(argument, Variable)
                    and argument.lookups
                    and len(argument.lookups) > 1
                ):
                    found.append(f"{expression.token}")
    return found


def test_no_template_uses_an_attribute_as_a_filter_argument():
    names = sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html"))
    assert len(names) > 30

    offenders = {name: args for name in names if (args := _dotted_filter_arguments(name))}

    assert offenders == {}


def test_the_rule_catches_what_it_is_for():
    template = engines["django"].from_string("{{ row.name|default:row.ref }}").template
    expressions = list(_filter_expressions(template.nodelist, set()))

    assert any(
        isinstance(arg, Variable) and len(arg.lookups) > 1
        for expression in expressions
        for _func, args in expression.filters
        for _lookup, arg in args
    )
