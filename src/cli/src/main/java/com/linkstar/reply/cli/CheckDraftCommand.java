package com.linkstar.reply.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.compliance.CorpusTally;
import com.linkstar.reply.core.compliance.Finding;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.Channel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code linkstar check-draft}: the compliance check of DESIGN.md §7 over drafts given as JSON Lines. */
final class CheckDraftCommand implements Linkstar.Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String summary() {
        return "checks reply drafts against a channel's messaging policy (links, contact details, promises, facts, language…)";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar check-draft --channel CHANNEL [--file FILE]
                       linkstar check-draft --corpus FILE
                  reads drafts as JSON Lines from FILE or stdin: {"id", "text", "lang", "facts": {...}}
                    lang  = the buyer's language, which the reply must be in
                    facts = what the order data confirms, e.g. {"shipped": true, "tracking_number": "1Z…", "refund_issued": false}
                  prints one JSON line per draft: {"id", "ok", "policy_version", "violations": [{"rule", "span", "message"}]}
                  channel: one of %s
                  --corpus: a labeled corpus, one draft a line with its own "channel" and "expected" rule ids; prints
                  precision and recall per rule, and the share of clean drafts flagged""".formatted(Channel.allWireNames());
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws IOException {
        Linkstar.rejectUnknown(args, List.of("--channel", "--file", "--corpus"), List.of());
        String corpus = Linkstar.option(args, "--corpus", null);
        if (corpus != null) {
            if (!Files.isRegularFile(Path.of(corpus))) {
                throw new Linkstar.UsageException("--corpus: no such file " + corpus);
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(corpusReport(Files.readAllLines(Path.of(corpus)))));
            return 0;
        }
        String channelName = Linkstar.option(args, "--channel", null);
        if (channelName == null) {
            throw new Linkstar.UsageException("--channel is required; one of " + Channel.allWireNames());
        }
        Channel channel;
        try {
            channel = Channel.fromWireName(channelName);
        } catch (IllegalArgumentException e) {
            throw new Linkstar.UsageException(e.getMessage());
        }
        String file = Linkstar.option(args, "--file", null);
        if (file != null && !Files.isRegularFile(Path.of(file))) {
            throw new Linkstar.UsageException("--file: no such file " + file);
        }
        ComplianceCheck check = ComplianceCheck.bundled();
        try (BufferedReader in = file != null ? Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode draft = parse(line, number);
                List<Finding> findings = check.check(channel, draft.path("text").asText(""), draft.path("lang").asText(null),
                        new OrderFacts(facts(draft.path("facts"), number)));
                out.println(JSON.writeValueAsString(result(draft.path("id").asText("line-" + number), check.policy(channel).version(), findings)));
            }
        }
        return 0;
    }

    /**
     * Precision and recall per rule over (draft, rule) pairs, and how many clean drafts got any finding: the figures the
     * compliance issue asks for. Misses and false flags are listed by id, so a regression can be read at once.
     */
    static Map<String, Object> corpusReport(List<String> lines) {
        ComplianceCheck check = ComplianceCheck.bundled();
        CorpusTally tally = new CorpusTally();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode draft = parse(line, number);
            Channel channel = Channel.fromWireName(draft.path("channel").asText());
            java.util.Set<String> expected = new java.util.TreeSet<>();
            draft.path("expected").forEach(rule -> expected.add(rule.asText()));
            java.util.Set<String> found = new java.util.TreeSet<>();
            check.check(channel, draft.path("text").asText(""), draft.path("lang").asText(null), new OrderFacts(facts(draft.path("facts"), number)))
                    .forEach(finding -> found.add(finding.rule()));
            tally.add(draft.path("id").asText("line-" + number), expected, found, Map.of());
        }
        Map<String, Object> perRule = new LinkedHashMap<>();
        tally.perRule().forEach((name, c) -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("precision", CorpusTally.ratio(c[0], c[0] + c[1]));
            rule.put("recall", CorpusTally.ratio(c[0], c[0] + c[2]));
            rule.put("support", c[0] + c[2]);
            rule.put("false_flags", c[1]);
            perRule.put(name, rule);
        });
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("drafts", tally.drafts());
        report.put("clean_drafts", tally.clean());
        report.put("clean_drafts_flagged", tally.cleanFlagged());
        report.put("false_flag_rate_on_clean", CorpusTally.ratio(tally.cleanFlagged(), tally.clean()));
        report.put("precision", tally.precision());
        report.put("recall", tally.recall());
        report.put("per_rule", perRule);
        report.put("missed", tally.misses());
        report.put("false_flags", tally.falseFlags());
        return report;
    }

    private static JsonNode parse(String line, int number) {
        try {
            JsonNode draft = JSON.readTree(line);
            if (!draft.isObject() || !draft.path("text").isTextual()) {
                throw new Linkstar.UsageException("line " + number + ": needs a JSON object with a \"text\" string");
            }
            return draft;
        } catch (JsonProcessingException e) {
            throw new Linkstar.UsageException("line " + number + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Map<String, Object> facts(JsonNode facts, int number) {
        if (facts.isMissingNode() || facts.isNull()) {
            return Map.of();
        }
        if (!facts.isObject()) {
            throw new Linkstar.UsageException("line " + number + ": \"facts\" must be an object");
        }
        return JSON.convertValue(facts, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    static Map<String, Object> result(String id, String policyVersion, List<Finding> findings) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (Finding finding : findings) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("rule", finding.rule());
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("start", finding.start());
            span.put("end", finding.end());
            span.put("text", finding.excerpt());
            violation.put("span", span);
            violation.put("message", finding.message());
            violations.add(violation);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("ok", findings.isEmpty());
        result.put("policy_version", policyVersion);
        result.put("violations", violations);
        return result;
    }
}
