-- A running job's claim: who runs it and until when (renewed while it runs). Times are ISO 8601 UTC text,
-- which sorts as time. A row with a null token is free.
CREATE TABLE job_leases (
    job_id TEXT PRIMARY KEY, holder TEXT, token TEXT, expires_at TEXT, claimed_at TEXT);
