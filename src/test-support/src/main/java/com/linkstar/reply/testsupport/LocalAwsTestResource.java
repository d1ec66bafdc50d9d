package com.linkstar.reply.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts {@link EmbeddedAws} for a {@code @QuarkusTest} and points the Quarkus AWS clients and the Linkstar
 * configuration at it. {@link #current()} gives tests the running stand-ins.
 */
public class LocalAwsTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String STACK = "linkstar-test";
    private static volatile EmbeddedAws current;

    public static EmbeddedAws current() {
        if (current == null) {
            throw new IllegalStateException("LocalAwsTestResource is not running");
        }
        return current;
    }

    @Override
    public Map<String, String> start() {
        current = EmbeddedAws.start(SamTemplate.locate(), STACK);
        return current.linkstarConfig();
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
