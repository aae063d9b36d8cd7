"""Rate limits: registration (per IP), feedback, follow-up and reopen (per IP, and the
feedback form per email address too), Open311 POST (per API key and per email address, and
failed api_keys per address) and allauth's sign-in, sign-up and password reset answer 429 — or
allauth's form error — with a message in the visitor's language and a Retry-After header, and
write nothing once the limit is reached. Every POST counts against its address, valid or not;
only a form that would be accepted counts against the email address it names. A forged
X-Forwarded-For does not reset a counter: it is believed only from a peer in
PORTAL_TRUSTED_PROXIES (portal.client_ip)."""

import pytest
from django.test import Client

from participation.feedback.models import ApiKey, FeedbackItem
from participation.registrations.models import Registration
from tests.factories import DEFAULT_PASSWORD, UserFactory

from .conftest import feedback_form, parse, registration_form

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return " ".join(parse(response.content).get_text().split())


# --- Registration ----------------------------------------------------------------------------


def test_registration_attempts_per_address_and_minute(event, settings):
    settings.REGISTRATION_RATE_LIMIT_PER_MINUTE = 3
    client = Client()
    url = f"/ko/registrations/event/{event.pk}/"
    for n in range(3):
        response = client.post(
            url, registration_form(email=f"r{n}@example.org"), HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"
        )
        assert response.status_code == 302
    response = client.post(url, registration_form(email="r9@example.org"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "시도 횟수 초과" in text_of(response)  # "Too many attempts", in Korean
    assert "1분 후에 다시 시도해 주세요" in text_of(response)
    assert not Registration.objects.filter(email="r9@example.org").exists()
    # Another address is not held back by this one's attempts.
    other = Client(REMOTE_ADDR="192.0.2.7")
    response = other.post(url, registration_form(email="r10@example.org"))
    assert response.status_code == 302


# --- Feedback --------------------------------------------------------------------------------


def test_feedback_per_address_whatever_the_email(category, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    client = Client()
    for n in range(2):
        data = feedback_form(category, contact_email=f"f{n}@example.org")
        assert (
            client.post("/vi/feedback/", data, HTTP_X_FORWARDED_FOR="10.9.9.9").status_code == 302
        )
    response = client.post("/vi/feedback/", feedback_form(category, contact_email="f9@example.org"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "Vui lòng đợi một giờ rồi thử lại" in text_of(response)
    assert FeedbackItem.objects.count() == 2


def test_feedback_per_email_whatever_the_address(category, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    data = feedback_form(category, contact_email="Same@Example.org")
    for n in range(2):
        assert Client(REMOTE_ADDR=f"192.0.2.{n}").post("/en/feedback/", data).status_code == 302
    # Case and spaces do not make it another address.
    data["contact_email"] = " same@example.ORG "
    response = Client(REMOTE_ADDR="192.0.2.99").post("/en/feedback/", data)
    assert response.status_code == 429
    assert "Please wait an hour and try again" in text_of(response)
    assert FeedbackItem.objects.count() == 2


def test_invalid_feedback_posts_count_too(category, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    client = Client()
    for _ in range(2):  # no consent: refused, and counted
        response = client.post("/en/feedback/", feedback_form(category, consent=None))
        assert response.status_code == 200
    response = client.post("/en/feedback/", feedback_form(category))
    assert response.status_code == 429
    assert "Please wait an hour and try again" in text_of(response)
    assert "The street light" in text_of(response)  # what was typed is kept
    assert 0 < int(response["Retry-After"]) <= 3600
    assert not FeedbackItem.objects.exists()


def test_invalid_posts_naming_an_email_do_not_use_up_its_allowance(category, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    victim = "victim@example.org"
    for n in range(4):  # from many addresses, each refused: counted per address only
        data = feedback_form(category, contact_email=victim, consent=None)
        assert Client(REMOTE_ADDR=f"198.51.100.{n}").post("/en/feedback/", data).status_code == 200
    data = feedback_form(category, contact_email=victim)
    assert Client(REMOTE_ADDR="192.0.2.200").post("/en/feedback/", data).status_code == 302
    assert FeedbackItem.objects.filter(contact_email=victim).count() == 1


def test_follow_ups_are_limited_per_address(submit, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    item = submit()
    url = f"/en/feedback/status/{item.tracking_code}/follow-up/"
    client = Client()
    assert client.post(url, {"text": ""}).status_code == 400  # invalid, counted
    assert client.post(url, {"text": "One more thing"}).status_code == 302
    response = client.post(url, {"text": "And another"}, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 429
    assert "Please wait an hour and try again" in text_of(response)
    assert 0 < int(response["Retry-After"]) <= 3600
    assert item.messages.count() == 2
    assert Client(REMOTE_ADDR="192.0.2.50").post(url, {"text": "Later"}).status_code == 302


def test_reopen_posts_are_limited_per_address(submit, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    item = submit()
    url = f"/en/feedback/status/{item.tracking_code}/reopen/"
    client = Client()
    for _ in range(2):  # not closed: refused, and counted
        assert client.post(url, {"text": "again"}).status_code == 400
    response = client.post(url, {"text": "again"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600


def test_unknown_codes_count_too(settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 1
    client = Client()
    assert (
        client.post("/en/feedback/status/NOSUCHCODE/follow-up/", {"text": "x"}).status_code == 404
    )
    response = client.post("/en/feedback/status/NOSUCHCODE2/reopen/", {"text": "x"})
    assert response.status_code == 429
    assert "Retry-After" in response


# --- Behind the TLS proxy --------------------------------------------------------------------


def test_behind_a_trusted_proxy_each_resident_has_a_bucket(category, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["172.16.0.0/12"]
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 1
    proxy = Client(REMOTE_ADDR="172.18.0.1")

    def post(forwarded_for: str, email: str):
        data = feedback_form(category, contact_email=email)
        return proxy.post("/en/feedback/", data, HTTP_X_FORWARDED_FOR=forwarded_for)

    assert post("198.51.100.1", "a@example.org").status_code == 302
    assert post("198.51.100.2", "b@example.org").status_code == 302  # another resident
    # A resident writing their own X-Forwarded-For: the proxy appends the real address.
    assert post("192.0.2.77, 198.51.100.1", "c@example.org").status_code == 429
    assert FeedbackItem.objects.count() == 2


def test_an_untrusted_peer_cannot_choose_its_address(category, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["172.16.0.0/12"]
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 1
    attacker = Client(REMOTE_ADDR="203.0.113.5")
    for n, forged in enumerate(["172.18.0.1", "198.51.100.9"]):
        data = feedback_form(category, contact_email=f"x{n}@example.org")
        attacker.post("/en/feedback/", data, HTTP_X_FORWARDED_FOR=forged)
    assert FeedbackItem.objects.count() == 1


def test_sign_in_limits_see_the_resident_behind_the_proxy(home_pages, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.ACCOUNT_RATE_LIMITS = {"login": "1/m/ip"}
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    data = {"login": "someone@example.org", "password": "wrong"}
    url = "/en/accounts/login/"
    assert proxy.post(url, data, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 200
    assert proxy.post(url, data, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 200
    response = proxy.post(url, data, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert response.status_code == 429
    assert "Retry-After" in response


# --- Open311 ---------------------------------------------------------------------------------


def test_open311_posts_per_api_key_whatever_the_address(category, settings):
    settings.OPEN311_RATE_LIMIT_PER_HOUR = 2
    _client, key = ApiKey.issue(name="Gangnam Mobile")
    _other, other_key = ApiKey.issue(name="Seoul Smart City")
    data = {
        "api_key": key,
        "service_code": category.code,
        "description": "가로등이 꺼져 있습니다.",
        "address_string": "역삼로 123",
    }
    for n in range(2):
        response = Client(REMOTE_ADDR=f"192.0.2.{n}").post("/open311/v2/requests.json", data)
        assert response.status_code == 200
    response = Client().post("/open311/v2/requests.json?locale=ja", data)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    (error,) = response.json()
    assert error["code"] == 429
    assert FeedbackItem.objects.count() == 2
    xml = Client().post("/open311/v2/requests.xml", data)
    assert xml.status_code == 429
    assert xml["Content-Type"].startswith("text/xml")
    assert b"<code>429</code>" in xml.content
    assert "Retry-After" in xml
    # Invalid posts count too; another client, from the same address, is not held back.
    response = Client().post("/open311/v2/requests.json", {**data, "api_key": other_key})
    assert response.status_code == 200


def test_open311_invalid_posts_count(category, settings):
    settings.OPEN311_RATE_LIMIT_PER_HOUR = 1
    _client, key = ApiKey.issue(name="Gangnam Mobile")
    data = {"api_key": key, "service_code": category.code, "address_string": "역삼로 123"}
    assert Client().post("/open311/v2/requests.json", data).status_code == 400  # no description
    data["description"] = "가로등이 꺼져 있습니다."
    assert Client().post("/open311/v2/requests.json", data).status_code == 429
    assert not FeedbackItem.objects.exists()


# --- allauth ---------------------------------------------------------------------------------


def test_failed_sign_ins_per_account_answer_in_the_visitors_language(home_pages):
    user = UserFactory(email="target@example.org")
    client = Client()
    for _ in range(5):
        client.post("/ko/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post(
        "/ko/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    assert "너무 많은 로그인 실패" in text_of(response)
    assert "_auth_user_id" not in client.session  # not even the right password, for now


def test_sign_in_attempts_per_address_get_a_translated_429_page(home_pages, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    client = Client()
    user = UserFactory()
    for _ in range(3):
        client.post("/ja/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post("/ja/accounts/login/", {"login": user.email, "password": "wrong"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    text = text_of(response)
    assert "Too Many Requests" not in text  # not allauth's bare fallback page
    assert "試行回数が多すぎます" in text  # "Too many attempts", in Japanese
    response = Client().post(
        "/en/accounts/login/", {"login": user.email, "password": "wrong"}, REMOTE_ADDR="192.0.2.1"
    )
    assert response.status_code == 200  # another address


def test_english_429_page_explains(home_pages, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "1/m/ip"}
    client = Client()
    data = {"email": "a@example.org", "password1": "Sup3r-secret!", "password2": "Sup3r-secret!"}
    client.post("/en/accounts/signup/", data)
    response = client.post("/en/accounts/signup/", {**data, "email": "b@example.org"})
    assert response.status_code == 429
    assert "Please wait a few minutes and try again." in text_of(response)


def test_password_reset_requests_per_address(home_pages, settings, mailoutbox):
    settings.ACCOUNT_RATE_LIMITS = {"reset_password": "2/m/ip"}
    user = UserFactory()
    client = Client()
    for _ in range(2):
        client.post("/en/accounts/password/reset/", {"email": user.email})
    sent = len(mailoutbox)
    response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 429
    assert len(mailoutbox) == sent
