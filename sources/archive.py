"""The provenance archive: every fetched response as WARC records a court or an editor can replay.

WARC (ISO 28500) is what web archives and their tools read, so a fact-check's record opens in
any of them; warcio writes it correctly (record digests, gzip members per record) where a
hand-rolled writer would drift from the standard. One WARC file per run, in a folder beside
the warehouse file, so one folder holds a fact-check's whole record.
"""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimcheck.models import SourceRecord

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found"}


def archive_dir_for(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.stem + "-archive")


OPEN_SUFFIX = ".warc.gz.open"


class Archive:
    """One run's WARC file. It is written under a temporary name and takes its final name (the
    one the snapshot rows record) only once the run's rows are safe (`seal`), so a crash between
    archive and warehouse leaves a file that `reconcile` resolves, never an orphan."""

    def __init__(self, folder: str | Path, run_id: str) -> None:
        self.folder = Path(folder)
        self.path = self.folder / f"{run_id}.warc.gz"
        self.open_path = self.folder / f"{run_id}{OPEN_SUFFIX}"
        self._lock = threading.Lock()

    def seal(self) -> None:
        if self.open_path.exists():
            os.replace(self.open_path, self.path)

    def store(self, record: SourceRecord) -> None:
        """Append request and response (or revisit, for 304) records; note where they landed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock, open(self.open_path, "ab") as out:
            offset = out.tell()
            writer = WARCWriter(out, gzip=True)
            target = record.final_url or record.url
            request_headers = StatusAndHeaders(f"GET {target} HTTP/1.1", [("User-Agent", "claimcheck")], is_http_request=True)
            writer.write_record(writer.create_warc_record(target, "request", http_headers=request_headers))
            status = record.status or 0
            headers = [(k, v) for k, v in record.headers.items() if not k.startswith("x-claimcheck") and k not in ("content-encoding", "transfer-encoding", "content-length")]
            http_headers = StatusAndHeaders(f"{status} {_REASONS.get(status, 'Status')}", headers, protocol="HTTP/1.1")
            # Where it was read from (a mirror), and what was asked for before any redirect.
            warc_headers = {"WARC-Source-URI": record.fetched_from or target, "X-Claimcheck-Requested-URI": record.url}
            if status == 304:
                response = writer.create_warc_record(target, "revisit", http_headers=http_headers, warc_headers_dict=warc_headers)
            else:
                response = writer.create_warc_record(
                    target, "response", payload=io.BytesIO(record.body or b""), http_headers=http_headers,
                    warc_headers_dict=warc_headers,
                )
            writer.write_record(response)
            out.flush()
        record.warc_file = str(self.path)
        record.warc_offset = offset


def reconcile(folder: str | Path, known_runs: set[str]) -> dict[str, list[str]]:
    """Finish what a crashed run left: seal the archives of runs the warehouse has (or has
    parked), delete those of runs that never stored a row (nothing refers to them)."""
    done: dict[str, list[str]] = {"sealed": [], "deleted": []}
    for path in sorted(Path(folder).glob(f"*{OPEN_SUFFIX}")):
        run_id = path.name[: -len(OPEN_SUFFIX)]
        if run_id in known_runs:
            os.replace(path, path.with_name(f"{run_id}.warc.gz"))
            done["sealed"].append(run_id)
        else:
            path.unlink()
            done["deleted"].append(run_id)
    return done
