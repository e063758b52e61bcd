from django.apps import AppConfig


class HaloIntegrationConfig(AppConfig):
    name = "halo_integration"
    verbose_name = "Halo integration"
    default_auto_field = "django.db.models.BigAutoField"
