-- Views for the questions fact-checkers ask. Recreated on every open, so they follow the schema.

CREATE OR REPLACE VIEW latest_verdicts AS
SELECT c.article_id, a.url AS article_url, c.claim_id, c.kind, c.speaker_name AS speaker, c.text,
       c.quote, c.claimed_date, v.verdict, v.confidence, v.rationale, v.checked_at, v.run_id
FROM verdicts v
JOIN claims c USING (claim_id)
JOIN articles a USING (article_id)
QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY v.checked_at DESC, v.run_id DESC) = 1;

CREATE OR REPLACE VIEW verdict_changes AS
SELECT claim_id, run_id, checked_at, previous_verdict, verdict, rationale
FROM (
    SELECT claim_id, run_id, checked_at, verdict, rationale,
           lag(verdict) OVER (PARTITION BY claim_id ORDER BY checked_at, run_id) AS previous_verdict
    FROM verdicts
)
WHERE previous_verdict IS NOT NULL AND previous_verdict <> verdict;

CREATE OR REPLACE VIEW unverified_queue AS
SELECT article_url, claim_id, kind, speaker, text, quote, claimed_date, confidence, rationale, checked_at
FROM latest_verdicts
WHERE verdict = 'unverified'
ORDER BY checked_at DESC, article_url, claim_id;

CREATE OR REPLACE VIEW source_changes AS
SELECT source_url, run_id, fetched_at, status, error, sha256, previous_sha256, previous_status,
       CASE
           WHEN status = 304 THEN 'unchanged'
           WHEN error IS NOT NULL AND previous_error IS NULL THEN 'gone or failing'
           WHEN previous_sha256 IS NOT NULL AND sha256 IS NOT NULL AND sha256 <> previous_sha256 THEN 'changed'
           WHEN previous_error IS NOT NULL AND error IS NULL THEN 'back'
           ELSE 'unchanged'
       END AS change
FROM (
    SELECT source_url, run_id, fetched_at, status, error, sha256,
           lag(sha256) OVER w AS previous_sha256, lag(status) OVER w AS previous_status,
           lag(error) OVER w AS previous_error,
           row_number() OVER w AS n
    FROM snapshots
    WINDOW w AS (PARTITION BY source_url ORDER BY fetched_at)
)
WHERE n > 1;
