package com.linkstar.reply.functions;

import com.linkstar.reply.testsupport.LocalAwsTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** One Quarkus start per exported function, each on its own embedded DynamoDB Local and ElasticMQ. */
public final class FunctionProfiles {

    private FunctionProfiles() {
    }

    abstract static class Exporting implements QuarkusTestProfile {
        private final String function;

        Exporting(String function) {
            this.function = function;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", function);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalAwsTestResource.class));
        }
    }

    public static class Ingest extends Exporting {
        public Ingest() {
            super("ingest");
        }
    }

    public static class Classify extends Exporting {
        public Classify() {
            super("classify");
        }
    }

    public static class Draft extends Exporting {
        public Draft() {
            super("draft");
        }
    }

    /** classify with the LLM on, against the local OpenAI stub. */
    public static class ClassifyWithLlm extends Exporting {
        public ClassifyWithLlm() {
            super("classify");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "classify", "linkstar.llm.enabled", "true",
                    "quarkus.langchain4j.openai.enable-integration", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalAwsTestResource.class), new TestResourceEntry(OpenAiStub.class));
        }
    }

    /** classify with the LLM asked for but the integration disabled: every call must fall back. */
    public static class ClassifyWithLlmDisabled extends ClassifyWithLlm {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "classify", "linkstar.llm.enabled", "true",
                    "quarkus.langchain4j.openai.enable-integration", "false");
        }
    }

    /** draft with LLM drafting on, against the local OpenAI stub. */
    public static class DraftWithLlm extends Exporting {
        public DraftWithLlm() {
            super("draft");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "draft", "linkstar.llm.enabled", "true", "linkstar.llm.drafting-enabled", "true",
                    "quarkus.langchain4j.openai.enable-integration", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalAwsTestResource.class), new TestResourceEntry(OpenAiStub.class));
        }
    }

    public static class Send extends Exporting {
        public Send() {
            super("send");
        }
    }

    public static class SlaSweep extends Exporting {
        public SlaSweep() {
            super("sla-sweep");
        }
    }
}
