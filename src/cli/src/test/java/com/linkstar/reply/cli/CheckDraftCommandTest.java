package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `linkstar check-draft` as DESIGN.md §7 gives it: one JSON line per draft with its violations. */
class CheckDraftCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_print_one_result_per_draft_with_rule_span_and_message() throws Exception {
        Path drafts = dir.resolve("drafts.jsonl");
        Files.writeString(drafts, String.join("\n",
                "{\"id\":\"clean\",\"text\":\"Hello, your order shipped on 2026-11-20 with DHL, tracking JJD000390007.\",\"lang\":\"en\","
                        + "\"facts\":{\"shipped\":true,\"shipped_at\":\"2026-11-20\",\"carrier\":\"DHL\",\"tracking_number\":\"JJD000390007\"}}",
                "{\"id\":\"dirty\",\"text\":\"Hello, we have refunded you. Write to bob at gmail dot com.\",\"lang\":\"en\",\"facts\":{}}"));

        CliRun run = CliRun.of("check-draft", "--channel", "amazon", "--file", drafts.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> results = run.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(1).get("ok").asBoolean()).isFalse();
        assertThat(results.get(1).get("violations")).extracting(v -> v.get("rule").asText()).containsExactly("unconfirmed_promise", "email");
        JsonNode email = results.get(1).get("violations").get(1);
        assertThat(email.get("span").get("text").asText()).isEqualTo("bob at gmail dot com");
        assertThat(email.get("message").asText()).contains("contact details");
        assertThat(results.get(1).get("policy_version").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void should_exit_2_with_a_one_line_reason_on_bad_input() throws Exception {
        assertThat(CliRun.of("check-draft").err()).contains("--channel is required");
        assertThat(CliRun.of("check-draft", "--channel", "wish").err()).contains("unknown channel 'wish'");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"1\",\"text\":\"ok\"}\n{ not json");
        CliRun run = CliRun.of("check-draft", "--channel", "ebay", "--file", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2: not JSON");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_meet_the_targets_on_the_labeled_corpus() throws Exception {
        Path corpus = Linkstar.repoRoot().resolve("src/core/src/test/resources/compliance/drafts.jsonl");
        CliRun run = CliRun.of("check-draft", "--corpus", corpus.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        System.out.println("compliance corpus: " + report.get("drafts") + " drafts, recall " + report.get("recall") + ", precision "
                + report.get("precision") + ", clean drafts flagged " + report.get("clean_drafts_flagged") + " of " + report.get("clean_drafts")
                + "\n" + report.get("per_rule").toPrettyString());

        assertThat(report.get("drafts").asInt()).isGreaterThanOrEqualTo(300);
        assertThat(report.get("recall").asDouble()).as("missed: %s", report.get("missed")).isGreaterThanOrEqualTo(0.99);
        assertThat(report.get("false_flag_rate_on_clean").asDouble()).as("false flags: %s", report.get("false_flags")).isLessThanOrEqualTo(0.02);
        report.get("per_rule").fields().forEachRemaining(rule -> assertThat(rule.getValue().get("support").asInt())
                .as(rule.getKey()).isGreaterThanOrEqualTo(18));
    }
}
