-- Items of a job that changes several things (copying one person's skills and languages) name the skill or language
-- each one changes; null for the items of every other job, which change the job's target.
ALTER TABLE items ADD COLUMN target_id TEXT;
