-- Coordination of the nodes of a cluster through the database, which every node shares (issue 12).

-- One row per run of a scheduled job and period (a day, a minute of a schedule): the node that inserts
-- it runs the job; the others find the key taken and skip. Kept as the history of who ran what.
CREATE TABLE job_run (
    job         VARCHAR(64)  NOT NULL,
    period      VARCHAR(40)  NOT NULL,
    node        VARCHAR(128) NOT NULL,
    started_at  DATETIME(3)  NOT NULL,
    finished_at DATETIME(3),
    outcome     VARCHAR(255),
    PRIMARY KEY (job, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sign-ins in progress (the password was right, the second factor is still to come). Only a SHA-256
-- hash of the ticket is stored: whoever reads the table cannot redeem a ticket. Any node can finish
-- a sign-in another node began.
CREATE TABLE sign_in_ticket (
    ticket_hash CHAR(64)    NOT NULL,
    username    VARCHAR(64) NOT NULL,
    role        VARCHAR(32) NOT NULL,
    complete    TINYINT(1)  NOT NULL DEFAULT 0,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (ticket_hash),
    KEY ix_sign_in_ticket_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "End every session of this account signed in before this time" (disabled, password reset, role
-- changed), read by every node within seconds. keep_session_hash spares the session that asked
-- (a user changing their own password stays signed in there).
CREATE TABLE session_revocation (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    username          VARCHAR(64) NOT NULL,
    keep_session_hash CHAR(64),
    revoked_at        DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_session_revocation_at (revoked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
