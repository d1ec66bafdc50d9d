package com.linkstar.reply.functions;

import com.linkstar.reply.aws.SecretSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Tenants' webhook secrets from SSM Parameter Store (SecureStrings, decrypted), cached five minutes per Lambda: a sweep
 * that alerts many conversations of one tenant reads its secret once. The client is built on first use, so functions
 * that never sign anything never start one.
 */
@ApplicationScoped
public class SsmSecretSource implements SecretSource {

    private static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private record Cached(String value, Instant readAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile SsmClient ssm;

    @Override
    public String secret(String parameterName) {
        Cached cached = cache.get(parameterName);
        if (cached != null && cached.readAt().plus(CACHE_TTL).isAfter(Instant.now())) {
            return cached.value();
        }
        String value = client().getParameter(r -> r.name(parameterName).withDecryption(true)).parameter().value();
        cache.put(parameterName, new Cached(value, Instant.now()));
        return value;
    }

    private SsmClient client() {
        SsmClient client = ssm;
        if (client == null) {
            synchronized (this) {
                if (ssm == null) {
                    ssm = SsmApiKeyConfigSource.ssmClient(System.getenv());
                }
                client = ssm;
            }
        }
        return client;
    }
}
