from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "contracts"
    verbose_name = "Contracts, consent and audit"

    def ready(self) -> None:
        # Every admin add, change and delete (inlines included) writes an audit event: one hook.
        from contracts.admin import install_admin_audit

        install_admin_audit()
