from django.urls import path

from pool import views, views_consumer

app_name = "pool"

urlpatterns = [
    path("", views.home, name="home"),
    path("datasets/upload/", views.dataset_upload_view, name="dataset-upload"),
    path("datasets/<int:pk>/", views.dataset_detail, name="dataset-detail"),
    path("datasets/<int:pk>/approve/", views.dataset_approve_view, name="dataset-approve"),
    path("datasets/<int:pk>/status.json", views.dataset_status, name="dataset-status"),
    path("datasets/<int:pk>/withdraw/", views.dataset_withdraw_view, name="dataset-withdraw"),
    path("datasets/<int:pk>/retry/", views.dataset_retry_view, name="dataset-retry"),
    path("datasets/<int:pk>/delete/", views.dataset_delete_view, name="dataset-delete"),
    path("datasets/<int:pk>/artifact/", views.dataset_artifact_view, name="dataset-artifact"),
    path("tokens/", views.tokens_view, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.token_revoke_view, name="token-revoke"),
    # The consumer's pages (pool/views_consumer.py).
    path("corpora/", views_consumer.corpus_list, name="corpus-list"),
    path("corpora/<slug:slug>/", views_consumer.corpus_detail, name="corpus-detail"),
    path(
        "corpora/<slug:slug>/versions/<int:number>/",
        views_consumer.version_detail,
        name="version-detail",
    ),
    path("corpora/<slug:slug>/v/<int:number>/", views_consumer.version_redirect, name="version-short"),
    path(
        "corpora/<slug:slug>/versions/<int:number>/croissant.json",
        views_consumer.version_croissant,
        name="version-croissant",
    ),
    path(
        "corpora/<slug:slug>/versions/<int:number>/files/<str:name>",
        views_consumer.version_file,
        name="version-file",
    ),
    path("access/", views_consumer.access_overview, name="access"),
    path("notices/", views_consumer.notice_list, name="notices"),
    path("notices/<int:pk>/acknowledge/", views_consumer.notice_acknowledge_view, name="notice-acknowledge"),
]
