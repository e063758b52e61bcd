"""python manage.py halo_connect: check a Halo connection live, then save it."""

from __future__ import annotations

from typing import Any

import httpx
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from halo_integration.client import HaloConfig
from halo_integration.connection import check_connection
from halo_integration.errors import HaloError
from halo_integration.models import HaloConnection


class Command(BaseCommand):
    help = "Validate a Halo API connection live (token, then real GETs) and save it; nothing is saved on failure."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--url", required=True, help="Halo web address, e.g. https://acme.halopsa.com"
        )
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--client-secret", required=True)
        parser.add_argument("--tenant", default="", help="hosted Halo only")
        parser.add_argument(
            "--auth-url", default="", help="authorisation server; default <url>/auth"
        )
        parser.add_argument("--scope", default="all")
        parser.add_argument("--product", choices=["psa", "itsm"], default="psa")

    def handle(self, *args: Any, **options: Any) -> None:
        url = options["url"].strip()
        if not url.lower().startswith(("http://", "https://")):
            raise CommandError(f"--url must start with http:// or https:// (got {url!r})")
        _check_url("--url", url)
        if options["auth_url"].strip():
            _check_url("--auth-url", options["auth_url"].strip())
        config = HaloConfig(
            url=url,
            client_id=options["client_id"].strip(),
            client_secret=options["client_secret"],
            tenant=options["tenant"].strip(),
            auth_url=options["auth_url"].strip(),
            scope=options["scope"].strip() or "all",
        )
        try:
            report = check_connection(config)
        except HaloError as exc:
            raise CommandError(f"not saved: {exc.message}") from None
        with transaction.atomic():
            HaloConnection.objects.all().delete()  # one connection at a time
            connection = HaloConnection(
                product=options["product"],
                url=config.base_url,
                tenant=config.tenant,
                auth_url=config.auth_url,
                client_id=config.client_id,
                scope=config.scope,
                api_agent_name=report.agent_name,
                verified_at=timezone.now(),
            )
            connection.client_secret = config.client_secret
            connection.save()
        refused = f"; not readable: {', '.join(report.refused)}" if report.refused else ""
        self.stdout.write(
            f"Connected to {connection.get_product_display()} at {connection.url}"
            f"{f' (tenant {config.tenant})' if config.tenant else ''} as API agent "
            f"{report.agent_name or '(unnamed)'}; saved{refused}."
        )


def _check_url(option: str, url: str) -> None:
    """Refuse what httpx cannot send to (no host, a bad port), before anything is tried."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise CommandError(f"{option} is not a valid URL ({exc}): {url!r}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host or any(c.isspace() for c in url):
        raise CommandError(f"{option} is not a valid http(s) URL: {url!r}")
