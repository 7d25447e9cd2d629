-- 003: money stored exactly (SQLite). NUMERIC affinity turned every figure into a REAL (15 significant digits), so a
-- figure at the edge of decimal (79228162514264337593543950335, or 28 decimal places) could not be read back. The money
-- columns now have no declared type (BLOB affinity: a value is kept as bound), and the importer binds a figure as REAL
-- when that double reads back as the same decimal, else as its exact text (StoredValues.SqliteMoney). SQLite cannot
-- change a column's type, so the five tables are rebuilt; the views over them are dropped first and made again.
-- Runs in one transaction (Migrator); foreign keys stay on: only child tables are dropped.
DROP VIEW document_cells;
DROP VIEW unit_year_summary;

-- A document an earlier version stored with a figure beyond decimal's range cannot be read back: it is marked failed, so
-- importing its file again re-reads it and stores it exactly (a failed document is retried).
UPDATE documents SET status = 'failed', failure_reason = '旧版本保存的金额超出范围，请重新导入该文件。/ Stored by an earlier version with an out-of-range figure; import the file again.'
WHERE status = 'ok' AND id IN (
    SELECT document_id FROM cells WHERE (typeof(value) = 'real' AND abs(value) >= 7.9228162514264337e28)
    UNION SELECT document_id FROM claims WHERE (typeof(amount) = 'real' AND abs(amount) >= 7.9228162514264337e28) OR (typeof(share) = 'real' AND abs(share) >= 7.9228162514264337e28) OR (typeof(change_amount) = 'real' AND abs(change_amount) >= 7.9228162514264337e28) OR (typeof(change_percent) = 'real' AND abs(change_percent) >= 7.9228162514264337e28)
    UNION SELECT document_id FROM projects WHERE (typeof(amount) = 'real' AND abs(amount) >= 7.9228162514264337e28)
    UNION SELECT document_id FROM targets WHERE (typeof(funds_total) = 'real' AND abs(funds_total) >= 7.9228162514264337e28) OR (typeof(funds_fiscal) = 'real' AND abs(funds_fiscal) >= 7.9228162514264337e28) OR (typeof(funds_other) = 'real' AND abs(funds_other) >= 7.9228162514264337e28)
    UNION SELECT document_id FROM indicators WHERE (typeof(number) = 'real' AND abs(number) >= 7.9228162514264337e28) OR (typeof(weight) = 'real' AND abs(weight) >= 7.9228162514264337e28)
);
DELETE FROM cells WHERE document_id IN (SELECT id FROM documents WHERE status = 'failed');
DELETE FROM claims WHERE document_id IN (SELECT id FROM documents WHERE status = 'failed');
DELETE FROM projects WHERE document_id IN (SELECT id FROM documents WHERE status = 'failed');
DELETE FROM targets WHERE document_id IN (SELECT id FROM documents WHERE status = 'failed');
DELETE FROM indicators WHERE document_id IN (SELECT id FROM documents WHERE status = 'failed');

