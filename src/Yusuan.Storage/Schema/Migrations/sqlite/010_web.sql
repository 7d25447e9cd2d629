-- 010: what the web app (src/Yusuan.Web) keeps besides the corpus: accounts and API tokens, the stored outcome of each
-- document's check (so a restart does not read and check every document again), and batch review jobs.
-- Numbered 010, not 003, so corpus migrations added meanwhile keep their own numbers. Same text for SQLite and PostgreSQL.
CREATE TABLE web_accounts (
    name          TEXT    PRIMARY KEY,
    role          TEXT    NOT NULL CHECK (role IN ('reviewer', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE web_tokens (
    id           TEXT PRIMARY KEY,
    account      TEXT NOT NULL REFERENCES web_accounts (name) ON DELETE CASCADE,
    secret_hash  TEXT NOT NULL UNIQUE,
    label        TEXT,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);

-- One row per document the web app knows: its id (the first 16 hex digits of documents.content_hash), the name it came
-- in under, where its original bytes are kept, and its check summary as JSON, made by the checker named in `checker`.
CREATE TABLE web_documents (
    content_hash TEXT NOT NULL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    file         TEXT,
    checker      TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    saved_by     TEXT,
    saved_at     TEXT NOT NULL
);

CREATE TABLE web_batches (
    id         TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_by TEXT,
    created_at TEXT    NOT NULL,
    total      INTEGER NOT NULL
);

CREATE TABLE web_batch_items (
    batch_id    TEXT    NOT NULL REFERENCES web_batches (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('queued', 'done', 'failed')),
    document_id TEXT,
    error       TEXT,
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX ix_web_batch_items_status ON web_batch_items (status);
