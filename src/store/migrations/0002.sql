-- pira dataset, schema version 2: the round trip with the department heads (docs/round-trip.md).
-- A dataset gets an identity of its own, so a workbook exported from another dataset is known
-- for what it is; every export and every return is recorded.

CREATE TABLE dataset_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO dataset_info (key, value) VALUES ('dataset_id', lower(hex(randomblob(16))));

CREATE TABLE exports (
    id             INTEGER PRIMARY KEY,
    export_id      TEXT NOT NULL UNIQUE,     -- random, written in the workbook's _pira sheet
    ente           TEXT NOT NULL,
    year           INTEGER NOT NULL,
    mode           TEXT NOT NULL,            -- 'consuntivo' or 'proposta'
    department     TEXT NOT NULL,            -- as the dataset writes it ('' for none)
    department_key TEXT NOT NULL,            -- folded, for comparisons
    file_name      TEXT NOT NULL,
    exported_at    TEXT NOT NULL,
    signature      TEXT NOT NULL,            -- the _pira sheet's firma
    superseded_by  INTEGER REFERENCES exports(id)
);

CREATE TABLE export_rows (
    export_id    INTEGER NOT NULL REFERENCES exports(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    sheet_row    INTEGER NOT NULL,           -- 1-based row on the Indicatori sheet
    row_hash     TEXT NOT NULL,              -- SHA-256 of the locked fields as written
    locked       TEXT NOT NULL,              -- the locked fields as written, JSON {header: text}
    PRIMARY KEY (export_id, indicator_id)
);

CREATE TABLE returns (
    id             INTEGER PRIMARY KEY,
    export_id      INTEGER NOT NULL REFERENCES exports(id),
    document_id    INTEGER NOT NULL REFERENCES documents(id),
    file_name      TEXT NOT NULL,
    returned_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    values_new     INTEGER NOT NULL,
    values_changed INTEGER NOT NULL,
    values_empty   INTEGER NOT NULL,
    rows_added     INTEGER NOT NULL
);

CREATE INDEX exports_by_department ON exports(department_key, mode, year);
