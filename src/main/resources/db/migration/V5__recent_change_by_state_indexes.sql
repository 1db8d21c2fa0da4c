-- A viewer's "recent changes" are published items newest first: an index on (state, modified_at) gives them in that
-- order without sorting every published row (H2 otherwise chose the state index and sorted).
CREATE INDEX ix_concern_state_modified_at ON concern (state, modified_at);
CREATE INDEX ix_policy_measure_state_modified_at ON policy_measure (state, modified_at);
