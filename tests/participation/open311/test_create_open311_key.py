from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from participation.feedback.models import ApiKey, hash_api_key

pytestmark = pytest.mark.django_db


def test_the_command_issues_a_key_and_prints_it_once(client, noise):
    out = StringIO()

    call_command("create_open311_key", "Gangnam", "Mobile", stdout=out)

    client_key = ApiKey.objects.get()
    assert client_key.name == "Gangnam Mobile"
    lines = out.getvalue().splitlines()
    key = lines[1]
    assert client_key.key_hash == hash_api_key(key)
    assert key not in client_key.key_hash
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key,
            "service_code": "noise",
            "description": "소음",
            "address_string": "역삼동",
            "attribute[when]": "day",
        },
    )
    assert response.status_code == 200


def test_each_key_is_new(noise):
    first, second = StringIO(), StringIO()
    call_command("create_open311_key", "A", stdout=first)
    call_command("create_open311_key", "A", stdout=second)

    assert first.getvalue().splitlines()[1] != second.getvalue().splitlines()[1]
    assert ApiKey.objects.count() == 2


def test_a_name_is_needed():
    with pytest.raises(CommandError):
        call_command("create_open311_key", " ")
