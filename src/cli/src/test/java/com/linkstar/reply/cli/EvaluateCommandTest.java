package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(expectedExit);
        return expectedExit == 0 ? run.out() : run.err();
    }

    @Test
    void should_print_the_report_of_the_contract_for_rules_and_a_trained_model() throws Exception {
        Path test = dir.resolve("test.jsonl");
        Files.writeString(test, String.join("\n",
                "{\"id\":\"1\",\"text\":\"Where is my order?\",\"intent\":\"order_tracking\",\"lang\":\"en\"}",
                "{\"id\":\"2\",\"text\":\"I will call my lawyer, refund me now\",\"intent\":\"refund_request\",\"risks\":[\"legal_threat\"]}",
                "{\"id\":\"3\",\"text\":\"Bitte stornieren Sie meine Bestellung\",\"intent\":\"cancel_order\",\"extra\":\"ignored\"}"));

        JsonNode rules = new ObjectMapper().readTree(run(0, "evaluate", "--test", test.toString(), "--mode", "rules"));
        assertThat(rules.path("examples").asInt()).isEqualTo(3);
        assertThat(rules.path("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(rules.path("macro_f1").asDouble()).isEqualTo(1.0);
        assertThat(rules.path("per_intent").path("refund_request").path("support").asInt()).isEqualTo(1);
        assertThat(rules.path("risk").path("recall").asDouble()).isEqualTo(1.0);
        assertThat(rules.path("messages_per_second").asLong()).isPositive();
        assertThat(rules.path("latency_ms").has("p99")).isTrue();

        JsonNode combined = new ObjectMapper().readTree(run(0, "evaluate", "--test", test.toString(), "--train", test.toString()));
        assertThat(combined.path("mode").asText()).isEqualTo("combined");
        assertThat(combined.path("train_examples").asInt()).isEqualTo(3);
    }

    @Test
    void should_refuse_bad_input_with_a_one_line_reason() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"1\",\"text\":\"hi\"}\n");
        assertThat(run(2, "evaluate", "--test", bad.toString())).contains("bad.jsonl:1 needs");
        assertThat(run(2, "evaluate")).contains("--test FILE is required");
        assertThat(run(2, "evaluate", "--test", dir.resolve("missing.jsonl").toString())).contains("no such file");
        Path ok = dir.resolve("ok.jsonl");
        Files.writeString(ok, "{\"id\":\"1\",\"text\":\"hi\",\"intent\":\"other\"}\n");
        assertThat(run(2, "evaluate", "--test", ok.toString(), "--mode", "model")).contains("needs training data");
        assertThat(run(2, "evaluate", "--test", ok.toString(), "--mode", "llm")).contains("classify function");
    }
}
