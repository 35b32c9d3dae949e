from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Registers Shoal's own system checks and the one-line-per-task log; the app has no models."""

    name = "common"

    def ready(self) -> None:
        from common import checks, tasklog  # noqa: F401

        tasklog.connect()
