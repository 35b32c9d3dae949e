from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Registers Shoal's own system checks; the app has no models."""

    name = "common"

    def ready(self) -> None:
        from common import checks  # noqa: F401
