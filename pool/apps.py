from django.apps import AppConfig


class PoolConfig(AppConfig):
    name = "pool"
    verbose_name = "Data pool"

    def ready(self) -> None:
        # Connects the receiver that cascades a consent withdrawal to datasets and corpus versions.
        from pool.services import withdrawal  # noqa: F401
