package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linkstar check-draft --corpus FILE --llm-judge} against a local OpenAI-compatible stub: the second reading is
 * scored beside the patterns alone, invented quotes and rules a channel does not apply are dropped, a failed call counts
 * as no finding.
 */
class CheckDraftJudgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer stub;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start_the_stub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            requests.add(request);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String draft = request.path("messages").path(1).path("content").asText();
            int status = 200;
            String content;
            if (draft.contains("between the two of us")) {
                content = "{\"violations\":[{\"rule\":\"off_platform\",\"quote\":\"sort it out quietly between the two of us\"}]}";
            } else if (draft.contains("on its way")) {
                content = "{\"violations\":[{\"rule\":\"unconfirmed_promise\",\"quote\":\"we refund you in full\"}]}"; // not in the draft
            } else if (draft.contains("own store")) {
                content = "{\"violations\":[{\"rule\":\"off_platform\",\"quote\":\"our own store\"}]}"; // shopify: not a rule there
            } else {
                status = 503;
                content = "";
            }
            byte[] body = status != 200 ? "{\"error\":{\"message\":\"overloaded\"}}".getBytes(StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(java.util.Map.of("choices", List.of(java.util.Map.of("message", java.util.Map.of("role", "assistant",
                            "content", content)))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stop_the_stub() {
        stub.stop(0);
    }

    @Test
    void should_score_the_patterns_alone_and_with_the_llms_second_reading() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\":\"a\",\"channel\":\"amazon-atoz\",\"lang\":\"en\",\"text\":\"Hello, we could sort it out quietly between the two of us, away from the claim.\",\"facts\":{},\"expected\":[\"off_platform\"]}",
                "{\"id\":\"b\",\"channel\":\"amazon\",\"lang\":\"en\",\"text\":\"Hello, your parcel is on its way with DHL.\",\"facts\":{\"shipped\":true,\"carrier\":\"DHL\"},\"expected\":[]}",
                "{\"id\":\"c\",\"channel\":\"ebay\",\"lang\":\"en\",\"text\":\"Hello, thank you for your order.\",\"facts\":{},\"expected\":[]}",
                "{\"id\":\"d\",\"channel\":\"shopify\",\"lang\":\"en\",\"text\":\"Hello, thanks for shopping at our own store.\",\"facts\":{},\"expected\":[]}"));
        Path key = dir.resolve("key");
        Files.writeString(key, "sk-test-123\n");

        CliRun run = CliRun.of("check-draft", "--corpus", corpus.toString(), "--llm-judge", "--llm-base-url",
                "http://127.0.0.1:" + stub.getAddress().getPort() + "/v1/", "--llm-model", "judge-model", "--llm-api-key-file", key.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("recall").asDouble()).as("the patterns alone miss the private settlement").isZero();
        JsonNode judged = report.get("with_llm_judge");
        assertThat(judged.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(judged.get("clean_drafts_flagged").asInt()).as("the invented quote and the shopify verdict are dropped").isZero();
        assertThat(judged.get("judge_failures").asInt()).isEqualTo(1);
        assertThat(judged.get("rules_added_by_judge").asInt()).isEqualTo(1);
        assertThat(requests).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("model").asText()).isEqualTo("judge-model");
            assertThat(r.get("temperature").asInt()).isZero();
            assertThat(r.path("messages").path(0).path("content").asText()).contains("Rules:");
        });
        assertThat(authorizations).containsOnly("Bearer sk-test-123");
        assertThat(run.out() + run.err()).doesNotContain("sk-test-123");
    }

    @Test
    void should_refuse_to_judge_without_a_key_or_without_a_corpus() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"channel\":\"ebay\",\"lang\":\"en\",\"text\":\"Hi\",\"facts\":{},\"expected\":[]}");
        Path empty = dir.resolve("empty-key");
        Files.writeString(empty, "\n");

        CliRun noKey = CliRun.of("check-draft", "--corpus", corpus.toString(), "--llm-judge", "--llm-api-key-file", empty.toString());
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("needs an API key");
        CliRun noCorpus = CliRun.of("check-draft", "--channel", "ebay", "--llm-judge");
        assertThat(noCorpus.exitCode()).isEqualTo(2);
        assertThat(noCorpus.err()).contains("--llm-judge needs --corpus");
        assertThat(requests).isEmpty();
    }
}
