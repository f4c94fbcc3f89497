-- Nexus SQLite schema, version 1. SCHEMA.md beside Nexus.Storage.csproj describes every table.
-- Extracted rows are keyed by document_id and written once; derived rows (entities, aliases, refs,
-- memberships) are replaced as a whole by resolution; curations are append-only.

CREATE TABLE documents (
    seq INTEGER PRIMARY KEY,                  -- ingest order; the rowid of documents_fts
    id TEXT NOT NULL UNIQUE,                  -- sha256:<hex> of text
    text TEXT NOT NULL,
    title TEXT,
    publisher TEXT,
    origin TEXT,
    authors TEXT NOT NULL,                    -- JSON array of strings
    published TEXT,                           -- yyyy-MM-dd
    published_time TEXT,                      -- HH:mm:ss
    retrieved TEXT,                           -- UTC instant
    source TEXT,
    format TEXT,
    language TEXT NOT NULL,
    marking TEXT NOT NULL CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
    reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
    credits TEXT NOT NULL,                    -- JSON array of strings
    length INTEGER NOT NULL,
    mention_count INTEGER NOT NULL,
    claim_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published DESC, seq);
CREATE INDEX documents_access ON documents (marking, reliability);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Documents are never updated or deleted, so inserting is the only change the index follows.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE document_tokens (
    document_id TEXT PRIMARY KEY REFERENCES documents (id),
    tokens BLOB NOT NULL                      -- TokenCodec: every token of the document
);

CREATE TABLE sentences (
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    first_token INTEGER NOT NULL,
    token_count INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (span_start <= span_end)
) WITHOUT ROWID;

CREATE TABLE document_entities (
    document_id TEXT NOT NULL REFERENCES documents (id),
    entity_key TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    type TEXT NOT NULL,
    kind TEXT,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,                    -- JSON array of strings
    refs TEXT NOT NULL,                       -- JSON array of strings
    PRIMARY KEY (document_id, entity_key)
) WITHOUT ROWID;

CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    kind TEXT,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    source TEXT NOT NULL,
    canonical TEXT,
    refs TEXT NOT NULL,                       -- JSON array of strings
    entity_key TEXT,
    PRIMARY KEY (document_id, ordinal),
    FOREIGN KEY (document_id, entity_key) REFERENCES document_entities (document_id, entity_key),
    CHECK (span_start <= span_end)
) WITHOUT ROWID;

CREATE TABLE time_expressions (
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    date_start TEXT,
    date_end TEXT,
    granularity TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (span_start <= span_end)
) WITHOUT ROWID;

CREATE TABLE claims (
    document_id TEXT NOT NULL REFERENCES documents (id),
    claim_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT,
    role TEXT,
    item TEXT,
    kinds TEXT NOT NULL,                      -- JSON array of strings
    count_value INTEGER,
    time_text TEXT,
    time_span_start INTEGER,
    time_span_end INTEGER,
    time_start TEXT,
    time_end TEXT,
    time_granularity TEXT,
    time_qualifier TEXT,
    place TEXT,
    modality TEXT NOT NULL,
    likelihood TEXT,
    polarity TEXT NOT NULL,
    holder_text TEXT NOT NULL,
    holder_kind TEXT NOT NULL,
    holder_entity TEXT,
    cue TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,              -- the text at the evidence span, cut once at ingest
    trigger_start INTEGER,
    trigger_end INTEGER,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (document_id, claim_id),
    FOREIGN KEY (document_id, subject) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, object) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, place) REFERENCES document_entities (document_id, entity_key),
    FOREIGN KEY (document_id, holder_entity) REFERENCES document_entities (document_id, entity_key),
    CHECK (evidence_start <= evidence_end),
    CHECK ((time_text IS NULL) = (time_granularity IS NULL))
) WITHOUT ROWID;
CREATE INDEX claims_predicate ON claims (predicate);

-- Derived by resolution; replaced as a whole.
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    kind TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,                   -- NameKey.Fold(name)
    latitude REAL,
    longitude REAL,
    document_count INTEGER NOT NULL DEFAULT 0,
    claim_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX entities_name_key ON entities (name_key);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_name_key ON entity_aliases (name_key);

CREATE TABLE entity_refs (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    ordinal INTEGER NOT NULL,
    ref TEXT NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX entity_refs_ref ON entity_refs (ref);

CREATE TABLE memberships (
    document_id TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    reason TEXT NOT NULL,
    score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    PRIMARY KEY (document_id, entity_key),
    FOREIGN KEY (document_id, entity_key) REFERENCES document_entities (document_id, entity_key)
) WITHOUT ROWID;
CREATE INDEX memberships_entity ON memberships (entity_id);

-- The analyst's decisions: append-only, in the order they were added.
CREATE TABLE curations (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    action TEXT NOT NULL,
    targets TEXT NOT NULL,                    -- JSON array of strings
    value TEXT,
    reason TEXT,
    analyst TEXT,
    decided_at TEXT NOT NULL
);

CREATE TABLE curation_targets (
    curation_seq INTEGER NOT NULL REFERENCES curations (seq),
    ordinal INTEGER NOT NULL,
    target TEXT NOT NULL,                     -- an entity id or name, a claim id (sha256:…#c3), a publisher
    PRIMARY KEY (curation_seq, ordinal)
) WITHOUT ROWID;
CREATE INDEX curation_targets_target ON curation_targets (target);
