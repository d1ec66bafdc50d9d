package com.linkstar.reply.functions;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;

/**
 * The LLM API key, read once at start-up from the SSM SecureString that {@code LINKSTAR_LLM_API_KEY_PARAMETER} names, so
 * the key is never in the template, an environment variable or the repository. When the LLM is enabled but the key cannot
 * be read, the integration is switched off and the rules classify: the function starts and no message is lost.
 */
public class SsmApiKeyConfigSource implements ConfigSource {

    static final String API_KEY = "quarkus.langchain4j.openai.api-key";
    static final String ENABLE_INTEGRATION = "quarkus.langchain4j.openai.enable-integration";
    private static final Logger LOG = Logger.getLogger(SsmApiKeyConfigSource.class);

    private final Map<String, String> properties;

    public SsmApiKeyConfigSource() {
        this(System.getenv());
    }

    SsmApiKeyConfigSource(Map<String, String> env) {
        this.properties = load(env);
    }

    /** The URL-connection HTTP client (small, native-friendly); AWS_ENDPOINT_URL_SSM points it at a stand-in in tests. */
    static SsmClient ssmClient(Map<String, String> env) {
        SsmClientBuilder builder = SsmClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        if (env.get("AWS_ENDPOINT_URL_SSM") != null) {
            builder.endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL_SSM")));
        }
        return builder.build();
    }

    private static Map<String, String> load(Map<String, String> env) {
        String parameter = env.get("LINKSTAR_LLM_API_KEY_PARAMETER");
        if (!"true".equalsIgnoreCase(env.get("LINKSTAR_LLM_ENABLED")) || parameter == null || parameter.isBlank()
                || env.containsKey("LINKSTAR_LLM_API_KEY")) {
            return Map.of();
        }
        try (SsmClient ssm = ssmClient(env)) {
            String key = ssm.getParameter(r -> r.name(parameter).withDecryption(true)).parameter().value();
            return Map.of(API_KEY, key);
        } catch (RuntimeException e) {
            LOG.errorf("decision=llm-disabled reason=\"cannot read SSM parameter %s: %s\" action=\"create it as a SecureString or "
                    + "fix the function's ssm:GetParameter permission; the rules classify meanwhile\"", parameter, e.getClass().getSimpleName());
            return Map.of(ENABLE_INTEGRATION, "false", API_KEY, "unavailable");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "linkstar-ssm-llm-key";
    }

    /** Above application.properties (250), below explicit environment variables (300). */
    @Override
    public int getOrdinal() {
        return 280;
    }
}
