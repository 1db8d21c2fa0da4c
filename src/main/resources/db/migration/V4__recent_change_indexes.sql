-- The dashboard lists the latest changed concerns and measures: without these, each load sorted every row.
CREATE INDEX ix_concern_modified_at ON concern (modified_at);
CREATE INDEX ix_policy_measure_modified_at ON policy_measure (modified_at);
