-- 003: money stored exactly. On PostgreSQL the money columns are NUMERIC already (exact, any precision), so there is
-- nothing to change; the number is kept in step with sqlite/003_exact_money.sql, which rebuilds SQLite's money columns.
SELECT 1;
