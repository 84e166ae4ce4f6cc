"""Re-checking from the archive alone (`claimcheck verify --offline`).

The archive's WARC files are read back into an index of the newest response per URL, and a
fetcher with the same interface as the network one answers from it. Nothing touches the network,
so a fact-check can be re-run, and its verdicts reproduced, years after the sources are gone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from claimcheck.models import SourceRecord


@dataclass(frozen=True)
class _Stored:
    file: str
    offset: int
    status: int
    headers: dict[str, str]
    body: bytes
    date: datetime | None


def _index(folder: Path) -> dict[str, _Stored]:
    """The newest archived response for each URL (files are named by run, runs by start time)."""
    found: dict[str, _Stored] = {}
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                urls = {record.rec_headers.get_header("WARC-Target-URI"), record.rec_headers.get_header("X-Claimcheck-Requested-URI")}
                body = record.content_stream().read()
                when = record.rec_headers.get_header("WARC-Date")
                stored = _Stored(
                    file=str(path),
                    offset=records.get_record_offset(),
                    status=int(record.http_headers.get_statuscode() or 0),
                    headers={k.lower(): v for k, v in record.http_headers.headers},
                    body=body,
                    date=datetime.fromisoformat(when.replace("Z", "+00:00")) if when else None,
                )
                for url in urls - {None}:
                    found[url] = stored
    return found


class ReplayFetcher:
    """Answers `fetch` from the archive, as Fetcher answers it from the network."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._stored = _index(self.folder) if self.folder.is_dir() else {}

    def __enter__(self) -> ReplayFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def fetch(self, url: str, kind: str = "page", etag: str | None = None, last_modified: str | None = None) -> SourceRecord:
        stored = self._stored.get(url)
        if stored is None:
            return SourceRecord(url=url, kind=kind, error="not in the archive (offline re-check)",
                                fetched_at=datetime.now(timezone.utc))
        return SourceRecord(
            url=url, kind=kind, status=stored.status, body=stored.body, headers=dict(stored.headers),
            sha256=hashlib.sha256(stored.body).hexdigest(), content_type=stored.headers.get("content-type"),
            fetched_from=f"warc:{stored.file}#{stored.offset}", final_url=url, fetched_at=stored.date,
            warc_file=stored.file, warc_offset=stored.offset,
        )
