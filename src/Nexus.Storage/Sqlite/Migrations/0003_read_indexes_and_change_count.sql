-- Issue 7, API latency: an entity's claims are found through its memberships by (document, subject)
-- and (document, object) alone, and counted and ordered from these indexes without reading a claim row.
CREATE INDEX claims_subject ON claims (document_id, subject, predicate, modality, ordinal, role);
CREATE INDEX claims_object ON claims (document_id, object, predicate, modality, ordinal, role);

-- Every committed write adds one (WriteScope.CommitAsync), so readers key caches on it.
CREATE TABLE change_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    changes INTEGER NOT NULL
);
INSERT INTO change_count (id, changes) VALUES (1, 0);
