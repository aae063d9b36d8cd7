"""The README's configuration table and the environment variables the code reads agree, both
ways: the settings' `env(...)` calls (django-environ) and any `os.environ` read in the
application code."""

import ast
import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
NOT_APPLICATION = {".venv", "tests", "benchmarks", "node_modules", "staticfiles"}
NAME = re.compile(r"`([A-Z][A-Z0-9_]+)`")
# Read by the code but set by a tool, never by whoever configures the portal.
NOT_CONFIGURATION = {"PYTEST_XDIST_WORKER"}  # pytest-xdist, for each test process


def first_string(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def is_environ(node: ast.AST) -> bool:
    """`os.environ`"""
    return isinstance(node, ast.Attribute) and node.attr == "environ"


def names_read(tree: ast.AST, *, settings: bool) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            receiver = function.value if isinstance(function, ast.Attribute) else function
            django_environ = settings and isinstance(receiver, ast.Name) and receiver.id == "env"
            os_environ = isinstance(function, ast.Attribute) and (
                (is_environ(receiver) and function.attr in ("get", "setdefault"))
                or function.attr == "getenv"
            )
            if django_environ or os_environ:
                assert first_string(node), f"a variable read by a computed name: line {node.lineno}"
                names.add(first_string(node))
        elif (
            isinstance(node, ast.Subscript)
            and is_environ(node.value)
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.ctx, ast.Load)
        ):
            names.add(node.slice.value)
    return names


def variables_read() -> set[str]:
    names = set()
    for path in BASE_DIR.rglob("*.py"):
        relative = path.relative_to(BASE_DIR)
        if relative.parts[0] in NOT_APPLICATION:
            continue
        settings = relative.parts[:2] == ("portal", "settings")
        names |= names_read(ast.parse(path.read_text(encoding="utf-8")), settings=settings)
    return names - NOT_CONFIGURATION


def readme_configuration_table() -> set[str]:
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in NAME.findall(row.split("|")[1])}


def test_names_read_finds_each_way_of_reading_a_variable():
    tree = ast.parse(
        'A = env("ONE")\nB = env.bool("TWO", default=False)\nC = env.list(\n    "THREE"\n)\n'
        'os.environ.setdefault("FOUR", "x")\nos.environ.get("FIVE")\nos.environ["SIX"]\n'
        'os.getenv("SEVEN")\n{**os.environ, "NOT_READ": "x"}\n'
    )
    assert names_read(tree, settings=True) == {
        "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN"
    }  # fmt: skip


def test_every_variable_read_is_in_the_readme_table():
    assert variables_read() - readme_configuration_table() == set()


def test_every_variable_in_the_readme_table_is_read():
    assert readme_configuration_table() - variables_read() == set()


def test_the_readme_links_only_inside_the_repository():
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    assert "../" not in readme
    for target in re.findall(r"\]\((?!https?://|#)([^)]+)\)", readme):
        assert (BASE_DIR / target).exists(), target
