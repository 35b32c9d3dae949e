from django.urls import path

from pool.api import views

urlpatterns = [
    path("datasets/", views.DatasetListCreateView.as_view(), name="api-datasets"),
    path("datasets/<int:pk>/", views.DatasetDetailView.as_view(), name="api-dataset-detail"),
    path("corpora/", views.CorpusListView.as_view(), name="api-corpora"),
    path("corpora/<slug:slug>/", views.CorpusDetailView.as_view(), name="api-corpus-detail"),
]
