"""/open-data/proposals.json|csv: one address for every language, outside the prefixes."""

from django.urls import path

from . import open_data_views

app_name = "proposals_open_data"

urlpatterns = [
    path("proposals.json", open_data_views.proposals_json, name="json"),
    path("proposals.csv", open_data_views.proposals_csv, name="csv"),
]
