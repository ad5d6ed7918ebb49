-- Items keep the input line they came from (1-based line of the pasted text or CSV file; null for picked users
-- and for items journaled before this version), and ring number jobs their ring number before and the one set.
ALTER TABLE items ADD COLUMN line integer, ADD COLUMN ring_number_before integer, ADD COLUMN ring_number integer;
