from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("", views.submit, name="submit"),
    path("status/", views.lookup, name="lookup"),
    path("status/<str:code>/", views.status, name="status"),
    path("status/<str:code>/sent/", views.sent, name="sent"),
    path("status/<str:code>/follow-up/", views.follow_up, name="follow_up"),
    path("status/<str:code>/rate/", views.rate, name="rate"),
    path("status/<str:code>/reopen/", views.reopen, name="reopen"),
    path("status/<str:code>/erase/", views.erase, name="erase"),
    path("status/<str:code>/files/<int:attachment_id>/", views.attachment, name="attachment"),
]
