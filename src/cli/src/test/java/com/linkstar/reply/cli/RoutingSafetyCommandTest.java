package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingSafetyCommandTest {

    @Test
    void should_send_plain_questions_alone_and_never_a_threat_or_a_flagged_draft(@TempDir Path dir) throws Exception {
        Path test = dir.resolve("messages.jsonl");
        Files.writeString(test, String.join("\n",
                "{\"id\":\"a\",\"text\":\"Where is my order? I ordered it last week.\",\"intent\":\"order_tracking\",\"risks\":[],\"lang\":\"en\"}",
                "{\"id\":\"b\",\"text\":\"Where is my order? My lawyer will sue you if it is not here tomorrow.\",\"intent\":\"order_tracking\","
                        + "\"risks\":[\"legal_threat\"],\"lang\":\"en\"}",
                "{\"id\":\"c\",\"text\":\"Wo ist meine Bestellung? Ich warte schon seit Tagen.\",\"intent\":\"order_tracking\",\"risks\":[],\"lang\":\"de\"}",
                // a safety hazard the risk rules do not raise (a scald without the word "burn"): held by its words
                "{\"id\":\"d\",\"text\":\"Where is my order? The last kettle scalded my hand.\",\"intent\":\"order_tracking\","
                        + "\"risks\":[\"safety_hazard\"],\"lang\":\"en\"}"));

        CliRun run = CliRun.of("routing-safety", "--test", test.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("messages").asInt()).isEqualTo(4);
        assertThat(report.path("labeled_risks").asInt()).isEqualTo(2);
        assertThat(report.path("labeled_risks_escalated").asInt() + report.path("labeled_risks_held_for_risk_words").asInt()).isEqualTo(2);
        assertThat(report.path("auto_sent_with_labeled_risk").asInt()).isZero();
        assertThat(report.path("auto_sent_with_findings").asInt()).isZero();
        assertThat(report.path("auto_sent").asInt()).isBetween(1, 2);
        assertThat(report.path("escalated").asInt() + report.path("pending_approval").asInt() + report.path("auto_sent").asInt()).isEqualTo(4);
    }

    @Test
    void should_refuse_a_confidence_bar_below_the_apis() {
        CliRun run = CliRun.of("routing-safety", "--test", "x.jsonl", "--min-confidence", "lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--min-confidence must be a number");
    }
}
