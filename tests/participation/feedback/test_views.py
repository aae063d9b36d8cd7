import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone, translation
from PIL import Image

from participation.feedback import conf, services
from participation.feedback.errors import ActionNotAllowed, ReopenPeriodOver
from participation.feedback.models import FeedbackItem
from tests.factories import FeedbackStaffFactory

pytestmark = pytest.mark.django_db

CHINESE = "我家附近的施工噪音太大了，晚上十点以后还在施工。"


def form_data(category, **overrides):
    data = {
        "kind": "complaint",
        "category": category.pk,
        "text": CHINESE,
        "related_page": "",
        "location_text": "역삼동 123",
        "latitude": "",
        "longitude": "",
        "contact_name": "王芳",
        "contact_email": "wang@example.org",
        "website": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def jpeg_with_gps() -> io.BytesIO:
    image = Image.new("RGB", (32, 32), "red")
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (37.0, 30.0, 0.0), 3: "E", 4: (127.0, 2.0, 0.0)}  # GPS IFD
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    out.seek(0)
    out.name = "photo.jpg"
    return out


def test_form_page_is_in_the_visitors_language(client, category):
    response = client.get("/zh-hans/feedback/")
    assert response.status_code == 200
    assert b'<html lang="zh-hans"' in response.content
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "噪音" in response.content.decode()  # the category's Chinese name


def test_anonymous_submission_shows_the_code_then_the_status_page(
    client, category, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/zh-hans/feedback/", form_data(category, attachments=jpeg_with_gps())
        )
    item = FeedbackItem.objects.get()
    status_url = f"/zh-hans/feedback/status/{item.tracking_code}/"
    assert response.status_code == 302
    assert response["Location"] == f"{status_url}sent/"
    assert item.site_language == "zh-hans"
    assert item.contact_name == "王芳"
    sent = client.get(response["Location"])
    assert sent["Referrer-Policy"] == "no-referrer" and "no-store" in sent["Cache-Control"]
    primary = BeautifulSoup(sent.content, "html.parser").select_one(
        "main a.button:not(.button--secondary)"
    )
    assert primary["href"] == status_url  # the status link is the primary way back
    page = client.get(status_url)
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "same-origin"  # its own forms need the Origin header
    assert "no-store" in page["Cache-Control"]  # personal data: no copy kept anywhere
    content = page.content.decode()
    assert item.display_code in content
    assert CHINESE in content
    assert 'lang="zh-hans"' in content
    # The photo is served back without its location.
    attachment = item.attachments.get()
    assert attachment.content_type == "image/jpeg"
    download = client.get(f"/zh-hans/feedback/status/{item.tracking_code}/files/{attachment.pk}/")
    assert download.status_code == 200
    assert download["X-Content-Type-Options"] == "nosniff"
    served = Image.open(io.BytesIO(b"".join(download.streaming_content)))
    assert 0x8825 not in served.getexif()
    assert len(mail.outbox) == 1


def test_invalid_submission_keeps_the_text_and_explains(client, category):
    with translation.override("en"):
        response = client.post("/en/feedback/", form_data(category, consent=None))
    assert response.status_code == 200
    content = response.content.decode()
    assert CHINESE in content  # nothing typed is lost
    assert "Please agree to the use of your personal information" in content
    assert not FeedbackItem.objects.exists()


def test_file_with_a_wrong_type_under_a_right_name_is_refused(client, category):
    fake = io.BytesIO(b"<script>alert(1)</script>")
    fake.name = "photo.jpg"
    response = client.post("/en/feedback/", form_data(category, attachments=fake))
    assert response.status_code == 200
    assert "is not a JPEG, PNG or PDF file" in response.content.decode()
    assert not FeedbackItem.objects.exists()


def test_honeypot_stores_nothing(client, category):
    response = client.post("/en/feedback/", form_data(category, website="http://spam.example"))
    assert response.status_code == 200
    assert not FeedbackItem.objects.exists()


def test_rate_limit_answers_429_with_a_message(client, category, settings, libretranslate):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    for _ in range(2):
        assert client.post("/en/feedback/", form_data(category)).status_code == 302
    response = client.post("/en/feedback/", form_data(category))
    assert response.status_code == 429
    assert "Please wait an hour" in response.content.decode()
    assert FeedbackItem.objects.count() == 2


