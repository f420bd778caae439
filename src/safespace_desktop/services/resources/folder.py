"""Import a folder of Markdown files into the library; export the library as readable
files (issue 11) — so groups can share a starter pack with each other.

Import reads ``*.md`` files (not sub-folders) with their front matter
(core/resources/markdown_files.py); files named in ``attachments:`` must sit next to
them and are stored through the attachment service. Each file is its own step: one
bad file is reported and the rest still import.

Export writes readable files, so the UI warns first and the person chooses the
place; it goes into a new sub-folder so nothing already there is overwritten.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from safespace_desktop.core.errors import SafeSpaceError, ValidationError
from safespace_desktop.core.resources.markdown_files import (
    file_stem,
    format_markdown,
    parse_markdown,
)
from safespace_desktop.core.resources.model import Audience, Resource
from safespace_desktop.services.attachments import AttachmentsService
from safespace_desktop.services.resources.library import ResourcesService, attachment_scope

MAX_MARKDOWN_BYTES = 1024 * 1024
MAX_FILES = 2_000

Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class FileProblem:
    """One file that could not be imported (or one attachment that could not)."""

    file_name: str
    error: SafeSpaceError | OSError


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # resource ids
    problems: list[FileProblem] = field(default_factory=list)


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    resources: int
    files: int


def _attachment_path(folder: Path, name: str) -> Path | None:
    """A file named in front matter, only if it sits directly in ``folder``."""
    if not name or Path(name).name != name or name in {".", ".."}:
        return None
    path = folder / name
    return path if path.is_file() else None


class ResourceFolders:
    def __init__(self, resources: ResourcesService, attachments: AttachmentsService) -> None:
        self._resources = resources
        self._attachments = attachments

    def markdown_files(self, folder: Path) -> list[Path]:
        files = sorted(p for p in folder.iterdir() if p.suffix.casefold() == ".md" and p.is_file())
        if len(files) > MAX_FILES:
            raise ValidationError("folder", "too_many_files", limit=MAX_FILES)
        return files

    def import_folder(self, folder: Path, progress: Progress = _quiet) -> ImportReport:
        report = ImportReport()
        files = self.markdown_files(folder)
        for done, path in enumerate(files):
            progress(done, len(files))
            try:
                if path.stat().st_size > MAX_MARKDOWN_BYTES:
                    raise ValidationError("file", "markdown_too_large", limit_mb=1)
                try:
                    text = path.read_text("utf-8")
                except UnicodeDecodeError as exc:
                    raise ValidationError("file", "not_unicode_text") from exc
                parsed = parse_markdown(text, path.stem.replace("-", " ").replace("_", " "))
                added = self._resources.add(parsed.draft)
            except (SafeSpaceError, OSError) as exc:
                report.problems.append(FileProblem(path.name, exc))
                continue
            report.imported.append(added.id)
            scope = attachment_scope(added.audience)
            for name in parsed.attachments:
                source = _attachment_path(folder, name)
                try:
                    if source is None:
                        raise ValidationError("file", "attachment_not_beside", name=name)
                    self._attachments.add(added.id, scope, source)
                except (SafeSpaceError, OSError) as exc:
                    report.problems.append(FileProblem(f"{path.name}: {name}", exc))
        progress(len(files), len(files))
        return report

    def export_library(
        self,
        place: Path,
        folder_name: str,
        *,
        audiences: tuple[Audience, ...] = (Audience.MEMBERS, Audience.FACILITATORS),
        progress: Progress = _quiet,
    ) -> ExportReport:
        """Write every resource (of ``audiences``) and its files to a new folder in ``place``."""
        resources: list[Resource] = sorted(
            (r for r in self._resources.load_library().resources if r.audience in audiences),
            key=lambda r: r.title.casefold(),
        )
        target = place / folder_name
        number = 2
        while target.exists():
            target = place / f"{folder_name} ({number})"
            number += 1
        try:
            target.mkdir(parents=True)
        except OSError as exc:
            raise ValidationError("target", "copy_not_writable") from exc
        taken: set[str] = set()
        files = 0
        for done, resource in enumerate(resources):
            progress(done, len(resources))
            stem = file_stem(resource.title, taken)
            scope = attachment_scope(resource.audience)
            names: list[str] = []
            for attachment in self._attachments.list_for(resource.id, scope):
                if not attachment.stored:
                    continue
                name = f"{stem}--{attachment.file_name}"
                self._attachments.save_copy(attachment.id, scope, target / name)
                names.append(name)
                files += 1
            text = format_markdown(resource, tuple(names))
            path = target / f"{stem}.md"
            try:
                with open(path, "x", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise ValidationError("target", "copy_failed") from exc
            files += 1
        progress(len(resources), len(resources))
        return ExportReport(target, len(resources), files)
