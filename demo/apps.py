from django.apps import AppConfig


class DemoConfig(AppConfig):
    # No models: the app holds the demo data, its loader and the load_demo_content command.
    name = "demo"
