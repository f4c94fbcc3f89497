-- Nexus PostgreSQL schema, version 1. SCHEMA.md in Nexus.Storage describes every table.
-- Every document-owned table carries document_id and leads its primary key with it: the
-- distribution key, so that the schema can be sharded by document (e.g. with Citus) as it is.
-- entities, entity_aliases, entity_refs, curations and curation_targets are reference tables.

CREATE TABLE documents (
    id text PRIMARY KEY,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    text text NOT NULL,
    title text,
    publisher text,
    origin text,
    authors text NOT NULL,
    published date,
    published_time time,
    retrieved timestamptz,
    source text,
    format text,
    language text NOT NULL,
    marking text NOT NULL CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
    reliability text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
    credits text NOT NULL,
    length integer NOT NULL,
    mention_count integer NOT NULL,
    claim_count integer NOT NULL,
    ingested_at timestamptz NOT NULL,
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_published ON documents (published DESC NULLS LAST, seq);
CREATE INDEX documents_seq ON documents (seq);
CREATE INDEX documents_access ON documents (marking, reliability);

CREATE TABLE document_tokens (
    document_id text PRIMARY KEY REFERENCES documents (id),
    tokens bytea NOT NULL
);

CREATE TABLE sentences (
    document_id text NOT NULL REFERENCES documents (id),
    ordinal integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    first_token integer NOT NULL,
    token_count integer NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (span_start <= span_end)
);

CREATE TABLE document_entities (
    document_id text NOT NULL REFERENCES documents (id),
    entity_key text NOT NULL,
    ordinal integer NOT NULL,
    type text NOT NULL,
    kind text,
    name text NOT NULL,
    aliases text NOT NULL,
    refs text NOT NULL,
    PRIMARY KEY (document_id, entity_key)
);

CREATE TABLE mentions (
    document_id text NOT NULL REFERENCES documents (id),
    ordinal integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    text text NOT NULL,
    type text NOT NULL,
    kind text,
    confidence double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    source text NOT NULL,
    canonical text,
    refs text NOT NULL,
    entity_key text,
    PRIMARY KEY (document_id, ordinal),
    FOREIGN KEY (document_id, entity_key) REFERENCES document_entities (document_id, entity_key),
    CHECK (span_start <= span_end)
);

CREATE TABLE time_expressions (
    document_id text NOT NULL REFERENCES documents (id),
    ordinal integer NOT NULL,
    text text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    date_start date,
    date_end date,
    granularity text NOT NULL,
    qualifier text NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (span_start <= span_end)
);

CREATE TABLE claims (
    document_id text NOT NULL REFERENCES documents (id),
    claim_id text NOT NULL,
    ordinal integer NOT NULL,
    subject text NOT NULL,
    predicate text NOT NULL,
    object text,
    role text,
    item text,
    kinds text NOT NULL,
    count_value integer,
    time_text text,
    time_span_start integer,
    time_span_end integer,
    time_start date,
    time_end date,
    time_granularity text,
    time_qualifier text,
    place text,
    modality text NOT NULL,
    likelihood text,
    polarity text NOT NULL,
    holder_text text NOT NULL,
    holder_kind text NOT NULL,
    holder_entity text,
    cue text,
    evidence_start integer NOT NULL,
    evidence_end integer NOT NULL,
    evidence_text text NOT NULL,
    trigger_start integer,
    trigger_end integer,
    confidence double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (document_id, claim_id),
    FOREIGN KEY (document_id, subject) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, object) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, place) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, holder_entity) REFERENCES document_entities (document_id, entity_key),
    CHECK (evidence_start <= evidence_end),
    CHECK ((time_text IS NULL) = (time_granularity IS NULL))
);
CREATE INDEX claims_predicate ON claims (predicate);

CREATE TABLE entities (
    id text PRIMARY KEY,
    type text NOT NULL,
    kind text,
    name text NOT NULL,
    name_key text NOT NULL,
    latitude double precision,
    longitude double precision,
    document_count integer NOT NULL DEFAULT 0,
    claim_count integer NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_key ON entities (name_key text_pattern_ops);

CREATE TABLE entity_aliases (
    entity_id text NOT NULL REFERENCES entities (id),
    ordinal integer NOT NULL,
    name text NOT NULL,
    source text NOT NULL,
    name_key text NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
);
CREATE INDEX entity_aliases_name_key ON entity_aliases (name_key text_pattern_ops);

CREATE TABLE entity_refs (
    entity_id text NOT NULL REFERENCES entities (id),
    ordinal integer NOT NULL,
    ref text NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
);
CREATE INDEX entity_refs_ref ON entity_refs (ref);

CREATE TABLE memberships (
    document_id text NOT NULL,
    entity_key text NOT NULL,
    entity_id text NOT NULL REFERENCES entities (id),
    reason text NOT NULL,
    score double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    PRIMARY KEY (document_id, entity_key),
    FOREIGN KEY (document_id, entity_key) REFERENCES document_entities (document_id, entity_key)
);
CREATE INDEX memberships_entity ON memberships (entity_id);

CREATE TABLE curations (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    action text NOT NULL,
    targets text NOT NULL,
    value text,
    reason text,
    analyst text,
    decided_at timestamptz NOT NULL
);

CREATE TABLE curation_targets (
    curation_seq bigint NOT NULL REFERENCES curations (seq),
    ordinal integer NOT NULL,
    target text NOT NULL,
    PRIMARY KEY (curation_seq, ordinal)
);
CREATE INDEX curation_targets_target ON curation_targets (target);
