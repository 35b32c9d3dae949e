"""Seed the licence catalogue and the purpose vocabulary (idempotent)."""

from django.db import migrations


def seed(apps, schema_editor):
    from contracts.vocabulary import LICENCES, PURPOSES

    Licence = apps.get_model("contracts", "Licence")
    Purpose = apps.get_model("contracts", "Purpose")
    for spdx, name, url, commercial, training, redistribution, derivatives, attribution, sa, nc in LICENCES:
        Licence.objects.update_or_create(
            spdx_id=spdx,
            defaults=dict(
                name=name,
                url=url,
                commercial_use=commercial,
                model_training=training,
                redistribution=redistribution,
                derivatives=derivatives,
                attribution=attribution,
                share_alike=sa,
                non_commercial=nc,
            ),
        )
    for code, name, iri, parent in PURPOSES:
        Purpose.objects.update_or_create(
            code=code,
            defaults=dict(
                name=name, dpv_iri=iri, parent=Purpose.objects.get(code=parent) if parent else None
            ),
        )


class Migration(migrations.Migration):
    dependencies = [("contracts", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
