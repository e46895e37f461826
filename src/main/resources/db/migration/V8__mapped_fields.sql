-- Per side, the mapped fields (a fingerprint of their names, types and places on both sides) that the side's last
-- completed cycle read. When the mapping's fields change, the next cycle reads the side in full, so a field added to
-- a running deployment settles for every pair, not only for the contacts edited since. NULL: not recorded yet.
ALTER TABLE sync_watermark ADD COLUMN mapped_fields VARCHAR(64);
