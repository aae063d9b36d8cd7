from django.core.management.base import BaseCommand

from cms.services import set_up_translator_groups


class Command(BaseCommand):
    help = "Create one translator group per translated home page, limited to that language's pages."

    def handle(self, *args, **options):
        for group in set_up_translator_groups():
            self.stdout.write(f"{group.name}: ready")
