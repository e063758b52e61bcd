"""Generation numbers in the shared cache: one value that changes whenever a set of rows does,
so every process can tell, with one cache read, whether what it kept from them still holds.

A change bumps the generation twice: at once, so this process sees its own change inside its
transaction, and again after the commit, because another process may have read the old rows
between the two and kept its copy under the first new value. A generation is a random value,
never a counter: after a lost cache (restart, eviction) it cannot come back to a value that
copies were kept under. Saving or deleting a watched model's row bumps it (signals), and so do
update(), delete(), bulk_create() and bulk_update() on a query set built on CountedQuerySet,
when they touch a row."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar, Generic, TypeVar

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


# What the employee pages show: the mirror, the outbox, approval requests, identities, and
# what Halo told of files, names and its own state (see portal.page_memo).
SHOWN = Generation("pages:shown-generation")


class CountedQuerySet(models.QuerySet[M], Generic[M]):
    """Bulk changes, which send no per-row signals, bump `generation` too."""

    generation: ClassVar[Generation] = SHOWN

    def update(self, **kwargs: Any) -> int:
        count = super().update(**kwargs)
        if count:
            self.generation.changed()
        return count

    def touch(self, **kwargs: Any) -> int:
        """An update of what no page shows (when Halo last confirmed a row): no bump."""
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        deleted = super().delete()
        if deleted[0]:
            self.generation.changed()
        return deleted

    def bulk_create(self, *args: Any, **kwargs: Any) -> list[M]:
        created = super().bulk_create(*args, **kwargs)
        if created:
            self.generation.changed()
        return created

    def bulk_update(self, *args: Any, **kwargs: Any) -> int:
        count = super().bulk_update(*args, **kwargs)
        if count:
            self.generation.changed()
        return count
