-- The journal as first released: one row per job, one row per input item.
CREATE TABLE jobs (
    id TEXT PRIMARY KEY, operation TEXT NOT NULL, target_id TEXT NOT NULL, target_name TEXT NOT NULL,
    proficiency REAL, requested_by TEXT, undo_of TEXT, resolution TEXT NOT NULL, status TEXT NOT NULL,
    created_at TEXT NOT NULL, finished_at TEXT, calls INTEGER NOT NULL, http429 INTEGER NOT NULL, error TEXT);
CREATE TABLE items (
    job_id TEXT NOT NULL REFERENCES jobs(id), idx INTEGER NOT NULL, identifier TEXT NOT NULL, user_id TEXT,
    user_name TEXT, action TEXT NOT NULL, was_present INTEGER NOT NULL, proficiency_before REAL,
    proficiency REAL, status TEXT NOT NULL, note TEXT, error TEXT, updated_at TEXT NOT NULL,
    PRIMARY KEY (job_id, idx));
CREATE INDEX jobs_created ON jobs(created_at);
