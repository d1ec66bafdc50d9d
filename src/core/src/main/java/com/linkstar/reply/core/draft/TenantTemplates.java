package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.compliance.Finding;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Intents;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's own wording: template overrides keyed {@code template.language} (e.g. {@code "order_tracking.de"},
 * {@code "thanks.en-GB"}, or a fact-grounded outcome such as {@code "order_tracking_shipped.de"}, which may cite the facts
 * that confirm it: {@code {carrier}}, {@code {tracking_number}}) or, for one channel only, {@code template.language@channel}
 * ({@code "return_request.de@ebay"}),
 * a signature line appended to every draft, and the tone of greetings and closings. An override must pass the
 * compliance check of every channel it can be used on before it is accepted, so a seller cannot save a template that a
 * platform would penalise.
 *
 * <pre>{@code {"tone": "friendly", "signature": "Ihr Team von Nordwind",
 *  "overrides": {"thanks.de": "Hallo,\nvielen Dank!\nViele Grüße"}}}</pre>
 */
public record TenantTemplates(Map<String, String> overrides, String signature, Tone tone) {

    public static final TenantTemplates NONE = new TenantTemplates(Map.of(), null, Tone.STANDARD);
    public static final int MAX_LENGTH = 2_000;
    private static final Set<String> LANGUAGES = Set.of("en", "en-GB", "de", "fr", "es", "it", "ja", "zh");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    /** Settings that cannot be saved, with every reason. */
    public static final class InvalidTemplatesException extends RuntimeException {
        public InvalidTemplatesException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    public TenantTemplates {
        overrides = Map.copyOf(overrides);
        tone = tone == null ? Tone.STANDARD : tone;
    }

    public TenantTemplates(Map<String, String> overrides, String signature) {
        this(overrides, signature, Tone.STANDARD);
    }

    public Optional<String> find(String key, String language) {
        return Optional.ofNullable(overrides.get(key + "." + language));
    }

    /** Whether {@link #find(String, String, Channel)} answers with the override for that channel. */
    public boolean hasChannelOverride(String key, String language, Channel channel) {
        return overrides.containsKey(key + "." + language + "@" + channel.wireName());
    }

    /** The channel's own override first, then the one for every channel. */
    public Optional<String> find(String key, String language, Channel channel) {
        String forChannel = overrides.get(key + "." + language + "@" + channel.wireName());
        return forChannel != null ? Optional.of(forChannel) : find(key, language);
    }

    /**
     * Reads back what {@link #fromMap} accepted when it was saved, without checking it against the channels' policies
     * again: every draft is checked anyway, so an override that a newer policy forbids is flagged on the draft that uses
     * it (and kept for a person) rather than stopping the tenant's drafting, and a read costs no compliance checks.
     */
    public static TenantTemplates fromStored(Map<String, ?> document) {
        return fromMap(document, null);
    }

    /** @param check null only for {@link #fromStored} */
    public static TenantTemplates fromMap(Map<String, ?> document, ComplianceCheck check) {
        List<String> problems = new ArrayList<>();
        Tone tone = Tone.STANDARD;
        if (document.get("tone") != null) {
            try {
                tone = Tone.fromWireName(document.get("tone").toString());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        Object signatureValue = document.get("signature");
        String signature = signatureValue == null ? null : signatureValue.toString().strip();
        if (signature != null && (signature.length() > 200 || signature.contains("\n"))) {
            problems.add("signature must be one line of at most 200 characters");
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        Object overridesValue = document.get("overrides");
        if (overridesValue != null && !(overridesValue instanceof Map<?, ?>)) {
            problems.add("overrides must be an object of \"intent.language\": \"text\"");
        } else if (overridesValue != null) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) overridesValue).entrySet()) {
                String key = String.valueOf(entry.getKey());
                String text = entry.getValue() == null ? "" : entry.getValue().toString();
                validate(key, text, check, problems);
                overrides.put(key, text);
            }
        }
        if (signature != null && check != null) {
            for (Channel channel : Channel.values()) {
                check.check(channel, signature, null, OrderFacts.NONE)
                        .forEach(f -> problems.add("signature on " + channel.wireName() + ": " + f.rule() + " (" + f.excerpt() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTemplatesException(problems);
        }
        return new TenantTemplates(overrides, signature == null || signature.isEmpty() ? null : signature, tone);
    }

    private static void validate(String key, String text, ComplianceCheck check, List<String> problems) {
        int at = key.indexOf('@');
        String base = at < 0 ? key : key.substring(0, at);
        List<Channel> channels;
        try {
            channels = at < 0 ? List.of(Channel.values()) : List.of(Channel.fromWireName(key.substring(at + 1)));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return;
        }
        int dot = base.lastIndexOf('.');
        String intent = dot < 0 ? base : base.substring(0, dot);
        String language = dot < 0 ? "" : base.substring(dot + 1);
        Optional<TemplateDrafter.GroundedSample> grounded = LANGUAGES.contains(language)
                ? TemplateDrafter.groundedSample(intent, language, LocalDate.now(ZoneOffset.UTC)) : Optional.empty();
        if (!LANGUAGES.contains(language) || !(Intents.DEFAULT_TAXONOMY.contains(intent) || intent.equals(ReplyTemplates.FALLBACK)
                || grounded.isPresent())) {
            problems.add(key + ": the key must be template.language or template.language@channel, with a default intent, _fallback or a "
                    + "fact-grounded template (such as order_tracking_shipped), and one of " + LANGUAGES);
            return;
        }
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            problems.add(key + ": the text must have 1 to " + MAX_LENGTH + " characters");
            return;
        }
        // a fact-grounded template may also cite the facts that confirm it ({carrier}, {tracking_number}, …), and is checked
        // filled with facts that confirm its outcome: it may state that outcome, and nothing the facts do not hold
        List<String> allowed = new ArrayList<>(List.of("order_ref"));
        grounded.ifPresent(g -> allowed.addAll(g.placeholders()));
        var placeholders = PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            if (!allowed.contains(placeholders.group(1))) {
                problems.add(key + ": unknown placeholder {" + placeholders.group(1) + "}; only " + allowed.stream().map(p -> "{" + p + "}").toList()
                        + " are filled from order data here");
            }
        }
        if (check == null) {
            return;
        }
        String sample = grounded.map(g -> g.fill(text)).orElse(text).replace("{order_ref}", "");
        OrderFacts facts = grounded.map(TemplateDrafter.GroundedSample::facts).orElse(OrderFacts.NONE);
        for (Channel channel : channels) {
            for (Finding finding : check.check(channel, sample, language.substring(0, 2), facts)) {
                problems.add(key + " on " + channel.wireName() + ": " + finding.rule() + " - " + finding.message());
            }
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tone", tone.wireName());
        if (signature != null) {
            document.put("signature", signature);
        }
        document.put("overrides", new java.util.TreeMap<>(overrides));
        return document;
    }
}
