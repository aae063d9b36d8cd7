from django.core.management import call_command
from django.core.management.base import BaseCommand
from tqdm import tqdm

from demo.activity import DEMO_START, load_demo_activity
from demo.content import load_demo_content
from demo.reference import load_feedback_reference_data


class Command(BaseCommand):
    help = (
        "Load the demo content of the policy report — programs, editions, news, partner cities "
        "and agreements, and the feedback offices and topics — in all five languages, then the "
        "demo activity (registrations, check-ins, feedback) and the KPIs computed from it. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        def progress(steps):
            return tqdm(steps, desc="demo content", unit="step", disable=options["verbosity"] == 0)

        counts = load_demo_content(progress=progress)
        counts.update(load_feedback_reference_data())
        summary = ", ".join(f"{number} {kind}" for kind, number in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary} (× 5 languages)"))

        activity = load_demo_activity(progress=progress)
        summary = ", ".join(f"{number} {kind}" for kind, number in activity.items())
        self.stdout.write(self.style.SUCCESS(f"Demo activity loaded: {summary}"))
        # The dashboard reads snapshots: compute them now rather than at the next hourly run.
        call_command(
            "recompute_kpis",
            "--from",
            f"{DEMO_START:%Y-%m}",
            verbosity=options["verbosity"],
            stdout=self.stdout,
        )