def test_unknown_or_mistyped_codes(client, submit, libretranslate):
    item = submit()
    assert client.get("/en/feedback/status/NOPE/").status_code == 404
    typed = item.display_code.lower()
    response = client.get(f"/en/feedback/status/{typed}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{item.tracking_code}/")
    lookup = client.get("/en/feedback/status/", {"code": f" {typed} "})
    assert lookup["Location"] == f"/en/feedback/status/{item.tracking_code}/"


def test_resident_reads_the_reply_in_chinese_and_rates_it(
    client, submit, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(
            item=item, text="공사 현장에 야간 작업 중지를 요청했습니다.", user=staff
        )
        services.add_internal_note(item=item, text="현장 담당자 통화 완료", user=staff)
    page = client.get(f"/zh-hans/feedback/status/{item.tracking_code}/").content.decode()
    assert "我们已要求施工现场停止夜间作业。" in page
    assert "공사 현장에 야간 작업 중지를 요청했습니다." in page  # the original, on request
    assert "현장 담당자" not in page  # internal notes stay internal
    reply_email = mail.outbox[-1]
    assert "我们已要求施工现场停止夜间作业。" in reply_email.body

    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    response = client.post(f"/zh-hans/feedback/status/{item.tracking_code}/rate/", {"rating": 4})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.rating == 4
    again = client.post(f"/zh-hans/feedback/status/{item.tracking_code}/rate/", {"rating": 1})
    assert again.status_code == 400
    item.refresh_from_db()
    assert item.rating == 4


def test_reopen_within_the_period_only(client, submit, libretranslate, settings):
    item = submit()
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    FeedbackItem.objects.filter(pk=item.pk).update(
        closed_at=timezone.now() - timezone.timedelta(days=15)
    )
    late = client.post(f"/en/feedback/status/{item.tracking_code}/reopen/", {"text": ""})
    assert late.status_code == 400
    FeedbackItem.objects.filter(pk=item.pk).update(
        closed_at=timezone.now() - timezone.timedelta(days=13)
    )
    in_time = client.post(f"/en/feedback/status/{item.tracking_code}/reopen/", {"text": "还是很吵"})
    assert in_time.status_code == 302
    item.refresh_from_db()
    assert item.status == FeedbackItem.Status.IN_PROGRESS


def test_resident_erases_their_personal_data(client, submit, libretranslate):
    item = submit(contact_name="王芳", location_text="역삼동 123")
    response = client.post(f"/en/feedback/status/{item.tracking_code}/erase/")
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.personal_data_erased_at is not None
    assert (item.contact_email, item.contact_name, item.location_text) == ("", "", "")
    assert item.messages.get().text == ""
    assert item.kind == "complaint" and item.language == "zh-hans"  # aggregates stay


def test_post_without_csrf_token_is_refused(category):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/en/feedback/", form_data(category))
    assert response.status_code == 403
    assert not FeedbackItem.objects.exists()


def test_attachment_of_another_item_is_not_served(client, submit, libretranslate):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from participation.feedback.uploads import check_attachments

    photo = SimpleUploadedFile("photo.jpg", jpeg_with_gps().read(), "image/jpeg")
    owner = submit(attachments=check_attachments([photo]))
    other = submit()
    attachment = owner.attachments.get()
    response = client.get(f"/en/feedback/status/{other.tracking_code}/files/{attachment.pk}/")
    assert response.status_code == 404


def test_the_status_page_offers_exactly_the_actions_the_services_allow(
    client, submit, libretranslate
):
    item = submit()
    page = client.get(f"/en/feedback/status/{item.tracking_code}/").content.decode()
    assert "/follow-up/" in page and "/reopen/" not in page and "/rate/" not in page
    assert services.follow_up_refusal(item=item) is None
    assert isinstance(services.reopen_refusal(item=item), ActionNotAllowed)

    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    item.refresh_from_db()
    page = client.get(f"/en/feedback/status/{item.tracking_code}/").content.decode()
    assert "/reopen/" in page and "/rate/" in page and "/follow-up/" not in page
    assert services.reopen_refusal(item=item) is None
    assert services.rating_refusal(item=item) is None

    later = item.closed_at + conf.reopen_period() + timezone.timedelta(seconds=1)
    assert isinstance(services.reopen_refusal(item=item, now=later), ReopenPeriodOver)
    FeedbackItem.objects.filter(pk=item.pk).update(closed_at=timezone.now() - conf.reopen_period())
    page = client.get(f"/en/feedback/status/{item.tracking_code}/").content.decode()
    assert "/reopen/" not in page  # the period ended while the page was being asked for
