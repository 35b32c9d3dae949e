from django.apps import AppConfig


class AnonymizeConfig(AppConfig):
    """Registered only for its ``anonymize`` management command; the engine itself has no models."""

    name = "anonymize"
    verbose_name = "Anonymisation engine"
