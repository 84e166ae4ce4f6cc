"""How much a document can decide about a claim: primary, official or secondary.

primary: the speaker's own channel (the speaker, or an office that speaks for it, wrote it),
or a verbatim transcript of the speaker's words. official: a registered government body's
record. secondary: everything else, which points to primaries but never decides alone.
"""

from __future__ import annotations

from claimcheck.checks.matching import PreparedDocument
from claimcheck.extractors.entities import EntityIndex


def speaks_for(doc: PreparedDocument, entity: str | None, index: EntityIndex) -> bool:
    """The document's author is the entity or one of its offices (an office speaks for its body)."""
    return bool(entity) and entity in index.lineage(doc.doc.author)


def is_official(doc: PreparedDocument, index: EntityIndex) -> bool:
    for owner in (doc.doc.author, doc.doc.publisher):
        entity = index.get(owner)
        if entity and (entity.kind in ("body", "government") or len(index.lineage(owner)) > 1):
            return True
    return False


def authority(doc: PreparedDocument, speaker: str | None, index: EntityIndex) -> str:
    if speaks_for(doc, speaker, index) or (doc.doc.verbatim and speaker and any(p.speaker == speaker for p in doc.passages)):
        return "primary"
    return "official" if is_official(doc, index) else "secondary"
