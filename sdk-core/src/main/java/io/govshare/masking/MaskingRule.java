package io.govshare.masking;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * How one data item is desensitised: a {@link MaskingTechnique} and its parameters (names and meanings on each
 * technique). Immutable; the parameters are validated when the rule is made, so a rule that exists can always
 * be compiled. Two rules are equal when technique and parameters are; a default left out is not the same as
 * one written out.
 *
 * <pre>{@code
 * MaskingRule rule = MaskingRule.of(MaskingTechnique.KEEP_FIRST_N_LAST_M, Map.of("firstN", "3", "lastM", "4"));
 * ValueMasker masker = rule.compile(releaseKey);   // once
 * masker.mask("13812345678");                      // 138****5678, per value
 * }</pre>
 */
public final class MaskingRule {

    private final MaskingTechnique technique;
    private final Map<String, String> parameters;
    private final Recipe recipe;

    private MaskingRule(MaskingTechnique technique, Map<String, String> parameters, Recipe recipe) {
        this.technique = technique;
        this.parameters = parameters;
        this.recipe = recipe;
    }

    /** A technique with its defaults (techniques with required parameters refuse this). */
    public static MaskingRule of(MaskingTechnique technique) {
        return of(technique, Map.of());
    }

    /**
     * @throws MaskingPolicyException naming the parameter and the rule it breaks: an unknown name, a missing
     *                                required parameter, or a value of the wrong form
     */
    public static MaskingRule of(MaskingTechnique technique, Map<String, String> parameters) {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(parameters, "parameters");
        Map<String, String> copy = Collections.unmodifiableMap(new TreeMap<>(parameters));
        return new MaskingRule(technique, copy, Recipe.prepare(technique, Parameters.of(technique, copy)));
    }

    /** The same technique with one parameter set or replaced, e.g. a preset with another cell size. */
    public MaskingRule with(String parameter, String value) {
        Map<String, String> changed = new TreeMap<>(parameters);
        changed.put(parameter, value);
        return of(technique, changed);
    }

    public MaskingTechnique technique() {
        return technique;
    }

    /** The parameters as given, sorted by name. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The masker for this rule; RANDOM_REPLACE draws from a {@link SecureRandom}. */
    public ValueMasker compile(ReleaseKey key) {
        return compile(key, new SecureRandom());
    }

    /**
     * The masker for this rule. The key is needed by the keyed techniques and required of all, so that a policy
     * compiles the same whatever its rules; {@code random} is used by RANDOM_REPLACE only and must be thread-safe
     * if the masker is shared between threads ({@link java.util.Random} and {@link SecureRandom} are).
     */
    public ValueMasker compile(ReleaseKey key, RandomGenerator random) {
        Objects.requireNonNull(key, "release key");
        Objects.requireNonNull(random, "random");
        return recipe.compile(key, random);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskingRule other && technique == other.technique && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return technique.hashCode() * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? technique.name() : technique + parameters.toString();
    }
}
