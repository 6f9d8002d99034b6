"""What ships with the program: its version, the libraries with their licences, and the fonts
the documents use (found on this computer, not bundled) with theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

# Licences of the CJK fonts the PDFs may use (pdf/fonts.py looks for these files).
FONT_LICENCES = {
    "uming.ttc": "Arphic Public License", "ukai.ttc": "Arphic Public License",
    "wqy-zenhei.ttc": "GPL-2.0 with font embedding exception",
    "DroidSansFallbackFull.ttf": "Apache-2.0", "DejaVuSans.ttf": "Bitstream Vera / public domain",
    "simsun.ttc": "Microsoft (Windows licence)", "simfang.ttf": "Microsoft (Windows licence)",
    "simhei.ttf": "Microsoft (Windows licence)", "STFANGSO.TTF": "Microsoft (Office licence)",
}


@dataclass(frozen=True)
class Library:
    """A library shipped with the program, with its version and licence."""
    name: str
    version: str
    licence: str


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    text = (meta.get("License") or "").strip().splitlines()
    if text:
        return text[0][:60]
    # Some wheels only ship the licence file (pyrage: "The MIT License (MIT)").
    for file in dist.files or []:
        if "licen" in file.name.lower():
            try:
                first = (dist.locate_file(file).read_text("utf-8").strip().splitlines() or [""])[0]
            except (OSError, UnicodeDecodeError):
                continue
            if first:
                return first[:60]
    return "?"


def bundled_libraries() -> list[Library]:
    """The program's runtime dependencies, recursively, as installed (or frozen) with it."""
    seen: dict[str, Library] = {}
    todo = ["unionoffice"]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = Library(dist.metadata["Name"], dist.version, _licence_of(dist))
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0])
    seen.pop("unionoffice", None)
    return sorted(seen.values(), key=lambda lib: lib.name.lower())


def document_fonts() -> list[tuple[str, str, str]]:
    """(font file, where it was found, licence) for every font the PDFs can use here."""
    from unionoffice.pdf.fonts import BODY, FALLBACKS, TITLE, _find

    found = []
    for _name, file_name, _index in dict.fromkeys(BODY + TITLE + FALLBACKS):
        path = _find(file_name)
        if path is not None:
            found.append((file_name, str(path), FONT_LICENCES.get(file_name, "?")))
    return found

