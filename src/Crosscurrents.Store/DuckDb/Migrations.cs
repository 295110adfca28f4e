namespace Crosscurrents.Store.DuckDb;

/// <summary>The store's schema, as numbered migrations applied in order. Never edit a published migration: add one.</summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> All =
    [
        (1, "events, import batches", """
            CREATE TABLE import_batches (
                id VARCHAR PRIMARY KEY,
                file VARCHAR NOT NULL,
                file_sha256 VARCHAR NOT NULL,
                format VARCHAR NOT NULL,
                dataset VARCHAR NOT NULL,
                dataset_version VARCHAR NOT NULL,
                started_at TIMESTAMPTZ NOT NULL,
                records_read BIGINT NOT NULL,
                imported BIGINT NOT NULL,
                updated BIGINT NOT NULL,
                unchanged BIGINT NOT NULL,
                rejected BIGINT NOT NULL
            );
            -- No PRIMARY KEY on id: imports keep ids unique (the merge in ImportSession), and an ART index on a
            -- million-row VARCHAR key tripled the time of a large import.
            CREATE TABLE events (
                id VARCHAR NOT NULL,
                dataset VARCHAR NOT NULL,
                dataset_version VARCHAR NOT NULL,
                source_id VARCHAR NOT NULL,
                date_start DATE NOT NULL,
                date_end DATE NOT NULL,
                date_precision TINYINT NOT NULL,
                country VARCHAR NOT NULL,
                province VARCHAR,
                district VARCHAR,
                place VARCHAR,
                source_province VARCHAR,
                source_district VARCHAR,
                latitude DOUBLE,
                longitude DOUBLE,
                location_precision INTEGER,
                side_a VARCHAR NOT NULL,
                side_a_actor VARCHAR,
                side_b VARCHAR NOT NULL,
                side_b_actor VARCHAR,
                violence_type TINYINT NOT NULL,
                event_type VARCHAR,
                fatalities_low INTEGER NOT NULL,
                fatalities_best INTEGER NOT NULL,
                fatalities_high INTEGER NOT NULL,
                deaths_a INTEGER,
                deaths_b INTEGER,
                deaths_civilians INTEGER,
                deaths_unknown INTEGER,
                source_text VARCHAR,
                content_hash VARCHAR NOT NULL,
                batch_id VARCHAR NOT NULL
            );
            """),
        (2, "timeline periods", """
            CREATE TABLE periods (
                date_start DATE NOT NULL,
                date_end DATE,
                kind VARCHAR NOT NULL,
                description VARCHAR NOT NULL,
                source_url VARCHAR
            );
            """),
        (3, "reported figures", """
            CREATE TABLE reported_figures (
                source_file VARCHAR NOT NULL,
                publisher VARCHAR NOT NULL,
                measure VARCHAR NOT NULL,
                country VARCHAR NOT NULL,
                province VARCHAR,
                period_start DATE NOT NULL,
                period_end DATE NOT NULL,
                quantity VARCHAR NOT NULL,
                value DOUBLE NOT NULL,
                source_url VARCHAR,
                note VARCHAR,
                revision INTEGER NOT NULL,
                origin VARCHAR NOT NULL
            );
            """),
        (4, "dataset coverage per import, cross-dataset links, settings", """
            ALTER TABLE import_batches ADD COLUMN completeness VARCHAR;
            ALTER TABLE import_batches ADD COLUMN cover_from DATE;
            ALTER TABLE import_batches ADD COLUMN cover_to DATE;
            ALTER TABLE import_batches ADD COLUMN cover_countries VARCHAR;
            ALTER TABLE import_batches ADD COLUMN cover_provinces VARCHAR;
            ALTER TABLE import_batches ADD COLUMN cover_kinds VARCHAR;
            ALTER TABLE import_batches ADD COLUMN cover_origin VARCHAR;
            ALTER TABLE import_batches ADD COLUMN cover_rule VARCHAR;
            CREATE TABLE event_links (
                event_id VARCHAR NOT NULL,
                incident_id VARCHAR NOT NULL,
                days INTEGER NOT NULL,
                rule VARCHAR NOT NULL
            );
            CREATE TABLE settings (
                key VARCHAR PRIMARY KEY,
                value VARCHAR NOT NULL
            );
            """),
        (5, "parties of timeline periods", """
            ALTER TABLE periods ADD COLUMN parties VARCHAR;
            """),
        (6, "history of changed and dropped events", """
            CREATE TABLE event_history AS SELECT *, ''::VARCHAR AS changed_by, ''::VARCHAR AS change, current_timestamp AS changed_at FROM events LIMIT 0;
            """),
        (7, "rejected records in the store", """
            CREATE TABLE rejects (
                batch_id VARCHAR NOT NULL,
                seq BIGINT NOT NULL,
                file VARCHAR NOT NULL,
                line INTEGER NOT NULL,
                field VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                record VARCHAR NOT NULL
            );
            """),
        // Imports accept dates from 1800 to 2100 at the widest; events stored before that check (e.g. dated 9999-12-31)
        // made every series fail. They move to the history as "quarantined": kept, shown by `events --history ID`.
        (8, "quarantine events dated outside 1800-01-01..2100-12-31", """
            INSERT INTO event_history
              SELECT *, 'schema-8', 'quarantined', current_timestamp FROM events
              WHERE date_start < DATE '1800-01-01' OR date_start > DATE '2100-12-31' OR date_end < DATE '1800-01-01' OR date_end > DATE '2100-12-31';
            DELETE FROM events
              WHERE date_start < DATE '1800-01-01' OR date_start > DATE '2100-12-31' OR date_end < DATE '1800-01-01' OR date_end > DATE '2100-12-31';
            """),
        (9, "monthly rollup of the events for counts and snapshots", Sql.EventRollupSql.Create("VARCHAR", "TINYINT", "HUGEINT") + Sql.EventRollupSql.Rebuild(DuckDbEventStore.HexToBigint)),
        // PostgreSQL drops its two date indexes at version 10; the DuckDB file never had them. Kept as a step so that
        // one version means the same tables in both backends.
        (10, "no secondary date indexes on the events", "SELECT 1;"),
        (11, "rollup by week within month (weekly counts from it too)", Sql.EventRollupSql.Rebuild(DuckDbEventStore.HexToBigint)),
    ];

    /// <summary>The event columns in table order (the staging table and the appender use the same order).</summary>
    public const string EventColumns =
        "id, dataset, dataset_version, source_id, date_start, date_end, date_precision, country, province, district, place, " +
        "source_province, source_district, latitude, longitude, location_precision, side_a, side_a_actor, side_b, side_b_actor, " +
        "violence_type, event_type, fatalities_low, fatalities_best, fatalities_high, deaths_a, deaths_b, deaths_civilians, " +
        "deaths_unknown, source_text, content_hash, batch_id";
}
