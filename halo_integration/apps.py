from django.apps import AppConfig


class HaloIntegrationConfig(AppConfig):
    name = "halo_integration"
    verbose_name = "Halo integration"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from halo_integration import config_memo
        from halo_integration.models import ActionPolicy, HaloConnection

        config_memo.watch(ActionPolicy, HaloConnection)
