-- Issue 7, API latency: each entity's claims (as subject or object) listed once per resolution, in
-- key order, with the entities every end of the claim resolves to. A profile counts and pages an
-- entity's claims from this one range, and joins no membership per claim. Derived, like entity_names
-- below: rebuilt by every resolution (ReplaceResolutionAsync); filled here from the stored resolution.
CREATE TABLE entity_claims (
    entity_id TEXT NOT NULL,
    predicate TEXT NOT NULL,
    document_seq INTEGER NOT NULL,            -- documents.seq
    ordinal INTEGER NOT NULL,                 -- claims.ordinal
    claim_id TEXT NOT NULL,
    published TEXT,                           -- the document's, for the store's claim order
    modality TEXT NOT NULL,
    with_role INTEGER NOT NULL,               -- 1 when the claim names a role
    subject_entity TEXT,
    object_entity TEXT,
    place_entity TEXT,
    holder_entity TEXT,
    PRIMARY KEY (entity_id, predicate, document_seq, ordinal)
) WITHOUT ROWID;

INSERT INTO entity_claims (entity_id, predicate, document_seq, ordinal, claim_id, published, modality, with_role,
    subject_entity, object_entity, place_entity, holder_entity)
SELECT m.entity_id, c.predicate, d.seq, c.ordinal, c.claim_id, d.published, c.modality, CASE WHEN c.role <> '' THEN 1 ELSE 0 END,
    ms.entity_id, mo.entity_id, mp.entity_id, mh.entity_id
FROM claims c
JOIN documents d ON d.id = c.document_id
JOIN memberships m ON m.document_id = c.document_id AND m.entity_key IN (c.subject, c.object)
LEFT JOIN memberships ms ON ms.document_id = c.document_id AND ms.entity_key = c.subject
LEFT JOIN memberships mo ON mo.document_id = c.document_id AND mo.entity_key = c.object
LEFT JOIN memberships mp ON mp.document_id = c.document_id AND mp.entity_key = c.place
LEFT JOIN memberships mh ON mh.document_id = c.document_id AND mh.entity_key = c.holder_entity
-- once per entity: an object that resolves to the subject's entity adds no second row
WHERE m.entity_key = c.subject OR ms.entity_id IS NULL OR ms.entity_id <> m.entity_id;

-- Entity lookup: names and aliases by trigram, so that a key found anywhere inside a name needs no
-- scan of every name (SqliteStore.FindEntities). Derived, rebuilt with the resolution.
CREATE VIRTUAL TABLE entity_names USING fts5 (name_key, entity_id UNINDEXED, name UNINDEXED, alias UNINDEXED, tokenize = 'trigram');
INSERT INTO entity_names (entity_id, name, alias, name_key)
SELECT e.id, e.name, 0, e.name_key FROM entities e
UNION ALL
SELECT a.entity_id, a.name, 1, a.name_key FROM entity_aliases a;

-- The covering indexes of migration 0003 served the search for an entity's claims that entity_claims replaces.
DROP INDEX claims_subject;
DROP INDEX claims_object;
