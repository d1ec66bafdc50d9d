package com.linkstar.reply.core.taxonomy;

import com.linkstar.reply.core.model.Intents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's intents: the default of DESIGN.md §3, renamed, extended, trimmed and prioritised by the tenant. Risk
 * signals, sentiment and language are fixed axes and not part of it. Always valid: {@link #of} refuses anything else.
 */
public final class Taxonomy {

    public static final int MAX_INTENTS = 60;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    private static final Set<String> URGENT = Set.of(Intents.DELIVERY_PROBLEM, Intents.PRODUCT_DEFECT, Intents.WRONG_ITEM,
            Intents.MISSING_PARTS, Intents.CANCEL_ORDER, Intents.ADDRESS_CHANGE);

    /** A taxonomy that cannot be saved, with every reason. */
    public static final class InvalidTaxonomyException extends RuntimeException {
        public InvalidTaxonomyException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    private final Map<String, IntentDefinition> intents;

    private Taxonomy(Map<String, IntentDefinition> intents) {
        this.intents = intents;
    }

    public static Taxonomy defaults() {
        List<IntentDefinition> all = new ArrayList<>();
        for (String id : Intents.DEFAULT_TAXONOMY) {
            int priority = URGENT.contains(id) ? 10 : id.equals(Intents.THANKS) || id.equals(Intents.OTHER) ? 90 : 50;
            all.add(new IntentDefinition(id, id.replace('_', ' '), Intents.DEFAULT_DESCRIPTIONS.get(id), priority, IntentFlow.SUGGEST_ONLY));
        }
        return of(all);
    }

    /** Validates and builds; "other" must stay, because every label the engines cannot place lands there. */
    public static Taxonomy of(List<IntentDefinition> definitions) {
        List<String> problems = new ArrayList<>();
        if (definitions == null || definitions.isEmpty()) {
            throw new InvalidTaxonomyException(List.of("a taxonomy needs at least the intent 'other'"));
        }
        if (definitions.size() > MAX_INTENTS) {
            problems.add("at most " + MAX_INTENTS + " intents, got " + definitions.size());
        }
        Map<String, IntentDefinition> byId = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (IntentDefinition d : definitions) {
            if (d == null) {
                problems.add("an intent is empty");
                continue;
            }
            if (d.id() == null || !ID.matcher(d.id()).matches()) {
                problems.add("intent id '" + d.id() + "' must be 2-40 of a-z, 0-9 and _, starting with a letter");
            } else if (byId.putIfAbsent(d.id(), d) != null) {
                problems.add("intent id '" + d.id() + "' appears twice");
            }
            if (d.name() == null || d.name().isBlank() || d.name().length() > 60) {
                problems.add(d.id() + ": name is required (at most 60 characters)");
            } else if (!names.add(d.name().trim().toLowerCase())) {
                problems.add(d.id() + ": name '" + d.name() + "' is used twice");
            }
            if (d.description() == null || d.description().isBlank() || d.description().length() > 300) {
                problems.add(d.id() + ": description is required (at most 300 characters)");
            }
            if (d.priority() < 1 || d.priority() > 100) {
                problems.add(d.id() + ": priority must be 1 to 100");
            }
            if (d.flow() == null) {
                problems.add(d.id() + ": flow is required (AUTO_REPLY_ALLOWED, SUGGEST_ONLY or ALWAYS_ESCALATE)");
            }
        }
        if (!byId.containsKey(Intents.OTHER)) {
            problems.add("the intent 'other' cannot be dropped: labels that fit no intent land there");
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(problems);
        }
        return new Taxonomy(byId);
    }

    public List<IntentDefinition> intents() {
        return List.copyOf(intents.values());
    }

    public Set<String> ids() {
        return intents.keySet();
    }

    public Optional<IntentDefinition> find(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    /** An engine's intent in this tenant's terms: one the tenant dropped becomes "other". */
    public String map(String intent) {
        return intents.containsKey(intent) ? intent : Intents.OTHER;
    }
}
