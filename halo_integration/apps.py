from django.apps import AppConfig


class HaloIntegrationConfig(AppConfig):
    name = "halo_integration"
    verbose_name = "Halo integration"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from halo_integration import config_memo, page_generations
        from halo_integration.generations import SHOWN
        from halo_integration.models import ActionPolicy, HaloConnection, PendingAttachment

        config_memo.watch(ActionPolicy, HaloConnection)
        # What the employee pages show (portal.page_memo keeps pages while it holds), each row
        # on the pages of the people it concerns. Not the sync's own state: a pass that found
        # nothing new changes no page (a kept page expires before it would turn stale anyway).
        page_generations.watch()
        SHOWN.watch(PendingAttachment)
