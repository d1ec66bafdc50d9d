package com.linkstar.reply.functions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key comes from SSM over the real SSM protocol (JSON 1.1, GetParameter), served by a local stub. */
class SsmApiKeyConfigSourceTest {

    private WireMockServer ssm;

    @BeforeEach
    void start_ssm_stub() {
        ssm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        ssm.start();
    }

    @AfterEach
    void stop_ssm_stub() {
        ssm.stop();
        System.clearProperty("aws.region");
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private Map<String, String> env(boolean enabled) {
        Map<String, String> env = new HashMap<>();
        env.put("LINKSTAR_LLM_ENABLED", Boolean.toString(enabled));
        env.put("LINKSTAR_LLM_API_KEY_PARAMETER", "/linkstar/llm-api-key");
        env.put("AWS_ENDPOINT_URL_SSM", "http://127.0.0.1:" + ssm.port());
        return env;
    }

    @Test
    void should_read_the_key_from_the_secure_string() {
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        ssm.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
                .withRequestBody(containing("\"WithDecryption\":true"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Parameter\":{\"Name\":\"/linkstar/llm-api-key\",\"Type\":\"SecureString\",\"Value\":\"k-from-ssm\",\"Version\":1}}")));

        var source = new SsmApiKeyConfigSource(env(true));
        assertThat(source.getValue(SsmApiKeyConfigSource.API_KEY)).isEqualTo("k-from-ssm");
        assertThat(source.getValue(SsmApiKeyConfigSource.ENABLE_INTEGRATION)).isNull();
    }

    @Test
    void should_switch_the_llm_off_when_the_key_cannot_be_read() {
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        ssm.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"ParameterNotFound\",\"message\":\"not found\"}")));

        var source = new SsmApiKeyConfigSource(env(true));
        assertThat(source.getValue(SsmApiKeyConfigSource.ENABLE_INTEGRATION)).isEqualTo("false");
    }

    @Test
    void should_not_call_ssm_when_the_llm_is_off() {
        var source = new SsmApiKeyConfigSource(env(false));
        assertThat(source.getPropertyNames()).isEmpty();
        assertThat(ssm.getAllServeEvents()).isEmpty();
    }
}
