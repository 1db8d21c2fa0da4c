package org.sovereigntywatch.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history the benchmark data would have if it had been written through the application, on PostgreSQL, set-based
 * in SQL: the data generator writes by JDBC, so Envers recorded nothing of it. As Envers' validity strategy writes it
 * ({@code V19__history.sql}):
 * <ul>
 * <li>one first revision, by {@code system}, {@value #FIRST_DAYS_AGO} days ago, holding every audited row that has no
 * version yet (as V19 gives rows existing at the migration one): platforms, users, sources, measures with their
 * platforms and concern links, events with their sources, measure links, concerns with their sources;</li>
 * <li>then five revisions of every such concern and every such measure, a revision row each (by the benchmark analyst
 * and reviewer in turn), the k-th of an item dated in the k-th of five 70-day slots of the past year, revision numbers
 * growing with time as the application's do. Each changes what an analyst would: a concern's likelihood (and score)
 * every time, its description written out over the versions, a working title, the claim status, confidence, treatment,
 * next review and the workflow state (see {@link #STATE}); a measure's summary,
 * working title, binding, policy area and state. The fifth holds the values the row has now;</li>
 * <li>each replaced version's {@code revend} set to the revision that replaced it, the current one's left empty.</li>
 * </ul>
 * Idempotent, like the data: rows that already have a version are left alone, and all of it is one transaction.
 */
final class HistoryData {

    static final int EDITS = 5;
    static final int FIRST_DAYS_AGO = 400;
    static final int SLOT_DAYS = 70;

    /** A pseudo-random fraction in [0, 1) from an item, its edit and a salt, the same on every run. */
    private static final String FRACTION = "(mod(item * 7919 + n * 104729 + salt, 10007) / 10007.0)::float8";

    /**
     * The workflow state of version {@code v} (0 the first, 5 the current) of an item whose state is now
     * {@code x.state}. The register was in use before its history began: most of what is published now was published
     * then already, a third went draft → in review → published during the year; what is archived now was published
     * until its fourth edit, what is in review was a draft until then.
     */
    private static final String STATE = """
            case x.state
                when 'PUBLISHED' then case when mod(x.id, 3) <> 0 or v.v >= 2 then 'PUBLISHED'
                                           when v.v = 1 then 'IN_REVIEW' else 'DRAFT' end
                when 'IN_REVIEW' then case when v.v < 4 then 'DRAFT' else 'IN_REVIEW' end
                when 'ARCHIVED' then case when v.v < 4 then 'PUBLISHED' else 'ARCHIVED' end
                else x.state end
            """;

    /** First versions of the rows with none, for every audited table but concerns and measures (see below). */
    private static final Map<String, String> FIRST_VERSIONS = firstVersions();

    private final DataSource dataSource;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    HistoryData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What was written: rows per table, in the order written; empty when every row already had its history. */
    Map<String, Integer> generate() throws SQLException {
        Map<String, Integer> written = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // Every statement here reads or writes whole tables. An audit table never analysed looks empty to the
            // planner, which then rescanned it for each row inserted into it: a nested loop over a table growing
            // under it (the events' took minutes instead of seconds).
            statement.execute("set local enable_nestloop = off");
            statement.execute("create temp table new_concern on commit drop as select id from concern c "
                    + "where not exists (select 1 from concern_aud a where a.id = c.id)");
            statement.execute("create temp table new_measure on commit drop as select id from policy_measure m "
                    + "where not exists (select 1 from policy_measure_aud a where a.id = m.id)");
            long first = single(statement, "select coalesce(max(id), 0) + 1 from revision");
            try (PreparedStatement revision = connection.prepareStatement(
                    "insert into revision (id, recorded_at, username) values (?, ?, 'system')")) {
                revision.setLong(1, first);
                revision.setTimestamp(2, Timestamp.from(now.minus(FIRST_DAYS_AGO, ChronoUnit.DAYS)));
                revision.executeUpdate();
            }
            for (Map.Entry<String, String> table : FIRST_VERSIONS.entrySet()) {
                written.put(table.getKey(), update(connection, table.getValue(), first));
            }
            editRevisions(connection, statement, first, now.minus(365, ChronoUnit.DAYS));
            written.put("revision", update(connection, """
                    insert into revision (id, recorded_at, username)
                    select rev, recorded_at, case when n % 2 = 1 then 'bench-analyst' else 'bench-reviewer' end
                    from edit order by rev""", null));
            written.put("concern_aud", update(connection, """
                    insert into concern_aud (id, rev, revtype, revend, title, platform_id, affected_jurisdiction_id,
                        accessing_jurisdiction_id, category, description, platform_claim, claim_status, likelihood,
                        impact, score, confidence, treatment_status, owner_id, next_review, state)
                    select x.id, v.rev, case when v.v = 0 then 0 else 1 end, v.revend,
                           case when v.v < 2 then left(x.title, 180) || ' (working title)' else x.title end,
                           x.platform_id, x.affected_jurisdiction_id, x.accessing_jurisdiction_id, x.category,
                           case when v.v = 5 then x.description
                                else left(x.description, greatest(1, length(x.description) * (v.v + 1) / 6)) end,
                           case when v.v < 3 then null else x.platform_claim end,
                           case when v.v < 3 then 'UNVERIFIED' else x.claim_status end,
                           l.likelihood, i.impact, l.likelihood * i.impact,
                           case when v.v < 4 then 'LOW' else x.confidence end,
                           case when v.v < 2 then 'OPEN' else x.treatment_status end,
                           x.owner_id, x.next_review - (5 - v.v) * 30,
                    """ + STATE + """
                    from version v join concern x on x.id = v.item
                         cross join lateral (select 1 + mod(x.likelihood - 1 + 5 - v.v, 5) as likelihood) l
                         cross join lateral (select case when v.v < 3 then 1 + mod(x.impact, 5) else x.impact end
                                             as impact) i
                    where v.kind = 'C'""", null));
            written.put("policy_measure_aud", update(connection, """
                    insert into policy_measure_aud (id, rev, revtype, revend, title, jurisdiction_id, policy_area,
                        instrument, binding, summary, state)
                    select x.id, v.rev, case when v.v = 0 then 0 else 1 end, v.revend,
                           case when v.v < 2 then left(x.title, 280) || ' (working title)' else x.title end,
                           x.jurisdiction_id,
                           case when v.v < 4 then 'OTHER' else x.policy_area end,
                           x.instrument,
                           case when v.v < 3 then not x.binding else x.binding end,
                           case when v.v = 5 then x.summary
                                else left(x.summary, greatest(1, length(x.summary) * (v.v + 1) / 6)) end,
                    """ + STATE + """
                    from version v join policy_measure x on x.id = v.item
                    where v.kind = 'M'""", null));
            if (written.values().stream().mapToInt(Integer::intValue).sum() == 0) {
                connection.rollback();
                return Map.of();
            }
            written.merge("revision", 1, Integer::sum);
            statement.execute("select setval(pg_get_serial_sequence('revision', 'id'), (select max(id) from revision))");
            connection.commit();
        }
        return written;
    }

    /**
     * The five edits of each new concern and measure, numbered in the order of their time after the first revision,
     * and every version of each (the first one's number included) with the number of the one replacing it.
     */
    private static void editRevisions(Connection connection, Statement statement, long first, Instant start)
            throws SQLException {
        try (PreparedStatement edits = connection.prepareStatement("""
                create temp table edit on commit drop as
                select kind, item, n, recorded_at, ?::bigint + row_number() over (order by recorded_at, kind, item, n) as rev
                from (select kind, item, n, ?::timestamptz + ((n - 1) + %s) * interval '%d days' as recorded_at
                      from (select 'C' as kind, id as item, 0 as salt from new_concern
                            union all select 'M', id, 5003 from new_measure) items
                           cross join generate_series(1, %d) as n) dated""".formatted(FRACTION, SLOT_DAYS, EDITS))) {
            edits.setLong(1, first);
            edits.setTimestamp(2, Timestamp.from(start));
            edits.execute();
        }
        try (PreparedStatement versions = connection.prepareStatement("""
                create temp table version on commit drop as
                select kind, item, v, rev, lead(rev) over (partition by kind, item order by v) as revend
                from (select kind, item, n as v, rev from edit
                      union all select 'C', id, 0, ?::bigint from new_concern
                      union all select 'M', id, 0, ?::bigint from new_measure) versions""")) {
            versions.setLong(1, first);
            versions.setLong(2, first);
            versions.execute();
        }
        statement.execute("analyze edit");
        statement.execute("analyze version");
    }

    private static Map<String, String> firstVersions() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("jurisdiction_aud", """
                insert into jurisdiction_aud (id, rev, revtype, code, name, level, parent_id)
                select id, ?, 0, code, name, level, parent_id from jurisdiction x
                where not exists (select 1 from jurisdiction_aud a where a.id = x.id)""");
        tables.put("platform_aud", """
                insert into platform_aud (id, rev, revtype, name, operator_company, home_jurisdiction_id)
                select id, ?, 0, name, operator_company, home_jurisdiction_id from platform x
                where not exists (select 1 from platform_aud a where a.id = x.id)""");
        tables.put("platform_alias_aud", """
                insert into platform_alias_aud (platform_id, alias, rev, revtype)
                select platform_id, alias, ?, 0 from platform_alias x where not exists (select 1 from platform_alias_aud a
                    where a.platform_id = x.platform_id and a.alias = x.alias)""");
        tables.put("app_user_aud", """
                insert into app_user_aud (id, rev, revtype, username, display_name, role, enabled,
                    password_change_required, locale)
                select id, ?, 0, username, display_name, role, enabled, password_change_required, locale
                from app_user x where not exists (select 1 from app_user_aud a where a.id = x.id)""");
        tables.put("app_user_jurisdiction_aud", """
                insert into app_user_jurisdiction_aud (user_id, jurisdiction_code, rev, revtype)
                select user_id, jurisdiction_code, ?, 0 from app_user_jurisdiction x
                where not exists (select 1 from app_user_jurisdiction_aud a
                    where a.user_id = x.user_id and a.jurisdiction_code = x.jurisdiction_code)""");
        tables.put("source_aud", """
                insert into source_aud (id, rev, revtype, publisher, title, url, published_on, language, quote)
                select id, ?, 0, publisher, title, url, published_on, language, quote from source x
                where not exists (select 1 from source_aud a where a.id = x.id)""");
        tables.put("concern_source_aud", """
                insert into concern_source_aud (concern_id, source_id, rev, revtype)
                select concern_id, source_id, ?, 0 from concern_source x where not exists (select 1
                    from concern_source_aud a where a.concern_id = x.concern_id and a.source_id = x.source_id)""");
        tables.put("policy_measure_platform_aud", """
                insert into policy_measure_platform_aud (measure_id, platform_id, rev, revtype)
                select measure_id, platform_id, ?, 0 from policy_measure_platform x where not exists (select 1
                    from policy_measure_platform_aud a where a.measure_id = x.measure_id and a.platform_id = x.platform_id)""");
        tables.put("measure_concern_aud", """
                insert into measure_concern_aud (measure_id, concern_id, rev, revtype)
                select measure_id, concern_id, ?, 0 from measure_concern x where not exists (select 1
                    from measure_concern_aud a where a.measure_id = x.measure_id and a.concern_id = x.concern_id)""");
        tables.put("measure_link_aud", """
                insert into measure_link_aud (id, rev, revtype, from_measure_id, to_measure_id, link_type)
                select id, ?, 0, from_measure_id, to_measure_id, link_type from measure_link x
                where not exists (select 1 from measure_link_aud a where a.id = x.id)""");
        tables.put("policy_event_aud", """
                insert into policy_event_aud (id, rev, revtype, measure_id, period_start, period_end, date_precision,
                    expected, cancelled, action, summary)
                select id, ?, 0, measure_id, period_start, period_end, date_precision, expected, cancelled, action,
                       summary
                from policy_event x where not exists (select 1 from policy_event_aud a where a.id = x.id)""");
        tables.put("policy_event_source_aud", """
                insert into policy_event_source_aud (event_id, source_id, rev, revtype)
                select event_id, source_id, ?, 0 from policy_event_source x where not exists (select 1
                    from policy_event_source_aud a where a.event_id = x.event_id and a.source_id = x.source_id)""");
        return tables;
    }

    /** Runs an insert, with the first revision's number as its parameter when given; returns the rows written. */
    private static int update(Connection connection, String sql, Long first) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (first != null) {
                statement.setLong(1, first);
            }
            return statement.executeUpdate();
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Rows and bytes (table, indexes and TOAST) of each audit table and of the revision table, largest first. */
    static List<TableSize> sizes(Connection connection) throws SQLException {
        List<TableSize> sizes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("""
                     select c.relname, pg_total_relation_size(c.oid) from pg_class c
                     where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
                       and (c.relname like '%\\_aud' or c.relname = 'revision')
                     order by 2 desc""")) {
            while (tables.next()) {
                sizes.add(new TableSize(tables.getString(1), 0, tables.getLong(2)));
            }
        }
        List<TableSize> counted = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (TableSize size : sizes) {
                counted.add(new TableSize(size.table(), single(statement, "select count(*) from " + size.table()),
                        size.bytes()));
            }
        }
        return counted;
    }

    record TableSize(String table, long rows, long bytes) {
        double bytesPerRow() {
            return rows == 0 ? 0 : (double) bytes / rows;
        }
    }
}
