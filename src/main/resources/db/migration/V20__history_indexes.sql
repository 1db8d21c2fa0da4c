-- The concern register as of a past moment filtered by jurisdiction (issue 16): it reads the concern versions in force
-- then whose affected or accessing jurisdiction is one of those chosen. Without these indexes PostgreSQL read every
-- version of every concern for it (a sequential scan of concern_aud: 600,000 rows, 260 MB, at five edits per concern);
-- with them it combines the two lookups (a bitmap "or") and reads only the versions of that jurisdiction's concerns.
-- Runs unchanged on H2 and PostgreSQL.

CREATE INDEX ix_concern_aud_affected ON concern_aud (affected_jurisdiction_id);
CREATE INDEX ix_concern_aud_accessing ON concern_aud (accessing_jurisdiction_id);
