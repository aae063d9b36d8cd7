from django.core.management.base import BaseCommand
from tqdm import tqdm

from cms.demo_loader import load_demo_content
from participation.feedback.demo import load_feedback_reference_data


class Command(BaseCommand):
    help = (
        "Load the demo content of the policy report — programs, editions, news, partner cities "
        "and agreements, and the feedback offices and topics — in all five languages. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        def progress(steps):
            return tqdm(steps, desc="demo content", unit="step", disable=options["verbosity"] == 0)

        counts = load_demo_content(progress=progress)
        counts.update(load_feedback_reference_data())
        summary = ", ".join(f"{number} {kind}" for kind, number in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary} (× 5 languages)"))
