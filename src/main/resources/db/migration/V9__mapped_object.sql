-- A cycle syncs two objects, each in its own pass: Salesforce Contacts with Genesys Cloud external contacts, and
-- Salesforce Accounts with Genesys Cloud external organizations (io.contactsync.model.MappedObject). Every row names
-- the object it belongs to, so that a pass counts, lists and settles only its own rows (a contact pass must not take
-- the organizations' links for vanished contacts) and an operator can filter by object. Record ids are unique across
-- objects (Salesforce ids carry their object's prefix, Genesys Cloud ids are UUIDs): the unique ids stay as they are.
-- Rows written before this version are contacts.
ALTER TABLE contact_link ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
ALTER TABLE sync_conflict ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
ALTER TABLE sync_journal ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
ALTER TABLE dead_letter ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
ALTER TABLE review_item ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
ALTER TABLE refetch_request ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';

-- What a pass counts and lists: its links by status (the disappearance guard), the operator's lists by status and
-- time, the requested records due.
CREATE INDEX ix_contact_link_object_status ON contact_link (mapped_object, status, pair_id);
CREATE INDEX ix_sync_conflict_object_status ON sync_conflict (mapped_object, status, detected_at);
CREATE INDEX ix_sync_journal_object_run ON sync_journal (mapped_object, run_id);
CREATE INDEX ix_dead_letter_object_status ON dead_letter (mapped_object, status, created_at);
CREATE INDEX ix_review_item_object_status ON review_item (mapped_object, status, created_at);
CREATE INDEX ix_refetch_request_object_due ON refetch_request (mapped_object, next_attempt_at);

-- One OPEN review item per object, kind and correlation key: the open key names the object first (an organization's
-- key may equal a contact's), and grows by the longest object name.
ALTER TABLE review_item ALTER COLUMN open_key SET DATA TYPE VARCHAR(320);
UPDATE review_item SET open_key = 'CONTACT:' || open_key WHERE open_key IS NOT NULL;

-- Each object's passes keep their own watermarks: keyed by object and side. A new table (the portable way to change
-- a primary key), the contacts' watermarks copied as they are, the organizations' rows there from the start, empty.
CREATE TABLE sync_watermark_by_object (
    mapped_object  VARCHAR(16)  NOT NULL,
    side           VARCHAR(16)  NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE,
    last_id        VARCHAR(64),
    updated_at     TIMESTAMP WITH TIME ZONE,
    mapped_fields  VARCHAR(64),
    CONSTRAINT pk_sync_watermark PRIMARY KEY (mapped_object, side)
);
INSERT INTO sync_watermark_by_object (mapped_object, side, modified_at, last_id, updated_at, mapped_fields)
    SELECT 'CONTACT', side, modified_at, last_id, updated_at, mapped_fields FROM sync_watermark;
INSERT INTO sync_watermark_by_object (mapped_object, side) VALUES ('ORGANIZATION', 'SALESFORCE');
INSERT INTO sync_watermark_by_object (mapped_object, side) VALUES ('ORGANIZATION', 'GENESYS');
DROP TABLE sync_watermark;
ALTER TABLE sync_watermark_by_object RENAME TO sync_watermark;
