package io.govshare.catalog.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds resource-code strategies by name: the built-in national one plus every strategy registered through
 * {@link ServiceLoader} (so a province plugs in its own rule by adding a jar).
 */
public final class ResourceCodeStrategies {

    private ResourceCodeStrategies() {
    }

    /** @throws IllegalArgumentException if no strategy has that name; the message lists the known names */
    public static ResourceCodeStrategy named(String name) {
        Map<String, ResourceCodeStrategy> all = available();
        ResourceCodeStrategy strategy = all.get(name);
        if (strategy == null) {
            throw new IllegalArgumentException("unknown resource code strategy '" + name + "'; known: "
                    + String.join(", ", all.keySet()));
        }
        return strategy;
    }

    /** The names of every strategy that can be found, in alphabetical order. */
    public static List<String> names() {
        return new ArrayList<>(available().keySet());
    }

    // Looked up on every call rather than cached: the context class loader decides what a plugin can see,
    // and it differs between applications in one server.
    private static Map<String, ResourceCodeStrategy> available() {
        Map<String, ResourceCodeStrategy> byName = new TreeMap<>();
        byName.put(NationalResourceCodeStrategy.NAME, new NationalResourceCodeStrategy());
        for (ResourceCodeStrategy strategy : ServiceLoader.load(ResourceCodeStrategy.class)) {
            ResourceCodeStrategy previous = byName.putIfAbsent(strategy.name(), strategy);
            if (previous != null && previous.getClass() != strategy.getClass()) {
                throw new IllegalStateException("two resource code strategies are named '" + strategy.name()
                        + "': " + previous.getClass().getName() + " and " + strategy.getClass().getName());
            }
        }
        return byName;
    }
}
