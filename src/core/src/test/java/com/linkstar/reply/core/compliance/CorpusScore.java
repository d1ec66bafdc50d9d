package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.model.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the compliance check on a labelled corpus (one JSON draft a line, as in src/test/resources/compliance) the way
 * {@code linkstar check-draft --corpus} does: precision and recall per rule over (draft, rule) pairs, and how many clean
 * drafts got any finding. Lives in core's test tree so the figures need neither Jackson nor the CLI module; the JSON
 * reader below knows just enough JSON for the corpus lines.
 */
final class CorpusScore {

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
            @SuppressWarnings("unchecked")
            Map<String, Object> draft = (Map<String, Object>) new Json(line).value();
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
            @SuppressWarnings("unchecked")
            Map<String, Object> draft = (Map<String, Object>) new Json(line).value();
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

    /** Just enough JSON for a corpus line: objects, arrays, strings with escapes, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String number = s.substring(start, i);
                    return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            space();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
                if (s.charAt(i++) == '}') {
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            space();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (s.charAt(i++) == ']') {
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + s);
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
