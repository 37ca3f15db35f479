"""The house's floors: each room of heelcoach/ imports only the rooms below it, no module
imports its way back round to itself, the rooms without Qt stay without it, and
ARCHITECTURE.md names the same rooms on the same floors.

A room is a subpackage of heelcoach (`core/`) or a module at its top (`settings.py`). The
package face, heelcoach/__init__.py (APP_NAME, APP_ID, __version__), and the data files
installed as heelcoach.resources are open to every room. Imports are read from the source
with `ast`: those at the top of a module, those inside functions (lazy) and those under
TYPE_CHECKING alike, since a lazy import is still a dependency."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "heelcoach"

# The house, from the ground up: (floor, room, the rooms it may import). A room may import
# only rooms on a lower floor, and of those only the ones listed. Two rooms on one floor
# never import each other: `commands` and `ui` meet only in `app` and `entry`, above both.
ANY_BELOW = "any room below"
HOUSE: tuple[tuple[int, str, str], ...] = (
    # Ground: the machine (files, paths, logs, the lock) and the pure model of a session.
    (0, "system", ""),
    (0, "core", ""),
    # The journal, the sound and the desktop: each stands on the ground floor only.
    (1, "journal", "core system"),
    (1, "audio", "core system"),
    (1, "desktop", "core system"),
    # The rules, read from the journal.
    (2, "coach", "core journal system"),
    # What the rules give: series for graphs, the sentences, the settings.
    (3, "progress", "coach core journal"),
    (3, "words", "coach core journal system"),
    (3, "settings", "coach core system"),
    # Qt's translators over the words; the session driver over the sound and the journal.
    (4, "i18n", "system words"),
    (4, "session", "audio core journal system"),
    # The two faces: the commands that answer and exit, and the widgets.
    (5, "commands", "audio coach core desktop i18n journal settings system words"),
    (5, "ui", "audio coach core desktop i18n journal progress session settings system words"),
    # The front door: the wiring may use the whole house; the command stays lean.
    (6, "app", ANY_BELOW),
    (7, "entry", "app commands system"),
    (8, "__main__", "entry"),
)
FLOOR = {room: floor for floor, room, _ in HOUSE}
MAY_IMPORT = {
    room: {other for other in FLOOR if FLOOR[other] < floor}
    if allowed == ANY_BELOW
    else set(allowed.split())
    for floor, room, allowed in HOUSE
}

OPEN_TO_ALL = {"heelcoach", "heelcoach.resources"}  # the package face, the data files

# Rooms whose every module runs without Qt: the rules and the stores are tested without it,
# and `heelcoach --today` reads the journal and says the verdict in words without loading it.
QT_FREE = ("core", "coach", "journal", "progress", "words")
QT = ("PySide6", "shiboken6", "pyqtgraph")  # pyqtgraph imports Qt as it loads

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


@dataclass(frozen=True)
class Import:
    where: str  # file:line
    target: str  # the dotted module imported, resolved

    def __str__(self) -> str:
        return f"{self.where}: imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def room_of(module: str) -> str:
    """`heelcoach.core.timeline` is in `core`, `heelcoach.settings` is `settings`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports_of(module: str) -> Iterator[Import]:
    """Every import in `module`, with the module it names resolved: `from heelcoach.core
    import timeline` names heelcoach.core.timeline, `from heelcoach import APP_NAME` the
    package face, and a relative import is read from the module's own package."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    where = path.relative_to(ROOT)

    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(f"{where}:{node.lineno}", alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in MODULES or submodule in OPEN_TO_ALL else base
                yield Import(f"{where}:{node.lineno}", target)


IMPORTS = {module: list(imports_of(module)) for module in MODULES}


def ours(target: str) -> bool:
    return target == "heelcoach" or target.startswith("heelcoach.")


def test_the_house_is_built_in_floors():
    """The table itself: every room it lets a room import is on a lower floor."""
    upward = [
        f"{room} (floor {floor}) may import {other} (floor {FLOOR.get(other)})"
        for floor, room, _ in HOUSE
        for other in sorted(MAY_IMPORT[room])
        if other not in FLOOR or FLOOR[other] >= floor
    ]
    assert not upward, "the table lets a room import sideways or up:\n" + "\n".join(upward)
    assert len(FLOOR) == len(HOUSE), "a room is declared twice"
    assert "ui" not in MAY_IMPORT["commands"] and "commands" not in MAY_IMPORT["ui"]


def test_every_module_is_in_a_declared_room():
    """A new subpackage or top-level module is a new room: declare it in HOUSE, with its
    floor and what it may import, and name it in ARCHITECTURE.md."""
    found = {room_of(module) for module in MODULES if module != "heelcoach"}
    undeclared, gone = sorted(found - FLOOR.keys()), sorted(FLOOR.keys() - found)
    assert not undeclared, f"rooms in heelcoach/ not declared in HOUSE: {undeclared}"
    assert not gone, f"rooms declared in HOUSE but not in heelcoach/: {gone}"


def test_each_room_imports_only_the_rooms_below_it():
    wrong = []
    for module, imports in IMPORTS.items():
        room = room_of(module)
        for found in imports:
            if not ours(found.target) or found.target in OPEN_TO_ALL:
                continue
            other = room_of(found.target)
            if other != room and other not in MAY_IMPORT.get(room, ()):
                wrong.append(f"{found}  ({room} may not import {other})")
    assert not wrong, "imports against the floors (see HOUSE):\n" + "\n".join(wrong)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each knot of modules that import each other, found by a
    depth-first walk: each back edge closes a circle."""
    found: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while on the path, "done" after
    path: list[str] = []

    def walk(node: str) -> None:
        state[node] = "open"
        path.append(node)
        for following in sorted(graph.get(node, ())):
            if state.get(following) == "open":
                found.append([*path[path.index(following) :], following])
            elif following not in state:
                walk(following)
        path.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            walk(node)
    return found


