from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from participation.proposals.services import erase_participant_data


class Command(BaseCommand):
    help = (
        "Erase what links one participant (by their account's email) to proposals: authorship "
        "of proposals and comments, supports, follows, reports and their proposals' pictures. "
        "The public texts stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the participant's account email")

    def handle(self, *args, email, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the email {email}.")
        counts = erase_participant_data(user=user)
        summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Erased for {email} — {summary}."))
