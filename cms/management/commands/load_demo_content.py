from django.core.management.base import BaseCommand

from cms.demo_content import HOME_PAGES
from cms.services import set_up_home_pages


class Command(BaseCommand):
    help = "Load the demo content (home pages in all five languages). Safe to run again."

    def handle(self, *args, **options):
        home = set_up_home_pages(content=HOME_PAGES)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded: {home.title} (+4 translations)")
        )
