"""gunicorn's settings (read from the working directory: the Dockerfile and README commands
run in the project folder).

The application is loaded once, in the master, and the language detector built there before
the workers fork: its models (about 230 MB) are then shared copy-on-write by every worker
instead of loaded by each (benchmarks/langid/README.md, "Memory")."""

preload_app = True


def when_ready(server):
    from participation.language_detection import preload_detector

    preload_detector()
