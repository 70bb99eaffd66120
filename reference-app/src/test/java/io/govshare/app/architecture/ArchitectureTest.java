package io.govshare.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house rules between features, checked on the compiled classes (and, for SQL, on the sources), so a new
 * feature cannot quietly reach into another's rooms:
 * <ul>
 *   <li>{@code platform} is the ground floor and imports no feature;</li>
 *   <li>the features form no cycle (an arrow never runs back up);</li>
 *   <li>no feature uses another feature's JPA entities or repositories: it asks that feature's port;</li>
 *   <li>no feature names another feature's tables or entities in a query;</li>
 *   <li>resources hold no {@code @Transactional}: the service owns the transaction.</li>
 * </ul>
 */
class ArchitectureTest {

    static final String APP = "io.govshare.app";

    /** The features, each a package under {@value #APP} (sub-packages belong to their feature). */
    static final List<String> FEATURES = List.of("audit", "catalog", "department", "exchange", "identity", "maps",
            "operations", "opendata", "sharing", "ui");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
    }

    @Test
    void platformImportsNoFeature() {
        noClasses().that().resideInAPackage(APP + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> APP + "." + f + "..").toArray(String[]::new))
                .because("platform is the ground floor: features build on it, never the other way round")
                .check(classes);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles()
                .because("an arrow between features runs one way; the way back is an outbox event")
                .check(classes);
    }

    @Test
    void noFeatureUsesAnotherFeaturesRowsOrRepositories() {
        for (String feature : FEATURES) {
            String home = APP + "." + feature;
            DescribedPredicate<JavaClass> foreignPersistence = new DescribedPredicate<>(
                    "entities or repositories of another feature") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith(APP + ".")
                            && !inFeature(target, feature)
                            && (target.isAnnotatedWith(Entity.class) || target.getSimpleName().endsWith("Repository"));
                }
            };
            noClasses().that().resideInAPackage(home + "..")
                    .should().dependOnClassesThat(foreignPersistence)
                    .because("a feature asks another feature's port (CatalogLookup, Grants, Departments, Actors), "
                            + "never its rows or repository")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noFeatureQueriesAnotherFeaturesTables() throws IOException {
        Map<String, String> ownerOfName = new TreeMap<>(); // entity or table name (lower case) -> feature
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(Entity.class)) {
                String feature = featureOf(type);
                String entityName = type.getAnnotationOfType(Entity.class).name();
                ownerOfName.put((entityName.isEmpty() ? type.getSimpleName() : entityName).toLowerCase(Locale.ROOT),
                        feature);
                if (type.isAnnotatedWith(Table.class)) {
                    ownerOfName.put(type.getAnnotationOfType(Table.class).name().toLowerCase(Locale.ROOT), feature);
                }
            }
        }
        assertTrue(ownerOfName.containsKey("users") && ownerOfName.containsKey("departments"),
                "the entity scan found the identity and department tables: " + ownerOfName.keySet());
        Pattern sqlName = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        Pattern stringLiteral = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src/main/java/io/govshare/app");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                Matcher literal = stringLiteral.matcher(source);
                while (literal.find()) {
                    Matcher name = sqlName.matcher(literal.group());
                    while (name.find()) {
                        String owner = ownerOfName.get(name.group(1).toLowerCase(Locale.ROOT));
                        if (owner != null && !owner.equals(feature)) {
                            violations.add(file + ": " + feature + " queries " + name.group(1) + " of " + owner);
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertEquals(List.of(), violations, "features query only their own tables; ask the owner's port instead");
    }

    @Test
    void resourcesLeaveTransactionsToServices() {
        Set<String> transactional = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.getSimpleName().endsWith("Resource") && (type.isAnnotatedWith(Transactional.class)
                    || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class)))) {
                transactional.add(type.getName());
            }
        }
        assertEquals(Set.of(), transactional,
                "a resource parses and answers; the transaction and the rules belong in a service");
    }

    /**
     * The picture in reference-app/README.md ("Architecture") is generated from the classes: if an arrow appears or
     * disappears, the README is out of date and this test prints the block to paste.
     */
    @Test
    void readmeDiagramShowsTheFeatureDependencies() throws IOException {
        Set<String> arrows = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().startsWith(APP + ".") || featureOf(type).equals("platform")) {
                continue;
            }
            String from = featureOf(type);
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith(APP + ".")) {
                    String to = featureOf(target);
                    if (!to.equals(from) && !to.equals("platform")) {
                        arrows.add("    " + from + " --> " + to);
                    }
                }
            });
        }
        String expected = "```mermaid\ngraph TD\n" + String.join("\n", arrows) + "\n```";
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```mermaid\ngraph TD\n");
        String actual = start < 0 ? "(no diagram)" : readme.substring(start, readme.indexOf("```", start + 3) + 3);
        assertEquals(expected, actual, "README.md's feature diagram is out of date; paste this block instead");
    }

    static boolean inFeature(JavaClass type, String feature) {
        String home = APP + "." + feature;
        return type.getPackageName().equals(home) || type.getPackageName().startsWith(home + ".");
    }

    static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(APP.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
