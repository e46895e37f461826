-- Records the next sync cycle must read whatever its watermarks say: two records an operator linked or declared
-- distinct, or a record whose read failed and now reads fine. The cycle fetches them by id, pairs them with what it
-- polled, and removes the request once it read them.
CREATE TABLE refetch_request (
    side          VARCHAR(16)  NOT NULL,
    record_id     VARCHAR(64)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (side, record_id)
);
