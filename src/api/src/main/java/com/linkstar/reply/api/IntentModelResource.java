package com.linkstar.reply.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.classify.PromptExamples;
import com.linkstar.reply.core.classify.model.IntentModelStore.ModelInfo;
import com.linkstar.reply.core.privacy.PiiRedactor;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The caller's own intent model: trained from labeled history (JSON Lines of DESIGN.md §4) and used by the classify stage
 * where no rule matches, or where it is confident. Replaced as a whole by each training.
 */
@Path("/v1/intent-model")
@Produces(MediaType.APPLICATION_JSON)
public class IntentModelResource {

    private static final Logger LOG = Logger.getLogger(IntentModelResource.class);
    static final int MIN_EXAMPLES = 20;
    static final int MAX_EXAMPLES = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public ModelInfo get() {
        return aws.models().info(caller.tenantId()).orElseThrow(() -> new NotFoundException("no intent model trained yet; PUT labeled "
                + "JSON Lines to /v1/intent-model"));
    }

    @PUT
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    public ModelInfo train(String body) {
        String tenant = caller.tenantId();
        Taxonomy taxonomy = aws.taxonomies().find(tenant).taxonomy();
        List<LinearIntentModel.Example> examples = parse(body, taxonomy);
        LinearIntentModel model = LinearIntentModel.train(examples);
        ModelInfo info = aws.models().save(tenant, model, PromptExamples.select(examples, new PiiRedactor()), examples.size(), Instant.now());
        LOG.infof("decision=intent-model-trained tenant=%s version=%d examples=%d intents=%d bytes=%d", tenant, info.version(),
                info.examples(), info.intents(), info.bytes());
        return info;
    }

    /** Roles that mark a buyer's message in exported conversations (helpdesks and marketplaces name them differently). */
    private static final Set<String> BUYER_ROLES = Set.of("buyer", "customer", "user", "client", "shopper");

    /**
     * An imported conversation, {@code {"intent": "...", "messages": [{"role": "buyer", "text": "..."}, {"role":
     * "seller", ...}]}}, labeled with what the buyer wanted: the buyer's own messages are the training text (the
     * seller's replies would teach the model the seller's wording, not the buyer's).
     */
    private static String buyerText(JsonNode messages) {
        if (!messages.isArray()) {
            return null;
        }
        List<String> buyer = new ArrayList<>();
        for (JsonNode message : messages) {
            String role = message.path("role").asText(message.path("from").asText("")).toLowerCase(java.util.Locale.ROOT);
            String text = message.path("text").asText("");
            if (BUYER_ROLES.contains(role) && !text.isBlank()) {
                buyer.add(text);
            }
        }
        return buyer.isEmpty() ? null : String.join("\n", buyer);
    }

    /** Every problem with its line number, so the caller can fix the file in one pass. */
    private static List<LinearIntentModel.Example> parse(String body, Taxonomy taxonomy) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("body must be labeled JSON Lines: {\"text\": \"...\", \"intent\": \"...\"} per line");
        }
        List<LinearIntentModel.Example> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> intents = new TreeSet<>();
        String[] lines = body.split("\\R");
        for (int i = 0; i < lines.length && problems.size() < 20; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode line = JSON.readTree(lines[i]);
                if (!line.isObject()) {
                    throw new IOException("not an object");
                }
                String text = line.hasNonNull("text") ? line.get("text").asText() : buyerText(line.path("messages"));
                String intent = line.hasNonNull("intent") ? line.get("intent").asText() : null;
                if (text == null || text.isBlank() || intent == null) {
                    problems.add("line " + (i + 1) + ": needs \"intent\" and either \"text\" or an imported conversation's \"messages\" "
                            + "with at least one buyer message");
                } else if (!taxonomy.ids().contains(intent)) {
                    problems.add("line " + (i + 1) + ": intent '" + intent + "' is not in your taxonomy");
                } else {
                    examples.add(new LinearIntentModel.Example(text, intent));
                    intents.add(intent);
                }
            } catch (IOException e) {
                problems.add("line " + (i + 1) + ": not a JSON object");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(String.join("; ", problems));
        }
        if (examples.size() < MIN_EXAMPLES || intents.size() < 2) {
            throw new BadRequestException("a model needs at least " + MIN_EXAMPLES + " examples of at least 2 intents; got "
                    + examples.size() + " of " + intents.size());
        }
        if (examples.size() > MAX_EXAMPLES) {
            throw new BadRequestException("at most " + MAX_EXAMPLES + " examples per training; got " + examples.size());
        }
        return examples;
    }
}
