"""gunicorn's settings (read from the working directory: the Dockerfile and README commands
run in the project folder).

The application is loaded once, in the master, before the workers fork: they share its pages.
The web processes never load the language detector: feedback is stored with its language
pending, and a Celery worker on the `language` queue detects it
(participation/feedback/services/languages.py; benchmarks/langid/README.md, "Memory")."""

preload_app = True
