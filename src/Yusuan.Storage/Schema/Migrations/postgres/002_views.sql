-- 002: views for reviewers and researchers. The same text runs on SQLite and PostgreSQL.

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

-- How often each rule fires across the corpus.
CREATE VIEW findings_by_rule AS
SELECT f.rule, f.severity, COUNT(*) AS findings, COUNT(DISTINCT f.document_id) AS documents
FROM findings f
GROUP BY f.rule, f.severity;
