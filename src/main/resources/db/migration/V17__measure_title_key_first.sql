-- An import looks up the measures of a thousand rows at once: a hundred titles across ten jurisdictions. With the
-- jurisdiction first in V16's index, PostgreSQL chose to read the whole measure table instead (23 ms a look-up at
-- 78,000 measures, growing with them); with the title first, it reads the few matching entries (1.4 ms). The single
-- look-up of the measure form's duplicate warning compares both columns for equality, so either order serves it.
DROP INDEX ix_policy_measure_title_key;
CREATE INDEX ix_policy_measure_title_key ON policy_measure (title_key, jurisdiction_id);
