"""Import values from outside the portal from a CSV file (see services/external_values.py for
the columns) — every row or none:

    manage.py import_kpi_values values.csv [--user staff@example.org]
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from participation.kpis.errors import ImportRejected
from participation.kpis.services.external_values import import_external_values


class Command(BaseCommand):
    help = "Import external KPI values from a CSV file; a file with errors imports nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--user", help="Email address of the staff member entering them.")

    def handle(self, *args, path: Path, user=None, **options):
        entered_by = None
        if user:
            entered_by = get_user_model().objects.filter(email__iexact=user).first()
            if entered_by is None:
                raise CommandError(f"No account with the address {user}.")
        try:
            count = import_external_values(data=path.read_bytes(), entered_by=entered_by)
        except OSError as error:
            raise CommandError(str(error)) from error
        except ImportRejected as rejected:
            for line, messages in rejected.errors:
                for message in messages:
                    self.stderr.write(f"line {line}: {message}")
            raise CommandError(str(rejected.message)) from None
        self.stdout.write(f"Values imported: {count}.")
