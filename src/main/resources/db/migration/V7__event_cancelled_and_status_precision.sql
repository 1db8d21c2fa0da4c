-- Timelines: an expected step that did not happen, and the precision of a measure's current status date.
-- Runs unchanged on H2 and PostgreSQL.

-- An expected step (an effective date, a deadline) that will not come: enjoined first, cancelled, superseded. It stays
-- expected (it never happened), is no longer awaited, and never becomes the measure's current status.
ALTER TABLE policy_event ADD COLUMN cancelled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE policy_event ADD CONSTRAINT ck_policy_event_cancelled CHECK (expected OR NOT cancelled);

-- "In force since January 2021", not "since 2021-01-01": the precision of the latest happened event, kept with its
-- date by the same versionless status update.
ALTER TABLE policy_measure ADD COLUMN current_since_precision VARCHAR(5);
UPDATE policy_measure SET current_since_precision = COALESCE((
        SELECT e.date_precision FROM policy_event e
        WHERE e.measure_id = policy_measure.id AND e.expected = FALSE AND e.period_start = policy_measure.current_since
        -- at the same start the narrowest date is the latest, as the application orders dates
        ORDER BY CASE e.date_precision WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, e.id DESC
        FETCH FIRST 1 ROWS ONLY), 'DAY')
    WHERE current_since IS NOT NULL;
ALTER TABLE policy_measure ADD CONSTRAINT ck_policy_measure_current_since
    CHECK ((current_since IS NULL) = (current_since_precision IS NULL));
