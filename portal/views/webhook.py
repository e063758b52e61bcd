"""POST /halo/webhook/: Halo tells the portal that a ticket changed (see mirror.webhook)."""

from __future__ import annotations

import logging

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from halo_integration.connection import current_config
from halo_integration.errors import HaloNotConfigured
from halo_integration.mirror import webhook
from halo_integration.mirror.store import connection_key

logger = logging.getLogger(__name__)


@csrf_exempt  # Halo cannot send a CSRF token; HTTP Basic credentials authenticate it instead
@login_not_required
@require_POST
def halo_webhook(request: HttpRequest) -> HttpResponse:
    """401 without valid credentials. Once authenticated, always 200 (even for a body the portal
    cannot use), so Halo does not retry a delivery that will never work; never a 500."""
    try:
        if not webhook.authenticated(request.headers.get("Authorization", "")):
            response = JsonResponse({"status": "unauthorised"}, status=401)
            response["WWW-Authenticate"] = 'Basic realm="halo-webhook"'
            return response
        try:
            key = connection_key(current_config())
        except HaloNotConfigured:
            return JsonResponse({"status": "not connected to Halo"})
        return JsonResponse({"status": webhook.take(request.body, key)})
    except Exception:
        logger.exception("a Halo webhook could not be taken in")
        return JsonResponse({"status": "error"})
