-- 001: the corpus schema (SQLite). Keep in step with postgres/001_initial.sql: same tables, columns and views.
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash      TEXT    NOT NULL UNIQUE,
    source_path       TEXT    NOT NULL,
    unit              TEXT,
    region            TEXT,
    level             TEXT,
    year              INTEGER,
    kind              TEXT,
    scope             TEXT,
    template          TEXT,
    money_unit        TEXT,
    imported_at       TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
    failure_reason    TEXT,
    diagnostics_count INTEGER NOT NULL DEFAULT 0,
    diagnostics_json  TEXT,
    tables_present    INTEGER NOT NULL DEFAULT 0,
    completeness      NUMERIC,
    checked           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_documents_unit_year ON documents (unit, year);
CREATE INDEX ix_documents_year ON documents (year);

CREATE TABLE cells (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    table_id    TEXT    NOT NULL,
    unit        TEXT    NOT NULL DEFAULT '',
    row_key     TEXT    NOT NULL,
    column_key  TEXT    NOT NULL,
    value       NUMERIC NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE claims (
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    subject_key    TEXT    NOT NULL,
    subject_code   TEXT,
    subject_label  TEXT    NOT NULL,
    amount         NUMERIC,
    share          NUMERIC,
    change_amount  NUMERIC,
    direction      TEXT,
    amount_word    TEXT,
    change_percent NUMERIC,
    percent_word   TEXT,
    compared_with  TEXT,
    section        TEXT,
    line           INTEGER NOT NULL DEFAULT 0,
    reason         TEXT,
    text           TEXT    NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE projects (
    document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    amount            NUMERIC,
    implementing_unit TEXT,
    execution_period  TEXT,
    policy_basis      TEXT,
    line              INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE targets (
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    budget_unit  TEXT,
    project_name TEXT,
    funds_total  NUMERIC,
    funds_fiscal NUMERIC,
    funds_other  NUMERIC,
    overall_goal TEXT,
    line         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE indicators (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    target_seq  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    level1      TEXT,
    level2      TEXT,
    level3      TEXT    NOT NULL,
    value_raw   TEXT    NOT NULL,
    operator    TEXT,
    number      NUMERIC,
    value_unit  TEXT,
    weight      NUMERIC,
    line        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, target_seq, seq)
) WITHOUT ROWID;

CREATE TABLE findings (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    rule        TEXT    NOT NULL,
    severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    message     TEXT    NOT NULL,
    table_id    TEXT,
    unit        TEXT,
    row_key     TEXT,
    column_key  TEXT,
    section     TEXT,
    line        INTEGER NOT NULL DEFAULT 0,
    expected    TEXT,
    actual      TEXT,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE INDEX ix_findings_rule ON findings (rule);

CREATE TABLE classification (
    kind        TEXT    NOT NULL CHECK (kind IN ('function', 'economic')),
    code        TEXT    NOT NULL,
    level       INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    parent_code TEXT,
    PRIMARY KEY (kind, code)
);
