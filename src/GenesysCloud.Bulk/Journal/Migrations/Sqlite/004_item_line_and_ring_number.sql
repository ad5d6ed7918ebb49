-- Items keep the input line they came from (1-based line of the pasted text or CSV file; null for picked users
-- and for items journaled before this version), and ring number jobs their ring number before and the one set.
ALTER TABLE items ADD COLUMN line INTEGER;
ALTER TABLE items ADD COLUMN ring_number_before INTEGER;
ALTER TABLE items ADD COLUMN ring_number INTEGER;
