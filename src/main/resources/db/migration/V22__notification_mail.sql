-- Notifications by e-mail (issue 17).

-- Where a user's mail goes. Optional: without it, or without an SMTP server, notifications stay in the app.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user_aud ADD COLUMN email VARCHAR(254);

-- How a user wants to hear of each reason for a notification, when not in the app only (the default, no row):
-- an e-mail at once, or a daily digest.
CREATE TABLE notification_delivery (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    reason   VARCHAR(30) NOT NULL,
    delivery VARCHAR(10) NOT NULL CHECK (delivery IN ('INSTANT', 'DIGEST')),
    PRIMARY KEY (user_id, reason)
);

-- Decided when the notification is written (from the recipient's choice, their address and whether mail is set up),
-- so that a later change of mind does not mail old news; mailed_at is set once it went out, or was skipped because
-- it had been read in the app already.
ALTER TABLE notification ADD COLUMN delivery VARCHAR(10);
ALTER TABLE notification ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
-- The mail jobs' queue: rows to mail, oldest first.
CREATE INDEX ix_notification_to_mail ON notification (delivery, mailed_at, id);
