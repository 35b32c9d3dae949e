from django.urls import path

from pool import views

app_name = "pool"

urlpatterns = [
    path("", views.home, name="home"),
    path("datasets/upload/", views.dataset_upload_view, name="dataset-upload"),
    path("datasets/<int:pk>/", views.dataset_detail, name="dataset-detail"),
    path("datasets/<int:pk>/approve/", views.dataset_approve_view, name="dataset-approve"),
]
