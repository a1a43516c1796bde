-- pira dataset, schema version 3: views with typed columns, so an office can query pira.db from
-- any SQLite client or spreadsheet connector without knowing the facts table (docs/dataset.md).
-- Column names are Italian, as the office reads them; the tables stay as they are.

-- Every current value: one row per indicator and field, with its number when it is one.
CREATE VIEW v_valori AS
SELECT i.id AS indicator_id,
       i.ente AS ente,
       i.year AS anno,
       i.objective_code AS codice_obiettivo,
       f.field AS campo,
       f.text AS testo,
       f.value AS valore,
       CASE
           WHEN f.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN NULL
           WHEN f.value GLOB '*[0-9]*' AND f.value NOT GLOB '*[^0-9.%-]*'
               THEN CAST(REPLACE(f.value, '%', '') AS REAL)
       END AS numero,
       CASE WHEN f.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN f.value END
           AS data,
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
       COALESCE(MAX(CASE WHEN v.campo = 'actual' THEN v.fonte END), MIN(v.fonte)) AS fonte
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
       v.fonte
FROM v_valori v
WHERE v.campo GLOB 'target_[0-9][0-9][0-9][0-9]';
