"""/open-data/…: one address for every language, so outside the language prefixes."""

from django.urls import path

from . import open_data_views

app_name = "kpis_open_data"

urlpatterns = [
    path("kpis.json", open_data_views.kpis_json, name="json"),
    path("kpis.csv", open_data_views.kpis_csv, name="csv"),
    path("kpis/<slug:dimension>.<slug:fmt>", open_data_views.kpis_by_dimension, name="dimension"),
    path("README.txt", open_data_views.readme, name="readme"),
]
