"""The import, export and TMX-export reports' one-line summaries in the interface language.

The core's ImportReport.summary() / ExportReport.summary() are what the CLI prints, in
English; the editor says the same from the same report fields through tr() (plural
forms per language). tests/test_i18n.py checks that the English here is word for word the
core's, so the two cannot drift apart."""

from __future__ import annotations

from PySide6.QtCore import QObject

from workbench.core.importer import ExportReport, ImportReport
from workbench.core.tmx_write import ExportResult
from workbench.gui.labels import flag_label


class Summaries(QObject):
    def import_summary(self, r: ImportReport) -> str:
        parts = [
            self.tr("{name}: %n segment(s)", "", r.segments).format(name=r.name)
            + self.tr(" in %n paragraph(s)", "", r.paragraphs)
        ]
        if r.encoding.lower().replace("-", "") not in ("utf8", "ascii"):
            parts.append(self.tr("read as {encoding}").format(encoding=r.encoding))
        if len(r.languages) > 1 or r.source_lang not in r.languages:
            counts = ", ".join(f"{k} {v}" for k, v in r.languages.most_common())
            parts.append(self.tr("languages {counts}").format(counts=counts))
        for flag, count in sorted(r.flag_counts.items()):
            parts.append(f"{count} {flag_label(flag)}")
        return "; ".join(parts)

    def export_summary(self, r: ExportReport) -> str:
        files = len(r.written)
        text = self.tr("wrote %n document(s)", "", files)
        if r.untranslated:
            text += "; " + self.tr(
                "{untranslated} of %n segment(s) are untranslated and keep their source text",
                "",
                r.segments,
            ).format(untranslated=r.untranslated)
        else:
            text += "; " + self.tr("all %n segment(s) translated", "", r.segments)
        if r.not_needed:
            text += self.tr(
                " (%n already in the target language, kept as they are)", "", r.not_needed
            )
        if r.codes_added:
            text += "; " + self.tr(
                "%n segment(s) lacked formatting tags: they were put at the end of the "
                "segment, check them",
                "",
                r.codes_added,
            )
        for stored, written in r.renamed:
            text += "; " + self.tr(
                "the project names a document {stored}, written as {file}"
            ).format(stored=repr(stored), file=written)
        return text

    def tmx_summary(self, r: ExportResult) -> str:
        text = self.tr("{path}: wrote %n translation unit(s)", "", r.units).format(
            path=r.write.path
        )
        if r.skipped:  # the reasons are the core's words
            reasons = ", ".join(f"{n} {why}" for why, n in r.skipped.most_common())
            text += self.tr(" ({reasons} left out)").format(reasons=reasons)
        return text
