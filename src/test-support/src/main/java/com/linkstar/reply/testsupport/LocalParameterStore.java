package com.linkstar.reply.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSM Parameter Store's {@code GetParameter} and {@code PutParameter} over the real protocol (JSON 1.1, the operation in
 * {@code X-Amz-Target}), served by {@link LocalSns}'s server: the send function reads a tenant's webhook secret from SSM,
 * and neither DynamoDB Local nor ElasticMQ offers it. Values are kept as given; "decryption" is the identity.
 */
final class LocalParameterStore {

    static final String TARGET_PREFIX = "AmazonSSM.";

    record Answer(int status, String body) {
    }

    private record Parameter(String type, String value, long version) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Parameter> parameters = new ConcurrentHashMap<>();

    Answer answer(String target, String body) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            return error("SerializationException", "the request is not JSON: " + e.getMessage());
        }
        String name = request.path("Name").asText(null);
        if (name == null) {
            return error("ValidationException", "Name is required");
        }
        return switch (target.substring(TARGET_PREFIX.length())) {
            case "GetParameter" -> get(name);
            case "PutParameter" -> put(name, request);
            default -> error("InvalidAction", "the local parameter store supports GetParameter and PutParameter only, got " + target);
        };
    }

    private Answer get(String name) {
        Parameter parameter = parameters.get(name);
        if (parameter == null) {
            return error("ParameterNotFound", "Parameter " + name + " not found.");
        }
        ObjectNode answer = json.createObjectNode();
        answer.putObject("Parameter").put("Name", name).put("Type", parameter.type()).put("Value", parameter.value())
                .put("Version", parameter.version());
        return new Answer(200, answer.toString());
    }

    private Answer put(String name, JsonNode request) {
        String value = request.path("Value").asText(null);
        if (value == null) {
            return error("ValidationException", "Value is required");
        }
        boolean overwrite = request.path("Overwrite").asBoolean(false);
        Parameter existing = parameters.get(name);
        if (existing != null && !overwrite) {
            return error("ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option to true.");
        }
        Parameter stored = new Parameter(request.path("Type").asText("String"), value, existing == null ? 1 : existing.version() + 1);
        parameters.put(name, stored);
        return new Answer(200, json.createObjectNode().put("Version", stored.version()).put("Tier", "Standard").toString());
    }

    private Answer error(String type, String message) {
        return new Answer(400, json.createObjectNode().put("__type", type).put("message", message).toString());
    }
}