CREATE TABLE cells_exact (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    table_id    TEXT    NOT NULL,
    unit        TEXT    NOT NULL DEFAULT '',
    row_key     TEXT    NOT NULL,
    column_key  TEXT    NOT NULL,
    value NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
INSERT INTO cells_exact (document_id, seq, table_id, unit, row_key, column_key, value) SELECT document_id, seq, table_id, unit, row_key, column_key, value FROM cells;
DROP TABLE cells;
ALTER TABLE cells_exact RENAME TO cells;

CREATE TABLE claims_exact (
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    subject_key    TEXT    NOT NULL,
    subject_code   TEXT,
    subject_label  TEXT    NOT NULL,
    amount,
    share,
    change_amount,
    direction      TEXT,
    amount_word    TEXT,
    change_percent,
    percent_word   TEXT,
    compared_with  TEXT,
    section        TEXT,
    line           INTEGER NOT NULL DEFAULT 0,
    reason         TEXT,
    text           TEXT    NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
INSERT INTO claims_exact (document_id, seq, subject_key, subject_code, subject_label, amount, share, change_amount, direction, amount_word, change_percent, percent_word, compared_with, section, line, reason, text) SELECT document_id, seq, subject_key, subject_code, subject_label, amount, share, change_amount, direction, amount_word, change_percent, percent_word, compared_with, section, line, reason, text FROM claims;
DROP TABLE claims;
ALTER TABLE claims_exact RENAME TO claims;

CREATE TABLE projects_exact (
    document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    amount,
    implementing_unit TEXT,
    execution_period  TEXT,
    policy_basis      TEXT,
    line              INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
INSERT INTO projects_exact (document_id, seq, name, amount, implementing_unit, execution_period, policy_basis, line) SELECT document_id, seq, name, amount, implementing_unit, execution_period, policy_basis, line FROM projects;
DROP TABLE projects;
ALTER TABLE projects_exact RENAME TO projects;

CREATE TABLE targets_exact (
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    budget_unit  TEXT,
    project_name TEXT,
    funds_total,
    funds_fiscal,
    funds_other,
    overall_goal TEXT,
    line         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
INSERT INTO targets_exact (document_id, seq, kind, budget_unit, project_name, funds_total, funds_fiscal, funds_other, overall_goal, line) SELECT document_id, seq, kind, budget_unit, project_name, funds_total, funds_fiscal, funds_other, overall_goal, line FROM targets;
DROP TABLE targets;
ALTER TABLE targets_exact RENAME TO targets;

CREATE TABLE indicators_exact (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    target_seq  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    level1      TEXT,
    level2      TEXT,
    level3      TEXT    NOT NULL,
    value_raw   TEXT    NOT NULL,
    operator    TEXT,
    number,
    value_unit  TEXT,
    weight,
    line        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, target_seq, seq)
) WITHOUT ROWID;
INSERT INTO indicators_exact (document_id, target_seq, seq, level1, level2, level3, value_raw, operator, number, value_unit, weight, line) SELECT document_id, target_seq, seq, level1, level2, level3, value_raw, operator, number, value_unit, weight, line FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_exact RENAME TO indicators;

-- Every stored cell with the document it belongs to: the long format researchers pivot.
CREATE VIEW document_cells AS
SELECT d.id AS document_id, d.unit AS document_unit, d.region, d.level, d.year, d.kind,
       c.table_id, c.unit, c.row_key, c.column_key, c.value
FROM documents d
JOIN cells c ON c.document_id = d.id
WHERE d.status = 'ok';

-- One line per stored disclosure (unit × year × kind): totals, the basic/project split, 三公, 机关运行经费,
-- completeness and finding counts. Money in 万元.
CREATE VIEW unit_year_summary AS
SELECT s.document_id, s.unit, s.region, s.level, s.year, s.kind,
       s.expense_total, s.expense_basic, s.expense_project,
       CASE WHEN s.expense_total > 0 THEN ROUND(s.expense_basic * 100.0 / s.expense_total, 2) END AS basic_share,
       CASE WHEN s.expense_total > 0 THEN ROUND(s.expense_project * 100.0 / s.expense_total, 2) END AS project_share,
       s.income_total, s.three_public, s.operating_cost,
       s.completeness, s.tables_present,
       (SELECT COUNT(*) FROM findings f WHERE f.document_id = s.document_id AND f.severity = 'error') AS errors,
       (SELECT COUNT(*) FROM findings f WHERE f.document_id = s.document_id AND f.severity = 'warning') AS warnings,
       (SELECT COUNT(*) FROM findings f WHERE f.document_id = s.document_id AND f.severity = 'info') AS infos
FROM (
    SELECT d.id AS document_id, d.unit, d.region, d.level, d.year, d.kind, d.completeness, d.tables_present,
           COALESCE(MAX(CASE WHEN c.table_id = 'T3' AND c.row_key = 'total' AND c.column_key = 'total' THEN c.value END),
                    MAX(CASE WHEN c.table_id = 'T1' AND c.row_key = 'expense.total' AND c.column_key = 'amount' THEN c.value END)) AS expense_total,
           MAX(CASE WHEN c.table_id = 'T3' AND c.row_key = 'total' AND c.column_key = 'basic' THEN c.value END) AS expense_basic,
           MAX(CASE WHEN c.table_id = 'T3' AND c.row_key = 'total' AND c.column_key = 'project' THEN c.value END) AS expense_project,
           MAX(CASE WHEN c.table_id = 'T1' AND c.row_key = 'income.total' AND c.column_key = 'amount' THEN c.value END) AS income_total,
           COALESCE(MAX(CASE WHEN c.table_id = 'T10' AND c.row_key = 'total' AND c.column_key = 'total' THEN c.value END),
                    MAX(CASE WHEN c.table_id = 'M' AND c.row_key = 'three_public' AND c.column_key = 'total' THEN c.value END)) AS three_public,
           MAX(CASE WHEN c.table_id = 'M' AND c.row_key = 'operating_cost' AND c.column_key = 'amount' THEN c.value END) AS operating_cost
    FROM documents d
    LEFT JOIN cells c ON c.document_id = d.id AND c.unit = ''
         AND c.table_id IN ('T1', 'T3', 'T10', 'M') AND c.row_key IN ('total', 'expense.total', 'income.total', 'three_public', 'operating_cost')
    WHERE d.status = 'ok'
    GROUP BY d.id, d.unit, d.region, d.level, d.year, d.kind, d.completeness, d.tables_present
) s;
