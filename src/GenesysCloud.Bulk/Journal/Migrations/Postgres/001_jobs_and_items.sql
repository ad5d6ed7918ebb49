-- The journal: one row per job, one row per input item (the SQLite journal's schema at its version 2).
CREATE TABLE jobs (
    id text PRIMARY KEY, seq bigint GENERATED ALWAYS AS IDENTITY, operation text NOT NULL, target_id text NOT NULL,
    target_name text NOT NULL, proficiency double precision, requested_by text, undo_of text, resolution text NOT NULL,
    status text NOT NULL, created_at timestamptz NOT NULL, finished_at timestamptz, calls integer NOT NULL,
    http429 integer NOT NULL, error text, org text);
CREATE TABLE items (
    job_id text NOT NULL REFERENCES jobs(id), idx integer NOT NULL, identifier text NOT NULL, user_id text,
    user_name text, action text NOT NULL, was_present boolean NOT NULL, proficiency_before double precision,
    proficiency double precision, status text NOT NULL, note text, error text, updated_at timestamptz NOT NULL,
    PRIMARY KEY (job_id, idx));
CREATE INDEX jobs_created ON jobs(created_at);
