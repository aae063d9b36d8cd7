import os
import secrets

from django.core.management.base import BaseCommand

from accounts.services import ensure_superuser


class Command(BaseCommand):
    help = (
        "Create the local admin account. Email and password come from --email/--password or "
        "PORTAL_ADMIN_EMAIL/PORTAL_ADMIN_PASSWORD; without a password a random one is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", default=None)
        parser.add_argument("--password", default=None)

    def handle(self, *args, email=None, password=None, **options):
        email = email or os.environ.get("PORTAL_ADMIN_EMAIL") or "admin@example.com"
        password = password or os.environ.get("PORTAL_ADMIN_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        user, created = ensure_superuser(email=email, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin account {'created' if created else 'updated'}: {user.email}"
                + (f"  password: {password}" if generated else "  (password from the environment)")
            )
        )
