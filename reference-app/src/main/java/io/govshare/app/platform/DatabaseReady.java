package io.govshare.app.platform;

/**
 * CDI event fired once at application start, after Flyway has brought the schema up to date and before the
 * first request is served. Features observe it to prepare their data, in this order (lower priority first):
 *
 * <table>
 *   <caption>Observers of DatabaseReady</caption>
 *   <tr><th>priority</th><th>observer</th><th>does</th></tr>
 *   <tr><td>{@value #SEED_DEPARTMENTS_AND_USERS}</td><td>{@code io.govshare.app.identity.DemoSeeder}</td>
 *       <td>demo departments, then demo users (demo mode, empty tables only)</td></tr>
 *   <tr><td>{@value #SEED_CATALOG}</td><td>catalog</td><td>demo catalog entries (demo mode, empty table only)</td></tr>
 *   <tr><td>{@value #RECONCILE_SEARCH_INDEX}</td><td>catalog search</td><td>bring the search index in line with the database</td></tr>
 * </table>
 *
 * Observe it with {@code void onReady(@Observes @Priority(DatabaseReady.SEED_CATALOG) DatabaseReady ready)};
 * the method may be {@code @Transactional}. An exception stops the start, so an observer must only throw for
 * a fault an operator has to fix. {@link StartupSequence} logs every step with its duration.
 *
 * @param databaseProduct the product name the JDBC driver reports ("Apache Derby", "PostgreSQL")
 * @param schemaVersion   the Flyway schema version after migration
 * @param demoMode        whether demo data should be seeded
 */
public record DatabaseReady(String databaseProduct, String schemaVersion, boolean demoMode) {

    public static final int SEED_DEPARTMENTS_AND_USERS = 100;
    public static final int SEED_CATALOG = 200;
    public static final int RECONCILE_SEARCH_INDEX = 300;
}
