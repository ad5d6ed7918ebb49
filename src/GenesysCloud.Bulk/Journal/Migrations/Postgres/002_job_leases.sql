-- A running job's claim: who runs it and until when (renewed while it runs). A row with a null token is free.
CREATE TABLE job_leases (
    job_id text PRIMARY KEY, holder text, token text, expires_at timestamptz, claimed_at timestamptz);
