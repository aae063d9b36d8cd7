from django.core.management.base import BaseCommand, CommandError

from participation.feedback.models import ApiKey


class Command(BaseCommand):
    help = (
        "Issue an API key to an Open311 client (it may then POST service requests) and print "
        "it once: only its hash is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", nargs="+", help="the client's name, e.g. Gangnam Mobile App")

    def handle(self, *args, name, **options):
        client_name = " ".join(name).strip()
        if not client_name:
            raise CommandError("Give the client's name.")
        if len(client_name) > ApiKey._meta.get_field("name").max_length:
            raise CommandError("The client's name is too long.")
        client, key = ApiKey.issue(name=client_name)
        self.stdout.write(f"Open311 API key for {client.name} (#{client.pk}):")
        self.stdout.write(key)
        self.stdout.write(
            self.style.WARNING("Store it now: it is not shown again and cannot be recovered.")
        )
