"""The provenance archive: sealed only when the rows are safe, reconciled after a crash, replayable."""

from __future__ import annotations

from datetime import datetime, timezone

from claimcheck.models import SourceRecord
from claimcheck.sources.archive import Archive, reconcile
from claimcheck.sources.replay import ReplayFetcher


def _record(url: str, body: bytes) -> SourceRecord:
    return SourceRecord(url=url, kind="page", status=200, body=body, final_url=url, fetched_from=url,
                        headers={"content-type": "text/html"}, fetched_at=datetime.now(timezone.utc))


def test_an_unsealed_archive_is_sealed_or_dropped_by_what_the_warehouse_knows(tmp_path):
    kept = Archive(tmp_path, "run-kept")
    kept.store(_record("https://a.example/1", b"<p>one</p>"))
    lost = Archive(tmp_path, "run-lost")
    lost.store(_record("https://a.example/2", b"<p>two</p>"))
    assert kept.open_path.exists() and not kept.path.exists()
    assert reconcile(tmp_path, {"run-kept"}) == {"sealed": ["run-kept"], "deleted": ["run-lost"]}
    assert kept.path.exists() and not lost.open_path.exists() and not lost.path.exists()


def test_replay_answers_from_sealed_archives_only(tmp_path):
    archive = Archive(tmp_path, "run-1")
    record = _record("https://a.example/page", b"<p>archived words</p>")
    archive.store(record)
    assert record.warc_file == str(archive.path)  # rows name the final file, before it exists
    assert ReplayFetcher(tmp_path).fetch("https://a.example/page").error  # not sealed: not there
    archive.seal()
    replayed = ReplayFetcher(tmp_path).fetch("https://a.example/page")
    assert replayed.status == 200 and replayed.body == b"<p>archived words</p>"
    assert replayed.sha256 == record.sha256 or record.sha256 is None
    assert replayed.fetched_from.startswith(f"warc:{archive.path}#")
    assert "not in the archive" in ReplayFetcher(tmp_path).fetch("https://a.example/other").error
