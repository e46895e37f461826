-- Per linked pair, what each system stored of a value the sync wrote when it stored it in another form (Genesys
-- Cloud drops a phone extension too long for it, for example): JSON {"GENESYS":{"mobilePhone":{"written":...,
-- "stored":...}}}. Reading such a value back is not an edit (io.contactsync.model.Echoes). NULL: none.
ALTER TABLE contact_link ADD COLUMN base_echoes TEXT;
