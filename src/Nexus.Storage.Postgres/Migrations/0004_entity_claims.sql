-- Issue 7, API latency: each entity's claims (as subject or object) listed once per resolution, in
-- key order, with the entities every end of the claim resolves to. A profile counts and pages an
-- entity's claims from this one range, and joins no membership per claim. Derived: rebuilt by every
-- resolution (ReplaceResolutionAsync); filled here from the stored resolution.
CREATE TABLE entity_claims (
    entity_id text NOT NULL,
    predicate text NOT NULL,
    document_seq bigint NOT NULL,             -- documents.seq
    ordinal integer NOT NULL,                 -- claims.ordinal
    claim_id text NOT NULL,
    published date,                           -- the document's, for the store's claim order
    modality text NOT NULL,
    with_role integer NOT NULL,               -- 1 when the claim names a role
    subject_entity text,
    object_entity text,
    place_entity text,
    holder_entity text,
    PRIMARY KEY (entity_id, predicate, document_seq, ordinal)
);

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

-- The covering indexes of migration 0003 served the search for an entity's claims that entity_claims replaces.
DROP INDEX claims_subject;
DROP INDEX claims_object;
