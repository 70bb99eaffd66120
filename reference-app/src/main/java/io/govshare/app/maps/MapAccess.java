package io.govshare.app.maps;

import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.exchange.Grants;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.catalog.CatalogEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may see individual records on a map. Only aggregated, desensitised figures leave the platform for everyone
 * else: a point layer is readable only by staff of a department that
 * <ul>
 *   <li>provides the layer's source catalog resource (it holds the records anyway), or</li>
 *   <li>holds an exchange grant for that resource (the same grant that routes its records to the department).</li>
 * </ul>
 * Platform roles without a department — administrator, platform reviewer, auditor — are not entitled: the
 * administrator manages accounts, not data (三员分立), and an auditor checks who read what in the audit log
 * without needing where people live (最小必要, PIPL art. 6). They see the aggregates like the public.
 * <p>
 * The source resources are configured by code; without configuration the demo catalog's entries are found by
 * name (户籍人口抽样调查信息（脱敏） for people, 企业登记注册信息 for enterprises).
 */
@RequestScoped
public class MapAccess {

    static final String DEMO_POPULATION_RESOURCE = "户籍人口抽样调查信息（脱敏）";
    static final String DEMO_ENTERPRISE_RESOURCE = "企业登记注册信息";

    /** Resolved demo codes, kept for the life of the application once found. */
    private static final Map<String, String> CODES_BY_NAME = new ConcurrentHashMap<>();

    @Inject
    CurrentActor user;
    @Inject
    Grants grants;
    @Inject
    CatalogLookup catalog;
    @Inject
    OpenCatalog openCatalog;

    @Inject
    @ConfigProperty(name = "govshare.maps.population.resource")
    Optional<String> populationResource;
    @Inject
    @ConfigProperty(name = "govshare.maps.enterprise.resource")
    Optional<String> enterpriseResource;

    /** Whether the current user may see the layer's individual features. Public layers: always. */
    public boolean entitled(MapCollection layer) {
        if (layer.access() == MapCollection.Access.PUBLIC) {
            return true;
        }
        Optional<String> department = user.departmentCode();
        if (department.isEmpty()) {
            return false;
        }
        Optional<String> code = sourceResource(layer);
        if (code.isEmpty()) {
            return false;
        }
        Optional<CatalogEntry> entry = catalog.find(code.get())
                .filter(CatalogLookup.CatalogRecord::exchangeable).map(CatalogLookup.CatalogRecord::entry);
        if (entry.isPresent() && entry.get().provider() != null
                && department.get().equals(entry.get().provider().code())) {
            return true;
        }
        return grants.list(code.get()).stream().anyMatch(g -> g.consumerDepartment().equals(department.get()));
    }

    /** The layer's features, or 401/403 problem+json saying how access is obtained. */
    public void requireEntitled(MapCollection layer) {
        if (entitled(layer)) {
            return;
        }
        String how = "Collection '" + layer.id() + "' holds individual records: only staff of the providing "
                + "department or of a department with an exchange grant for the source resource may read it; "
                + "the aggregate collection '" + layer.aggregateId() + "' is open to everyone";
        throw user.isAuthenticated() ? new NotPermitted(how) : ProblemException.unauthorized(how);
    }

    /** "full" when the user sees the layer's own features, "aggregate" when its public aggregate stands in. */
    public String view(MapCollection layer) {
        return entitled(layer) ? "full" : "aggregate";
    }

    Optional<String> sourceResource(MapCollection layer) {
        return switch (layer.id()) {
            case MapLayers.POPULATION_POINTS -> configuredOrDemo(populationResource, DEMO_POPULATION_RESOURCE);
            case MapLayers.ENTERPRISE_POINTS -> configuredOrDemo(enterpriseResource, DEMO_ENTERPRISE_RESOURCE);
            default -> Optional.empty();
        };
    }

    private Optional<String> configuredOrDemo(Optional<String> configured, String demoName) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.map(String::strip);
        }
        String known = CODES_BY_NAME.get(demoName);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = openCatalog.all().stream().filter(e -> e.name().equals(demoName))
                .map(e -> e.code().value()).findFirst();
        found.ifPresent(code -> CODES_BY_NAME.put(demoName, code));
        return found;
    }
}
