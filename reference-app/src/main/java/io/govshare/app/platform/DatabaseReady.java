package io.govshare.app.platform;

/**
 * CDI event fired once at application start, after Flyway has brought the schema up to date and before the
 * first request is served. Features observe it to prepare their data, in this order (lower priority first):
 *
 * <table>
 *   <caption>Observers of DatabaseReady</caption>
 *   <tr><th>priority</th><th>observer</th><th>does</th></tr>
 *   <tr><td>{@value #SEED_DEPARTMENTS}</td><td>department</td><td>demo departments (demo mode, empty table only)</td></tr>
 *   <tr><td>{@value #SEED_USERS}</td><td>{@code io.govshare.app.identity.DemoSeeder}</td>
 *       <td>demo users (demo mode, empty table only)</td></tr>
 *   <tr><td>{@value #SEED_CATALOG}</td><td>catalog</td><td>demo catalog entries (demo mode, empty table only)</td></tr>
 *   <tr><td>{@value #RECONCILE_SEARCH_INDEX}</td><td>catalog search</td><td>bring the search index in line with the database</td></tr>
 *   <tr><td>{@value #START_OUTBOX}</td><td>platform outbox</td><td>start dispatching outbox events to their
 *       observers (instance observers replay the last few minutes first)</td></tr>
 *   <tr><td>{@value #RECOVER_EXCHANGE}</td><td>exchange hub</td><td>revocation list, removal of half-stored
 *       packet files, then the routing and push workers (which route what a crash left unrouted)</td></tr>
 *   <tr><td>{@value #CHAIN_AUDIT_LOG}</td><td>audit</td><td>chain the events written so far, sign a checkpoint,
 *       start the chaining worker</td></tr>
 *   <tr><td>{@value #SEED_OPEN_DATA}</td><td>open data</td><td>the demo release of the synthetic population sample
 *       (demo mode, no release yet); after the audit chain so its audit events are chained like any other</td></tr>
 *   <tr><td>{@value #START_SHARING_REMINDERS}</td><td>sharing</td><td>the SLA reminder sweep of applications and
 *       missing-resource requests</td></tr>
 *   <tr><td>{@value #SEED_SHARING}</td><td>sharing</td><td>demo applications and a request under review (demo mode,
 *       empty workflow only)</td></tr>
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

    public static final int SEED_DEPARTMENTS = 90;
    public static final int SEED_USERS = 100;
    public static final int SEED_CATALOG = 200;
    public static final int RECONCILE_SEARCH_INDEX = 300;
    public static final int START_OUTBOX = 350;
    public static final int RECOVER_EXCHANGE = 400;
    public static final int CHAIN_AUDIT_LOG = 500;
    public static final int SEED_OPEN_DATA = 600;
    public static final int START_SHARING_REMINDERS = 650;
    public static final int SEED_SHARING = 660;
}
