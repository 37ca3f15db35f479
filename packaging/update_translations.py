"""Refresh the .ts sources from the code and build the catalogues the app loads: .qm for
Qt's widgets, .json for the words said without Qt (heelcoach/words/catalogue.py).

    python packaging/update_translations.py          # update .ts, then build .qm and .json
    python packaging/update_translations.py --check  # exit 1 if any is out of date

New strings land in the .ts as unfinished; translate them (pyside6-linguist) and run again.
A new language: copy heelcoach_da.ts to heelcoach_<code>.ts, set its language attribute.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "heelcoach"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside_python) if beside_python.exists() else f"pyside6-{name}"


def update_ts(ts_file: Path) -> None:
    """Bring a .ts up to date with the code. English, the source language, only needs the
    plural forms ("1 rep", "2 reps"): its .ts holds those alone."""
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    source_language = ts_file.stem.endswith(f"_{SOURCE_LANGUAGE}")
    options = ["-no-obsolete", "-locations", "none", "-silent"]
    if source_language:
        options.append("-pluralonly")
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(ts_file), *options], check=True)


def build_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def catalogue_of(ts_file: Path) -> bytes:
    """The finished translations of a .ts as JSON: {context: {key: text}}, the key being
    the English text after its disambiguation and \x04, as Qt files it. Plurals are left
    out: only Qt's own tr() has them."""
    contexts: dict[str, dict[str, str]] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        messages = contexts.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete"):  # fmt: skip
                continue
            text = translation.text
            if message.get("numerus") == "yes" or not text:
                continue
            comment = message.findtext("comment")
            source = message.findtext("source") or ""
            messages[f"{comment}\x04{source}" if comment else source] = text
    found = {name: messages for name, messages in sorted(contexts.items()) if messages}
    return json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8")


def build_json(ts_file: Path, json_file: Path) -> None:
    json_file.write_bytes(catalogue_of(ts_file))


def is_current(ts_file: Path) -> bool:
    with tempfile.TemporaryDirectory() as scratch:
        fresh_ts = Path(scratch) / ts_file.name
        shutil.copy(ts_file, fresh_ts)
        update_ts(fresh_ts)
        fresh_qm = fresh_ts.with_suffix(".qm")
        build_qm(ts_file, fresh_qm)
        json_file = ts_file.with_suffix(".json")
        return (
            fresh_ts.read_bytes() == ts_file.read_bytes()
            and fresh_qm.read_bytes() == ts_file.with_suffix(".qm").read_bytes()
            and json_file.exists()
            and json_file.read_bytes() == catalogue_of(ts_file)
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    check = parser.parse_args().check
    stale = []
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        if check:
            if not is_current(ts_file):
                stale.append(ts_file.name)
        else:
            update_ts(ts_file)
            build_qm(ts_file, ts_file.with_suffix(".qm"))
            build_json(ts_file, ts_file.with_suffix(".json"))
    if stale:
        print("out of date:", ", ".join(stale), "- run packaging/update_translations.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
