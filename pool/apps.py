from django.apps import AppConfig


class PoolConfig(AppConfig):
    name = "pool"
    verbose_name = "Data pool"

    def ready(self) -> None:
        # Connect the receivers that cascade a consent withdrawal to datasets and corpus versions, and
        # those that void memoised download decisions when grants, consents or versions change.
        from pool.services import access_cache, withdrawal  # noqa: F401
