-- Jobs record the org they changed; older jobs keep a null org.
ALTER TABLE jobs ADD COLUMN org TEXT;
