"""Generation numbers in the shared cache: one value that changes whenever a set of rows does,
so every process can tell, with one cache read, whether what it kept from them still holds.

A change bumps the generation twice: at once, so this process sees its own change inside its
transaction, and again after the commit, because another process may have read the old rows
between the two and kept its copy under the first new value. A generation is a random value,
never a counter: after a lost cache (restart, eviction) it cannot come back to a value that
copies were kept under. Saving or deleting a watched model's row bumps it (signals), and so do
update(), delete(), bulk_create() and bulk_update() on a query set built on CountedQuerySet,
when they touch a row.

Kept pages (portal.page_memo) hold under three: SHOWN, for what every page shows (the catalog's
names, files Halo told of, whether Halo is reachable); the generation of the requester whose
tickets the page shows (REQUESTERS, by Halo user id); and the person's own (PEOPLE, by portal
user id: their waiting writes, approval requests and identity). A row bumps the generations of
the pages that show it (see page_generations); a row whose pages are not known bumps SHOWN."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save

M = TypeVar("M", bound=models.Model)


class Generation:
    def __init__(self, key: str) -> None:
        self.key = key

    def current(self) -> str:
        found = cache.get(self.key)
        if found is None:
            cache.add(self.key, uuid.uuid4().hex, timeout=None)
            found = cache.get(self.key)
        return str(found)

    def bump(self) -> None:
        """Copies kept under the current value are not used again, in any process."""
        cache.set(self.key, uuid.uuid4().hex, timeout=None)

    def changed(self, **_: Any) -> None:
        """A change inside (or outside) a transaction: bump now and after the commit."""
        self.bump()
        transaction.on_commit(self.bump)

    def watch(self, *watched: type[models.Model]) -> None:
        """Bump whenever a row of these models is saved or deleted."""
        for model in watched:
            uid = f"{self.key}:{model._meta.label}"
            post_save.connect(self.changed, sender=model, dispatch_uid=f"{uid}:save", weak=False)
            post_delete.connect(
                self.changed, sender=model, dispatch_uid=f"{uid}:delete", weak=False
            )


# What every employee page shows: what Halo told of files, names and its own state, and any
# change whose pages are not known (see portal.page_memo).
SHOWN = Generation("pages:shown-generation")


class Keyed:
    """One generation per key: a requester's Halo user id, a person's portal user id."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def of(self, key: object) -> Generation:
        return Generation(f"{self.prefix}:{key}")


# The pages that show one requester's tickets (their lists and ticket pages), by Halo user id
REQUESTERS = Keyed("pages:requester-generation")
# One person's own pages: what they wait for (writes, approvals) and who they are in Halo
PEOPLE = Keyed("pages:person-generation")

# The generations of the pages that show some rows of a model (a query set, before it changes,
# with the changes it is about to get; or instances), or None when that is not known.
Covered = Callable[[Any, Mapping[str, Any]], list[Generation] | None]
_COVERED: dict[type[models.Model], Covered] = {}


def changed_pages(generations: Iterable[Generation] | None) -> None:
    """What these pages show changed (None: pages not known, so every page)."""
    if generations is None:
        SHOWN.changed()
        return
    for generation in {g.key: g for g in generations}.values():
        generation.changed()


def watch_pages(model: type[models.Model], covered: Covered) -> None:
    """Saving or deleting a row of `model` bumps the generations of the pages showing it, and
    so do bulk changes of a CountedQuerySet on it."""
    _COVERED[model] = covered

    def changed(instance: models.Model, **_: Any) -> None:
        changed_pages(covered([instance], {}))

    uid = f"pages:{model._meta.label}"
    post_save.connect(changed, sender=model, dispatch_uid=f"{uid}:save", weak=False)
    post_delete.connect(changed, sender=model, dispatch_uid=f"{uid}:delete", weak=False)


class CountedQuerySet(models.QuerySet[M], Generic[M]):
    """Bulk changes, which send no per-row signals, bump the generations of the pages showing
    the rows too (read before the change: the rows as they were)."""

    def _covered(self, rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
        covered = _COVERED.get(self.model)
        return covered(rows, changes) if covered else None

    def update(self, **kwargs: Any) -> int:
        pages = self._covered(self, kwargs)
        count = super().update(**kwargs)
        if count:
            changed_pages(pages)
        return count

    def touch(self, **kwargs: Any) -> int:
        """An update of what no page shows (when Halo last confirmed a row): no bump."""
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        pages = self._covered(self, {})
        deleted = super().delete()
        if deleted[0]:
            changed_pages(pages)
        return deleted

    def bulk_create(self, objs: Iterable[M], *args: Any, **kwargs: Any) -> list[M]:
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            changed_pages(self._covered(created, {}))
        return created

    def bulk_update(self, objs: Iterable[M], *args: Any, **kwargs: Any) -> int:
        rows = list(objs)
        count = super().bulk_update(rows, *args, **kwargs)
        if count:
            changed_pages(self._covered(rows, {}))
        return count
