-- Accounts an organisation can trust: a password change the user must make, and the registry of signed-in sessions.
-- Runs unchanged on H2 and PostgreSQL.

-- Set for the bootstrap admin and after an admin resets a password: the next sign-in leads only to choosing a new one.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per signed-in session, whichever node holds it. Users and admins see and end sessions through it, and every
-- request of a session is checked against it: a row ended here ends the session at its next request, on any node.
CREATE TABLE user_session (
    -- a random key kept in the HTTP session; never the servlet session id, which would let a reader take the session
    id               VARCHAR(43)  PRIMARY KEY,
    user_id          BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_active_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_agent       VARCHAR(300),
    address          VARCHAR(45),
    second_factor_at TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    ended_by         VARCHAR(50),
    end_reason       VARCHAR(20),
    CONSTRAINT ck_user_session_end CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT ck_user_session_end_reason CHECK (end_reason IN ('SIGNED_OUT', 'ENDED', 'TIMED_OUT', 'EXPIRED',
        'USER_DISABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET'))
);
CREATE INDEX ix_user_session_user ON user_session (user_id, ended_at);