def test_no_module_imports_its_way_back_to_itself():
    """Between modules, counting every import: one inside a function or under
    TYPE_CHECKING runs no loop at load time, but a reader still walks it in a circle."""
    graph = {
        module: {
            found.target for found in imports if found.target in MODULES and found.target != module
        }
        for module, imports in IMPORTS.items()
    }
    circles = cycles(graph)
    assert not circles, "import circles:\n" + "\n".join(" -> ".join(c) for c in circles)


def test_the_qt_free_rooms_import_no_qt_even_lazily():
    qt = [
        str(found)
        for module, imports in IMPORTS.items()
        if room_of(module) in QT_FREE
        for found in imports
        if found.target.split(".")[0] in QT
    ]
    assert not qt, f"Qt imported in {', '.join(QT_FREE)}:\n" + "\n".join(qt)


def function_lengths(path: Path) -> Iterator[tuple[str, int]]:
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            yield f"{path.relative_to(ROOT)}:{node.lineno} {node.name}()", length


def test_no_module_over_400_lines_and_no_function_over_60():
    """A module past ~400 lines usually holds two ideas, a function past 60 several steps."""
    long_modules = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in MODULES.values()
        if (lines := len(path.read_text().splitlines())) > MAX_MODULE_LINES
    ]
    long_functions = [
        f"{name}: {length} lines"
        for path in MODULES.values()
        for name, length in function_lengths(path)
        if length > MAX_FUNCTION_LINES
    ]
    offenders = long_modules + long_functions
    assert not offenders, "\n".join(
        [f"modules over {MAX_MODULE_LINES} lines:", *long_modules,
         f"functions over {MAX_FUNCTION_LINES} lines:", *long_functions]
    )  # fmt: skip


def rooms_in_architecture() -> dict[str, int]:
    """The rooms table of ARCHITECTURE.md: rows `| floor | `room/` or `room.py` | ... |`."""
    text = (ROOT / "ARCHITECTURE.md").read_text()
    rows = re.findall(r"^\|\s*(\d+)\s*\|\s*`(\w+)(?:/|\.py)`", text, re.MULTILINE)
    return {room: int(floor) for floor, room in rows}


def test_architecture_md_names_the_same_rooms_on_the_same_floors():
    named = rooms_in_architecture()
    missing, extra = sorted(FLOOR.keys() - named.keys()), sorted(named.keys() - FLOOR.keys())
    assert not missing, f"rooms missing from ARCHITECTURE.md's table: {missing}"
    assert not extra, f"ARCHITECTURE.md's table names rooms HOUSE lacks: {extra}"
    moved = {room: (named[room], FLOOR[room]) for room in FLOOR if named[room] != FLOOR[room]}
    assert not moved, f"floors in ARCHITECTURE.md differ (there, here): {moved}"
