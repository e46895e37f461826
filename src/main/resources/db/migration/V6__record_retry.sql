-- A record whose write failed is remembered here and read again by id on a later cycle, whatever the watermarks
-- say, until its pair syncs: attempts counts the failed attempts, next_attempt_at is when a cycle may try again
-- (growing back-off; NULL when retrying cannot help, e.g. a validation error: the record then waits for an edit on
-- either side), failed_at is the last failure, so a cycle does not settle a request that failed during it.
ALTER TABLE refetch_request ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE refetch_request ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE refetch_request ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE refetch_request ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
UPDATE refetch_request SET next_attempt_at = requested_at;
CREATE INDEX ix_refetch_request_due ON refetch_request (next_attempt_at);

-- The record a dead letter's write came from (a failed create has no id on its target yet): one OPEN dead letter
-- per record and failure, found by this when the target id is unknown, and resolved once the record syncs.
ALTER TABLE dead_letter ADD COLUMN source_side VARCHAR(16);
ALTER TABLE dead_letter ADD COLUMN source_record_id VARCHAR(64);
CREATE INDEX ix_dead_letter_source ON dead_letter (source_side, source_record_id, status);
