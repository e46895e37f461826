-- A mass-disappearance hold names the object whose links vanished: a cycle's passes (organizations, then contacts)
-- each guard their own links, so a pass that finds nothing gone clears only its own object's hold, and a confirmation
-- is used by the pass of the object it was held for.
ALTER TABLE disappearance_hold ADD COLUMN mapped_object VARCHAR(16) NOT NULL DEFAULT 'CONTACT';
CREATE INDEX ix_disappearance_hold_object ON disappearance_hold (mapped_object, status);
