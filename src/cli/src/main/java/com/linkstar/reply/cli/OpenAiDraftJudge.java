package com.linkstar.reply.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.JudgeAnswerJson;
import com.linkstar.reply.core.compliance.LlmDraftJudge;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The draft judge's model over any OpenAI-compatible chat completions endpoint (OpenAI, Azure, DeepSeek, Qwen, vLLM):
 * temperature 0, a JSON answer. The API key goes in the Authorization header only, never into an error or a log.
 */
final class OpenAiDraftJudge implements LlmDraftJudge.Model {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String model;
    private final String apiKey;

    OpenAiDraftJudge(String baseUrl, String model, String apiKey) {
        this.endpoint = URI.create(baseUrl.endsWith("/") ? baseUrl + "chat/completions" : baseUrl + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
    }

    @Override
    public List<LlmDraftJudge.Verdict> violations(String instructions, String draft) {
        try {
            String body = JSON.writeValueAsString(Map.of("model", model, "temperature", 0, "response_format", Map.of("type", "json_object"),
                    "messages", List.of(Map.of("role", "system", "content", instructions), Map.of("role", "user", "content", draft))));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the LLM endpoint answered HTTP " + response.statusCode());
            }
            return JudgeAnswerJson.verdicts(JSON.readTree(response.body()).path("choices").path(0).path("message").path("content").asText(""));
        } catch (IOException e) {
            throw new IllegalStateException("no usable answer from the LLM endpoint: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the LLM endpoint", e);
        }
    }
}
