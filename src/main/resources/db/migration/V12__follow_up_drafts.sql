-- A coordination entry or a referral being typed on a case page, saved a moment after typing stops,
-- so that an expired session or a closed tab loses nothing. One per author, form and case; the
-- text is one encrypted payload (the field encryption of the case's own free text). Recording the
-- entry or sending the referral deletes it in the same transaction; drafts not continued are
-- deleted after the retention period of intake drafts.
CREATE TABLE follow_up_draft (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    author_id   BIGINT       NOT NULL,
    form        VARCHAR(16)  NOT NULL,
    incident_id BIGINT       NOT NULL,
    payload_enc MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_follow_up_draft UNIQUE (author_id, form, incident_id),
    CONSTRAINT fk_follow_up_draft_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_follow_up_draft_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_draft_updated ON follow_up_draft (updated_at);
