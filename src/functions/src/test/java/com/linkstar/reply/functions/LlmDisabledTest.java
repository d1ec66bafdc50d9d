package com.linkstar.reply.functions;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.model.IntentSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** LLM asked for, integration disabled (no key in the environment): the rules answer and nothing is sent. */
@QuarkusTest
@TestProfile(FunctionProfiles.ClassifyWithLlmDisabled.class)
class LlmDisabledTest {

    @Inject
    Classifier classifier;

    @Test
    void should_label_with_the_rules_when_the_integration_is_disabled() {
        OpenAiStub.answer("{\"intent\":\"other\",\"confidence\":0.99}");
        var label = classifier.classify("Where is my order 302-1234567-1234567?");
        assertThat(label.source()).isEqualTo(IntentSource.RULES);
        assertThat(label.intent()).isEqualTo("order_tracking");
        assertThat(OpenAiStub.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
