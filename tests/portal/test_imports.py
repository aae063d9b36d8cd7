"""The project's modules import each other at module level: an import hidden inside a function
hides a cycle (AppConfig.ready, where Django wants signal wiring, is the one exception)."""

import ast
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PACKAGES = ("accounts", "cms", "participation", "portal")


def project_module(node: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return True
        names = [node.module or ""]
    else:
        names = [alias.name for alias in node.names]
    return any(name.split(".")[0] in PACKAGES for name in names)


def imports_inside_functions(path: Path) -> list[str]:
    found = []
    for function in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if path.name == "apps.py" and function.name == "ready":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom) and project_module(node):
                found.append(f"{path.relative_to(BASE_DIR)}:{node.lineno}")
    return found


def test_no_project_import_hides_inside_a_function():
    paths = [
        path
        for package in PACKAGES
        for path in (BASE_DIR / package).rglob("*.py")
        if "migrations" not in path.parts and "demo" not in path.as_posix()
    ]
    found = [place for path in paths for place in imports_inside_functions(path)]
    assert found == []
