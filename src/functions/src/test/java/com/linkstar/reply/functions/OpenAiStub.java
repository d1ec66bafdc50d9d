package com.linkstar.reply.functions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.linkstar.reply.testsupport.SqsEventJson;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A local OpenAI-compatible endpoint (WireMock) for the LLM tests: never the network. */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + server.port() + "/v1/",
                "quarkus.langchain4j.openai.api-key", "test-key",
                "quarkus.langchain4j.openai.timeout", "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Answers the next chat completions with {@code content} as the assistant's message. */
    static void answer(String content) {
        reply(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion(content)));
    }

    static void reply(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(5).willReturn(response));
        judge("{\"violations\": []}");
    }

    /** Answers the draft judge's calls (told apart by its instructions) with {@code content}; other calls as before. */
    static void judge(String content) {
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(JUDGE_MARK)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion(content))));
    }

    /** Words only the draft judge's instructions contain. */
    static final String JUDGE_MARK = "You check a seller's reply";

    static String completion(String content) {
        return "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + SqsEventJson.quote(content)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":321,\"completion_tokens\":42,\"total_tokens\":363}}";
    }
}
