-- Waymark schema, version 3: the optional second factor (TOTP, RFC 6238) with recovery codes,
-- and each role's second-factor policy.

-- The authenticator secret (Base32, as the authenticator app shows it); pending while the
-- user has not yet confirmed it with a first code. The last accepted time step stops a code
-- from being used twice.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN totp_pending_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN totp_enabled_at DATETIME(6);
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;

-- Single-use codes for a lost authenticator. Stored as SHA-256: they carry 80 random bits.
CREATE TABLE recovery_code (
    user_id   BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6),
    PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- OPTIONAL: the holder decides. KEEP_ONCE_ENROLLED: once enrolled, the holder cannot turn it
-- off. REQUIRED: holders who have not enrolled can do nothing but enrol.
ALTER TABLE app_role ADD COLUMN second_factor VARCHAR(24) NOT NULL DEFAULT 'OPTIONAL';
UPDATE app_role SET second_factor = 'KEEP_ONCE_ENROLLED' WHERE code IN ('ADMINISTRATOR', 'SECURITY_ANALYST');
