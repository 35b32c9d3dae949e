"""Seed the licence catalogue and the purpose vocabulary (idempotent)."""

from django.db import migrations


def seed(apps, schema_editor):
    from contracts.vocabulary import seed_vocabulary

    seed_vocabulary(apps.get_model("contracts", "Licence"), apps.get_model("contracts", "Purpose"))


class Migration(migrations.Migration):
    dependencies = [("contracts", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
