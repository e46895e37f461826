-- An operator may override a policy's decision (an AUTO_RESOLVED conflict): the policy's winner and value are kept
-- here as the audit, while winner and chosen_value take the operator's.
ALTER TABLE sync_conflict ADD COLUMN overridden_winner VARCHAR(16);
ALTER TABLE sync_conflict ADD COLUMN overridden_value TEXT;
-- An OPEN conflict is recorded once per pair and field and updated by each cycle that finds it again.
ALTER TABLE sync_conflict ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_sync_conflict_pair_field ON sync_conflict (pair_id, field_name, status);
