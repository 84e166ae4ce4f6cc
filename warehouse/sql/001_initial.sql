-- claimcheck warehouse, schema version 1.
-- Verdicts, evidence and facets are append-only: one row per claim per run, so the history of
-- every verdict is kept. Articles, claims and sources are upserted by their stable ids.

CREATE TABLE IF NOT EXISTS runs (
    run_id      VARCHAR PRIMARY KEY,
    flow        VARCHAR NOT NULL,
    target      VARCHAR,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR NOT NULL,
    version     VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    url          VARCHAR,
    title        VARCHAR,
    outlet       VARCHAR,
    published_at DATE,
    language     VARCHAR,
    text         VARCHAR NOT NULL,
    text_sha256  VARCHAR NOT NULL,
    first_run_id VARCHAR,
    last_run_id  VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    kind      VARCHAR,
    parent    VARCHAR
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id       VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    speaker        VARCHAR,
    speaker_name   VARCHAR,
    text           VARCHAR NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    quote          VARCHAR,
    claimed_date   VARCHAR,
    date_precision VARCHAR,
    channel        VARCHAR,
    event_type     VARCHAR,
    participants   VARCHAR[],
    confirmed_by   VARCHAR,
    absence        BOOLEAN,
    content        VARCHAR
);

CREATE TABLE IF NOT EXISTS sources (
    source_url   VARCHAR PRIMARY KEY,
    kind         VARCHAR,
    first_run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR NOT NULL,
    source_url VARCHAR NOT NULL,
    reason     VARCHAR,
    PRIMARY KEY (article_id, source_url)
);

CREATE TABLE IF NOT EXISTS snapshots (
    snapshot_id   VARCHAR PRIMARY KEY,
    run_id        VARCHAR NOT NULL,
    source_url    VARCHAR NOT NULL,
    fetched_from  VARCHAR,
    final_url     VARCHAR,
    status        INTEGER,
    error         VARCHAR,
    content_type  VARCHAR,
    sha256        VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    redirects     VARCHAR,
    headers       VARCHAR,
    fetched_at    TIMESTAMPTZ,
    warc_file     VARCHAR,
    warc_offset   BIGINT
);

CREATE TABLE IF NOT EXISTS documents (
    snapshot_id  VARCHAR PRIMARY KEY,
    source_url   VARCHAR NOT NULL,
    kind         VARCHAR,
    publisher    VARCHAR,
    author       VARCHAR,
    author_name  VARCHAR,
    published_at VARCHAR,
    language     VARCHAR,
    title        VARCHAR
);

CREATE TABLE IF NOT EXISTS passages (
    snapshot_id VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    speaker     VARCHAR,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (snapshot_id, idx)
);

CREATE TABLE IF NOT EXISTS verdicts (
    run_id     VARCHAR NOT NULL,
    claim_id   VARCHAR NOT NULL,
    verdict    VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    rationale  VARCHAR NOT NULL,
    checked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, claim_id)
);

CREATE TABLE IF NOT EXISTS evidence (
    run_id     VARCHAR NOT NULL,
    claim_id   VARCHAR NOT NULL,
    source_url VARCHAR NOT NULL,
    passage    VARCHAR,
    score      DOUBLE,
    facet      VARCHAR
);

CREATE TABLE IF NOT EXISTS facets (
    run_id     VARCHAR NOT NULL,
    claim_id   VARCHAR NOT NULL,
    facet      VARCHAR NOT NULL,
    result     VARCHAR NOT NULL,
    score      DOUBLE,
    note       VARCHAR,
    translated BOOLEAN
);
