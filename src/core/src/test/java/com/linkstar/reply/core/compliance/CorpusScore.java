package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.model.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the compliance check on a labelled corpus (one JSON draft a line, as in src/test/resources/compliance) the way
 * {@code linkstar check-draft --corpus} does: precision and recall per rule over (draft, rule) pairs, and how many clean
 * drafts got any finding (both through {@link CorpusTally}). Lives in core's test tree so the figures need no CLI build.
 */
final class CorpusScore {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    final CorpusTally tally = new CorpusTally();

    static CorpusScore of(Path corpus) {
        try {
            return of(Files.readAllLines(corpus, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusScore of(List<String> lines) {
        ComplianceCheck check = ComplianceCheck.bundled();
        CorpusScore score = new CorpusScore();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> draft = parse(line);
            Set<String> expected = new TreeSet<>();
            ((List<?>) draft.get("expected")).forEach(rule -> expected.add((String) rule));
            @SuppressWarnings("unchecked")
            Map<String, Object> facts = draft.get("facts") == null ? Map.of() : (Map<String, Object>) draft.get("facts");
            Set<String> found = new TreeSet<>();
            Map<String, String> excerpts = new TreeMap<>();
            check.check(Channel.fromWireName((String) draft.get("channel")), (String) draft.get("text"), (String) draft.get("lang"),
                    new OrderFacts(facts)).forEach(finding -> {
                        found.add(finding.rule());
                        excerpts.merge(finding.rule(), finding.excerpt(), (a, b) -> a + " | " + b);
                    });
            score.tally.add(String.valueOf(draft.get("id")), expected, found, excerpts);
        }
        return score;
    }

    /** The check's mean cost per draft in microseconds: {@code warmUps} untimed passes over the lines, then {@code passes} timed. */
    static double microsPerDraft(List<String> lines, int warmUps, int passes) {
        ComplianceCheck check = ComplianceCheck.bundled();
        List<Object[]> inputs = new ArrayList<>();
        for (String line : lines) {
            Map<String, Object> draft = parse(line);
            @SuppressWarnings("unchecked")
            Map<String, Object> facts = draft.get("facts") == null ? Map.of() : (Map<String, Object>) draft.get("facts");
            inputs.add(new Object[] {Channel.fromWireName((String) draft.get("channel")), draft.get("text"), draft.get("lang"), new OrderFacts(facts)});
        }
        long findings = 0;
        long started = 0;
        for (int pass = 0; pass < warmUps + passes; pass++) {
            if (pass == warmUps) {
                started = System.nanoTime();
            }
            for (Object[] in : inputs) {
                findings += check.check((Channel) in[0], (String) in[1], (String) in[2], (OrderFacts) in[3]).size();
            }
        }
        long elapsed = System.nanoTime() - started;
        if (findings < 0) {
            throw new IllegalStateException(); // keeps the JIT from dropping the work
        }
        return elapsed / 1000.0 / passes / inputs.size();
    }

    double recall() {
        return tally.recall();
    }

    double precision() {
        return tally.precision();
    }

    int cleanFlagged() {
        return tally.cleanFlagged();
    }

    /** The aggregate figures and the per-rule table; misses and false flags by id only when {@code withIds}. */
    String report(String name, boolean withIds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: drafts %d, clean %d, clean flagged %d (%.1f %%), recall %.4f, precision %.4f%n", name, tally.drafts(),
                tally.clean(), tally.cleanFlagged(), tally.clean() == 0 ? 0.0 : 100.0 * tally.cleanFlagged() / tally.clean(), recall(),
                precision()));
        tally.perRule().forEach((rule, c) -> out.append(String.format("  %-20s support %3d  recall %.4f  precision %.4f  false flags %d%n",
                rule, c[0] + c[2], CorpusTally.ratio(c[0], c[0] + c[2]), CorpusTally.ratio(c[0], c[0] + c[1]), c[1])));
        if (withIds) {
            out.append("  missed: ").append(tally.misses()).append(System.lineSeparator());
            out.append("  false flags: ").append(tally.falseFlags()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** One corpus line as a map, read as {@code linkstar check-draft --corpus} reads it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON corpus line: " + e.getOriginalMessage(), e);
        }
    }
}
