from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from halo_integration import crypto
from halo_integration.action_names import ACTION_NAMES
from halo_integration.client import HaloConfig

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class HaloConnectionQuerySet(models.QuerySet["HaloConnection"]):
    def current(self) -> HaloConnection | None:
        return self.order_by("-updated_at").first()


class HaloConnection(models.Model):
    """The Halo instance the portal works against, validated live before it is saved."""

    class Product(models.TextChoices):
        PSA = "psa", "HaloPSA"
        ITSM = "itsm", "HaloITSM"

    product = models.CharField(
        _("product"), max_length=8, choices=Product.choices, default=Product.PSA
    )
    url = models.URLField(
        _("Halo URL"), help_text=_("The web address of your Halo, e.g. https://acme.halopsa.com")
    )
    tenant = models.CharField(
        _("tenant"),
        max_length=200,
        blank=True,
        help_text=_("Hosted Halo only; blank for self-hosted."),
    )
    auth_url = models.URLField(
        _("authorisation server URL"), blank=True, help_text=_("Blank means <Halo URL>/auth.")
    )
    client_id = models.CharField(_("client id"), max_length=200)
    client_secret_encrypted = models.TextField(editable=False)
    scope = models.CharField(_("scope"), max_length=500, default="all")
    default_tickettype_id = models.IntegerField(
        _("default ticket type id"),
        null=True,
        blank=True,
        help_text=_(
            "The Halo ticket type of tickets employees open; blank picks the first one end users may choose."
        ),
    )
    api_agent_name = models.CharField(_("API agent"), max_length=200, blank=True, editable=False)
    verified_at = models.DateTimeField(_("last verified"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = HaloConnectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Halo connection")
        verbose_name_plural = _("Halo connection")

    def __str__(self) -> str:
        return f"{self.get_product_display()} at {self.url}"

    @property
    def client_secret(self) -> str:
        """Raises crypto.SecretUnreadable when FIELD_ENCRYPTION_KEY cannot open it."""
        return crypto.decrypt(self.client_secret_encrypted) if self.client_secret_encrypted else ""

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self.client_secret_encrypted = crypto.encrypt(value)

    @property
    def product_prefix(self) -> str:
        return "halopsa" if self.product == self.Product.PSA else "haloitsm"

    def to_config(self) -> HaloConfig:
        return HaloConfig(
            url=self.url,
            client_id=self.client_id,
            client_secret=self.client_secret,
            tenant=self.tenant,
            auth_url=self.auth_url,
            scope=self.scope or "all",
            timeout=settings.HALO_TIMEOUT,
        )


class ActionPolicy(models.Model):
    """What an admin decided about one declared action. A missing row means the action's default."""

    class Audience(models.TextChoices):
        EMPLOYEES = "employees", _("employees only")
        ADMINS = "admins", _("admins only")
        BOTH = "both", _("employees and admins")

    action = models.CharField(
        _("action"), max_length=40, unique=True, choices=[(a, a) for a in ACTION_NAMES]
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    audience = models.CharField(_("who may use it"), max_length=10, choices=Audience.choices)
    self_service_only = models.BooleanField(
        _("limited to self-service"),
        default=False,
        help_text=_(
            "Only on the person's own tickets, admins included. Employees are always limited to their own."
        ),
    )
    requires_approval = models.BooleanField(
        _("requires approval"),
        default=False,
        help_text=_("An admin must approve each use before it runs."),
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("action policy")
        verbose_name_plural = _("action policies")
        ordering = ["action"]

    def __str__(self) -> str:
        return self.action


class HaloIdentity(models.Model):
    """A portal user's Halo end user, matched once by exact e-mail and remembered."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="halo_identity"
    )
    email = models.EmailField()
    halo_user_id = models.IntegerField()
    halo_client_id = models.IntegerField(null=True, blank=True)
    halo_site_id = models.IntegerField(null=True, blank=True)
    halo_name = models.CharField(max_length=200, blank=True)
    matched_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Halo identity")
        verbose_name_plural = _("Halo identities")

    def __str__(self) -> str:
        return f"{self.email} -> Halo user {self.halo_user_id}"


class ApprovalRequest(models.Model):
    """A use of an action that waits for an admin's decision; approving runs it exactly once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="approval_requests"
    )
    action = models.CharField(max_length=40)
    params = models.JSONField(default=dict)
    channel = models.CharField(max_length=20)
    text = models.TextField(
        blank=True, help_text=_("The original request, when it was typed in plain language.")
    )
    summary = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    outcome = models.CharField(
        max_length=20, blank=True, help_text=_("What running it gave: done, pending or failed.")
    )
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("approval request")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.action} by {self.requested_by} ({self.status})"


class PendingWrite(models.Model):
    """A write to Halo, stored before Halo is called so it is never lost (the outbox)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting for Halo")
        DONE = "done", _("delivered")
        FAILED = "failed", _("refused")

    reference = models.CharField(max_length=20, unique=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pending_writes"
    )
    action = models.CharField(max_length=40)
    params = models.JSONField(default=dict)
    channel = models.CharField(max_length=20)
    text = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    # 64-bit: Halo's ids are 32-bit today, but a column narrower than the values the portal can be
    # handed must never be what fails (PostgreSQL's integer is 32-bit).
    ticket_id = models.BigIntegerField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    maybe_committed = models.BooleanField(
        default=False,
        help_text=_("An earlier attempt may have reached Halo: look for it before sending again."),
    )
    baseline = models.JSONField(
        null=True, blank=True, help_text=_("What Halo held before the first attempt.")
    )
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True)
    result = models.JSONField(null=True, blank=True)
    approval = models.ForeignKey(ApprovalRequest, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending write")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reference} {self.action} ({self.status})"


class PendingAttachment(models.Model):
    """A file an employee attached to a new ticket or a note, kept with its write (or its approval
    request) until Halo has it, so it is never lost while Halo is down and never sent twice."""

    write = models.ForeignKey(
        PendingWrite, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    approval = models.ForeignKey(
        ApprovalRequest,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    content = models.BinaryField()
    halo_attachment_id = models.IntegerField(
        null=True, blank=True, help_text=_("Set once Halo has the file: a retry skips it.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending attachment")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.size} bytes)"


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: object) -> int:
        raise PermissionError("audit events are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("audit events are append-only")

    def for_actor(self, user: User | None) -> AuditEventQuerySet:
        return self.filter(actor=user)


class AuditEvent(models.Model):
    """One attempt to use an action. Append-only; each row's hash covers the previous row's."""

    class Outcome(models.TextChoices):
        DONE = "done", _("done")
        DENIED = "denied", _("denied")
        FAILED = "failed", _("failed")
        PENDING = "pending", _("pending")

    created_at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_email = models.CharField(max_length=254, db_index=True)
    channel = models.CharField(max_length=20, db_index=True)
    action = models.CharField(max_length=40, db_index=True)
    params = models.JSONField(default=dict)
    text = models.TextField(blank=True)
    decision = models.CharField(max_length=20)
    reason = models.TextField(blank=True)
    approval_id = models.IntegerField(null=True, blank=True)
    write_reference = models.CharField(max_length=20, blank=True, db_index=True)
    halo_ids = models.JSONField(default=dict)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, db_index=True)
    error = models.TextField(blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.actor_email} {self.action} {self.outcome}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Append-only is the point of this table, so it is enforced here and not by convention.
        if self.pk is not None:
            raise PermissionError("audit events are append-only")
        # django-stubs types pk as int, though it is None until the first save: not unreachable.
        super().save(*args, **kwargs)  # type: ignore[unreachable]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise PermissionError("audit events are append-only")


class AuditChainHead(models.Model):
    """A single row whose lock serialises appends, so the hash chain never forks."""

    last_hash = models.CharField(max_length=64, default="0" * 64)
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"audit chain head after {self.count} events"


class LLMEndpoint(models.Model):
    """An optional OpenAI-compatible chat-completions endpoint that helps read plain-language
    requests. It only proposes: its output is validated like user input and never grants anything."""

    class Flavour(models.TextChoices):
        OPENAI = "openai", _("OpenAI-compatible (OpenAI, Ollama, vLLM, llama.cpp)")
        AZURE = "azure", _("Azure OpenAI")

    enabled = models.BooleanField(_("enabled"), default=False)
    flavour = models.CharField(
        _("flavour"), max_length=10, choices=Flavour.choices, default=Flavour.OPENAI
    )
    base_url = models.URLField(
        _("base URL"),
        help_text=_(
            "e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1, or the Azure resource URL"
        ),
    )
    model = models.CharField(_("model or Azure deployment"), max_length=200)
    api_version = models.CharField(_("Azure API version"), max_length=40, blank=True)
    api_key_encrypted = models.TextField(blank=True, editable=False)
    timeout = models.FloatField(_("timeout (seconds)"), default=10.0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("language model endpoint")

    def __str__(self) -> str:
        return f"{self.model} at {self.base_url}"

    @property
    def api_key(self) -> str:
        return crypto.decrypt(self.api_key_encrypted) if self.api_key_encrypted else ""

    @api_key.setter
    def api_key(self, value: str) -> None:
        self.api_key_encrypted = crypto.encrypt(value) if value else ""
