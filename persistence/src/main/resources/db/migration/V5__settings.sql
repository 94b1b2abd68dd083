-- Register-wide settings, such as the organisation name printed on attestation reports.
-- One row per key; values are short text. Portable SQL (H2 and PostgreSQL).
CREATE TABLE setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
