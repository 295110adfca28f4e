namespace Crosscurrents.Store.Postgres;

/// <summary>
/// The PostgreSQL schema, as numbered migrations applied in order, numbered like DuckDB's (<c>DuckDb/Migrations</c>)
/// so that one version means the same tables in both backends. Never edit a published migration: add one.
/// </summary>
/// <remarks>
/// Ids are <c>COLLATE "C"</c> so that <c>ORDER BY id</c> is the ordinal order snapshots hash in, whatever the
/// database's locale. PostgreSQL has no one-byte integer: the small codes are SMALLINT.
/// </remarks>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> All =
    [
        (1, "events, import batches", """
            CREATE TABLE import_batches (
                id TEXT COLLATE "C" PRIMARY KEY,
                file TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                format TEXT NOT NULL,
                dataset TEXT NOT NULL,
                dataset_version TEXT NOT NULL,
                started_at TIMESTAMPTZ NOT NULL,
                records_read BIGINT NOT NULL,
                imported BIGINT NOT NULL,
                updated BIGINT NOT NULL,
                unchanged BIGINT NOT NULL,
                rejected BIGINT NOT NULL
            );
            CREATE TABLE events (
                id TEXT COLLATE "C" PRIMARY KEY,
                dataset TEXT NOT NULL,
                dataset_version TEXT NOT NULL,
                source_id TEXT NOT NULL,
                date_start DATE NOT NULL,
                date_end DATE NOT NULL,
                date_precision SMALLINT NOT NULL,
                country TEXT NOT NULL,
                province TEXT,
                district TEXT,
                place TEXT,
                source_province TEXT,
                source_district TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                location_precision INTEGER,
                side_a TEXT NOT NULL,
                side_a_actor TEXT,
                side_b TEXT NOT NULL,
                side_b_actor TEXT,
                violence_type SMALLINT NOT NULL,
                event_type TEXT,
                fatalities_low INTEGER NOT NULL,
                fatalities_best INTEGER NOT NULL,
                fatalities_high INTEGER NOT NULL,
                deaths_a INTEGER,
                deaths_b INTEGER,
                deaths_civilians INTEGER,
                deaths_unknown INTEGER,
                source_text TEXT,
                content_hash TEXT NOT NULL,
                batch_id TEXT NOT NULL
            );
            CREATE INDEX events_date_start ON events (date_start);
            CREATE INDEX events_dataset ON events (dataset, date_start);
            """),
        (2, "timeline periods", """
            CREATE TABLE periods (
                date_start DATE NOT NULL,
                date_end DATE,
                kind TEXT NOT NULL,
                description TEXT NOT NULL,
                source_url TEXT,
                -- Keeps the order the periods were written in (DuckDB reads them back in insertion order).
                seq BIGINT GENERATED ALWAYS AS IDENTITY
            );
            """),
        (3, "reported figures", """
            CREATE TABLE reported_figures (
                source_file TEXT NOT NULL,
                publisher TEXT NOT NULL,
                measure TEXT NOT NULL,
                country TEXT NOT NULL,
                province TEXT,
                period_start DATE NOT NULL,
                period_end DATE NOT NULL,
                quantity TEXT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                source_url TEXT,
                note TEXT,
                revision INTEGER NOT NULL,
                origin TEXT NOT NULL
            );
            """),
        (4, "dataset coverage per import, cross-dataset links, settings", """
            ALTER TABLE import_batches ADD COLUMN completeness TEXT;
            ALTER TABLE import_batches ADD COLUMN cover_from DATE;
            ALTER TABLE import_batches ADD COLUMN cover_to DATE;
            ALTER TABLE import_batches ADD COLUMN cover_countries TEXT;
            ALTER TABLE import_batches ADD COLUMN cover_provinces TEXT;
            ALTER TABLE import_batches ADD COLUMN cover_kinds TEXT;
            ALTER TABLE import_batches ADD COLUMN cover_origin TEXT;
            ALTER TABLE import_batches ADD COLUMN cover_rule TEXT;
            CREATE TABLE event_links (
                event_id TEXT COLLATE "C" NOT NULL,
                incident_id TEXT COLLATE "C" NOT NULL,
                days INTEGER NOT NULL,
                rule TEXT NOT NULL
            );
            CREATE INDEX event_links_event ON event_links (event_id);
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """),
        (5, "parties of timeline periods", """
            ALTER TABLE periods ADD COLUMN parties TEXT;
            """),
        (6, "history of changed and dropped events", """
            CREATE TABLE event_history AS SELECT *, ''::TEXT AS changed_by, ''::TEXT AS change, now() AS changed_at FROM events LIMIT 0;
            CREATE INDEX event_history_id ON event_history (id);
            """),
        (7, "rejected records in the store", """
            CREATE TABLE rejects (
                batch_id TEXT COLLATE "C" NOT NULL,
                seq BIGINT NOT NULL,
                file TEXT NOT NULL,
                line INTEGER NOT NULL,
                field TEXT NOT NULL,
                reason TEXT NOT NULL,
                record TEXT NOT NULL
            );
            CREATE INDEX rejects_batch ON rejects (batch_id, seq);
            """),
        // Imports accept dates from 1800 to 2100 at the widest; events stored before that check (e.g. dated 9999-12-31)
        // made every series fail. They move to the history as "quarantined": kept, shown by `events --history ID`.
        (8, "quarantine events dated outside 1800-01-01..2100-12-31", """
            INSERT INTO event_history
              SELECT *, 'schema-8', 'quarantined', now() FROM events
              WHERE date_start < DATE '1800-01-01' OR date_start > DATE '2100-12-31' OR date_end < DATE '1800-01-01' OR date_end > DATE '2100-12-31';
            DELETE FROM events
              WHERE date_start < DATE '1800-01-01' OR date_start > DATE '2100-12-31' OR date_end < DATE '1800-01-01' OR date_end > DATE '2100-12-31';
            """),
        (9, "monthly rollup of the events for counts and snapshots", Sql.EventRollupSql.Create("TEXT", "SMALLINT", "NUMERIC") + Sql.EventRollupSql.Rebuild(PostgresEventStore.HexToBigint)),
        // The two date indexes cost more than they gave: an import of a million events spent two thirds of its insert
        // maintaining them (B-tree deduplication of repeated dates), while counts and snapshots read the rollup and the
        // other date-filtered reads scan most of the table anyway. The id's primary key stays.
        (10, "no secondary date indexes on the events", """
            DROP INDEX IF EXISTS events_date_start;
            DROP INDEX IF EXISTS events_dataset;
            """),
        (11, "rollup by week within month (weekly counts from it too)", Sql.EventRollupSql.Rebuild(PostgresEventStore.HexToBigint)),
    ];
}
