-- pira dataset, schema version 4: every value typed once, when it is loaded. Beside its text
-- (as written) and its machine form, a fact keeps its kind, its comparator, its number, the
-- decimals as written and its unit (model/typed_value.hpp), so pira reads values back without
-- parsing their text again and the views give numbers without guessing them from text.
-- Facts of datasets loaded before this version are typed by pira as it opens them (the
-- migration's second step, store/dataset.cpp).
-- A document's year may be NULL: a table whose rows span several years (schema 1 required one,
-- so such a table could not be loaded). SQLite cannot drop a NOT NULL, so the table is rebuilt,
-- as its documentation describes (migrate() turns foreign keys off around it and checks them).

ALTER TABLE facts ADD COLUMN kind TEXT;        -- 'numero', 'data', 'si/no', 'N/D', 'testo'; NULL: not a value
ALTER TABLE facts ADD COLUMN op TEXT;          -- a target's comparator ('>=', '<=', '=', '>', '<'); '' for none
ALTER TABLE facts ADD COLUMN number REAL;      -- the number of a quantity (percent points for '%'); 1/0 for si/no
ALTER TABLE facts ADD COLUMN decimals INTEGER; -- decimal digits as written
ALTER TABLE facts ADD COLUMN unit TEXT;        -- the quantity's unit id ('%', 'n.', 'gg'...)
ALTER TABLE history ADD COLUMN kind TEXT;
ALTER TABLE history ADD COLUMN op TEXT;
ALTER TABLE history ADD COLUMN number REAL;
ALTER TABLE history ADD COLUMN decimals INTEGER;
ALTER TABLE history ADD COLUMN unit TEXT;

DROP VIEW v_target;
DROP VIEW v_indicatori;
DROP VIEW v_valori;

CREATE TABLE documents_v4 (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,             -- 'csv', 'jsonl', 'pdf', 'xlsx', ...
    ente        TEXT NOT NULL,
    title       TEXT NOT NULL,             -- the `document` column, e.g. 'PIRA 2026'
    year        INTEGER,                   -- NULL: the rows span several years
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    replaced_by INTEGER REFERENCES documents(id)
);
INSERT INTO documents_v4 (id, file_name, sha256, kind, ente, title, year, loaded_at, replaced_by)
SELECT id, file_name, sha256, kind, ente, title, year, loaded_at, replaced_by FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v4 RENAME TO documents;

-- Every current value: one row per indicator and field, typed.
CREATE VIEW v_valori AS
SELECT i.id AS indicator_id,
       i.ente AS ente,
       i.year AS anno,
       i.objective_code AS codice_obiettivo,
       f.field AS campo,
       f.text AS testo,
       f.value AS valore,
       CASE WHEN f.kind = 'numero' THEN f.number END AS numero,
       CASE WHEN f.kind = 'data' THEN SUBSTR(f.value, LENGTH(f.value) - 9) END AS data,
       f.kind AS tipo,
       NULLIF(f.op, '') AS operatore,
       f.unit AS unita,
       d.title AS documento,
       d.file_name AS file,
       f.source_ref AS fonte
FROM facts f
JOIN indicators i ON i.id = f.indicator_id
JOIN documents d ON d.id = f.document_id;

-- One row per indicator: its place in the tree, its target for its year, weight and actual.
CREATE VIEW v_indicatori AS
SELECT i.id AS indicator_id,
       i.stable_id AS id_stabile,
       i.ente AS ente,
       i.year AS anno,
       MAX(CASE WHEN v.campo = 'document' THEN v.testo END) AS documento,
       MAX(CASE WHEN v.campo = 'area' THEN v.valore END) AS area,
       MAX(CASE WHEN v.campo = 'strategic_objective' THEN v.valore END) AS obiettivo_strategico,
       i.objective_code AS codice_obiettivo,
       MAX(CASE WHEN v.campo = 'objective_name' THEN v.testo END) AS obiettivo,
       MAX(CASE WHEN v.campo = 'department' THEN v.testo END) AS area_responsabilita,
       MAX(CASE WHEN v.campo = 'indicator_code' THEN v.valore END) AS codice_indicatore,
       MAX(CASE WHEN v.campo = 'indicator_name' THEN v.testo END) AS indicatore,
       MAX(CASE WHEN v.campo = 'unit' THEN v.valore END) AS udm,
       COALESCE(MAX(CASE WHEN v.campo = 'target' THEN v.testo END),
                MAX(CASE WHEN v.campo = 'target_' || i.year THEN v.testo END)) AS target,
       COALESCE(MAX(CASE WHEN v.campo = 'target' THEN v.valore END),
                MAX(CASE WHEN v.campo = 'target_' || i.year THEN v.valore END)) AS target_valore,
       MAX(CASE WHEN v.campo = 'weight' THEN v.numero END) AS peso,
       MAX(CASE WHEN v.campo = 'actual' THEN v.testo END) AS consuntivo,
       MAX(CASE WHEN v.campo = 'actual' THEN v.numero END) AS consuntivo_numero,
       MAX(CASE WHEN v.campo = 'actual' THEN v.data END) AS consuntivo_data,
       MAX(CASE WHEN v.campo = 'performance' THEN v.numero END) AS performance_pubblicata,
       MAX(CASE WHEN v.campo = 'note' THEN v.testo END) AS note,
       COALESCE(MAX(CASE WHEN v.campo = 'actual' THEN v.fonte END), MIN(v.fonte)) AS fonte,
       COALESCE(MAX(CASE WHEN v.campo = 'target' THEN v.operatore END),
                MAX(CASE WHEN v.campo = 'target_' || i.year THEN v.operatore END))
           AS target_operatore,
       COALESCE(MAX(CASE WHEN v.campo = 'target' THEN v.numero END),
                MAX(CASE WHEN v.campo = 'target_' || i.year THEN v.numero END)) AS target_numero,
       COALESCE(MAX(CASE WHEN v.campo = 'target' THEN v.data END),
                MAX(CASE WHEN v.campo = 'target_' || i.year THEN v.data END)) AS target_data
FROM indicators i
LEFT JOIN v_valori v ON v.indicator_id = i.id
GROUP BY i.id;

-- The targets of every plan year: one row per indicator and year.
CREATE VIEW v_target AS
SELECT v.indicator_id,
       v.ente,
       v.anno,
       v.codice_obiettivo,
       (SELECT f.text FROM facts f WHERE f.indicator_id = v.indicator_id
          AND f.field = 'indicator_name') AS indicatore,
       CAST(SUBSTR(v.campo, 8) AS INTEGER) AS anno_target,
       v.testo AS target,
       v.valore AS target_valore,
       v.fonte,
       v.operatore AS target_operatore,
       v.numero AS target_numero,
       v.data AS target_data
FROM v_valori v
WHERE v.campo GLOB 'target_[0-9][0-9][0-9][0-9]';
