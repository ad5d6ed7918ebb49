-- A new job's items beyond its first are written in its transaction as one JSON array (rows in the order of the items
-- columns), then stored as rows while the job runs; null once they all are. A journal opened after a crash stores what is left.
ALTER TABLE jobs ADD COLUMN staged_items TEXT;
