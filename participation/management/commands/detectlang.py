import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from participation.language_detection import ENGINES, detect_language
from participation.translation.languages import normalize_language


class Command(BaseCommand):
    help = (
        "Detect the language of each line on stdin and print one portal language code per line, "
        "in the same order; an empty or undecidable line prints the fallback."
    )
    # call_command("detectlang", stdin=StringIO(...)), as Django's createsuperuser does.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--fallback",
            default=settings.LANGUAGE_CODE,
            help="code printed when a line's language cannot be told (default: %(default)s)",
        )
        parser.add_argument(
            "--engine",
            choices=ENGINES,
            default=None,
            help="detector to use instead of settings.LANGUAGE_DETECTOR",
        )

    def handle(self, *args, fallback, engine=None, stdin=None, **options):
        try:
            fallback = normalize_language(fallback)
        except ValueError as error:
            raise CommandError(error) from error
        if stdin is None:
            stdin = sys.stdin
            # Residents' text is UTF-8 whatever the shell's locale says; a stray byte must not
            # stop a bulk run.
            if hasattr(stdin, "reconfigure"):
                stdin.reconfigure(encoding="utf-8", errors="replace")
        # Iterating a text stream splits on "\n" only (U+0085 and U+2028 stay inside a line).
        for line in stdin:
            detected = detect_language(text=line.rstrip("\r\n"), fallback=fallback, engine=engine)
            self.stdout.write(detected.code)
            self.stdout.flush()  # answers line by line when fed interactively
