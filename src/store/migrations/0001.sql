-- pira dataset, schema version 1 (the initial schema).
-- Identity and values are kept apart: an indicator is identified by a stable id, and every
-- value it has (target of a year, weight, actual...) is a fact with its own provenance, so the
-- PIRA that sets a target and the Relazione that reports the actual can both feed one row.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,             -- 'csv', 'jsonl' (later 'pdf', 'xlsx', ...)
    ente        TEXT NOT NULL,
    title       TEXT NOT NULL,             -- the `document` column, e.g. 'PIRA 2026'
    year        INTEGER NOT NULL,
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    replaced_by INTEGER REFERENCES documents(id)
);

CREATE TABLE indicators (
    id             INTEGER PRIMARY KEY,
    stable_id      TEXT NOT NULL UNIQUE,   -- hash of ente, year, objective code, indicator key
    ente           TEXT NOT NULL,
    year           INTEGER NOT NULL,
    objective_code TEXT NOT NULL,
    indicator_key  TEXT NOT NULL,          -- canonical indicator code, or the folded name
    position       INTEGER NOT NULL        -- order of first appearance, for stable output
);

CREATE TABLE facts (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    field        TEXT NOT NULL,            -- a canonical-table column name
    text         TEXT NOT NULL,            -- as written in the source
    value        TEXT NOT NULL,            -- machine form ('' when the text has none)
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    source_ref   TEXT NOT NULL,
    PRIMARY KEY (indicator_id, field)
);

CREATE TABLE history (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id),
    field           TEXT NOT NULL,
    text            TEXT NOT NULL,
    value           TEXT NOT NULL,
    document_id     INTEGER NOT NULL REFERENCES documents(id),
    source_ref      TEXT NOT NULL,
    replaced_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    replaced_by_doc INTEGER REFERENCES documents(id)  -- NULL: the row was dropped
);

CREATE INDEX facts_by_document ON facts(document_id);
CREATE INDEX indicators_by_year ON indicators(ente, year);
