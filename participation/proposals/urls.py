from django.urls import path

from . import report_views, views

app_name = "proposals"

urlpatterns = [
    path("", views.rounds, name="rounds"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:pk>/new/", views.submit, name="submit"),
    path("<int:pk>/", views.proposal, name="proposal"),
    path("<int:pk>/sent/", views.sent, name="sent"),
    path("<int:pk>/support/", views.support, name="support"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/comment/", views.comment, name="comment"),
    path("<int:pk>/language/", views.correct_language, name="language"),
    path("comments/<int:pk>/report/", report_views.report, name="report_comment"),
    path("unfollow/<str:token>/", views.unfollow, name="unfollow"),
]
