"""Fill the English numerus forms of a -pluralonly .ts file: "(s)" → "" / "s"."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # noqa: S405 (our own generated file)


def main(path: str) -> None:
    tree = ET.parse(path)  # noqa: S314
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2:
            forms[0].text = source.replace("(s)", "")
            forms[1].text = source.replace("(s)", "s")
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
