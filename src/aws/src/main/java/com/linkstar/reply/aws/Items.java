package com.linkstar.reply.aws;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Small helpers to build and read DynamoDB items by hand: no reflection, so native images need no configuration. */
final class Items {

    private Items() {
    }

    static final class Builder {
        private final Map<String, AttributeValue> item = new HashMap<>();

        Builder s(String name, String value) {
            if (value != null) {
                item.put(name, AttributeValue.fromS(value));
            }
            return this;
        }

        Builder s(String name, Instant value) {
            return value == null ? this : s(name, value.toString());
        }

        Builder n(String name, long value) {
            item.put(name, AttributeValue.fromN(Long.toString(value)));
            return this;
        }

        Builder n(String name, double value) {
            item.put(name, AttributeValue.fromN(Double.toString(value)));
            return this;
        }

        /** DynamoDB rejects empty sets: an empty collection is stored as no attribute. */
        Builder ss(String name, Collection<String> values) {
            if (values != null && !values.isEmpty()) {
                item.put(name, AttributeValue.fromSs(List.copyOf(values)));
            }
            return this;
        }

        /** Only a true flag is stored: absent reads as false, so older items need no migration. */
        Builder flag(String name, boolean value) {
            if (value) {
                item.put(name, AttributeValue.fromBool(true));
            }
            return this;
        }

        Builder l(String name, List<String> values) {
            item.put(name, AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList()));
            return this;
        }

        Map<String, AttributeValue> build() {
            return item;
        }
    }

    static Builder item() {
        return new Builder();
    }

    static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = s(item, name);
        return value == null ? null : Instant.parse(value);
    }

    static long n(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Long.parseLong(value.n());
    }

    static double d(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Double.parseDouble(value.n());
    }

    static <T> Set<T> ss(Map<String, AttributeValue> item, String name, Function<String, T> parse) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasSs()) {
            return Set.of();
        }
        return value.ss().stream().map(parse).collect(Collectors.toSet());
    }

    static List<String> l(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::s).toList();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableDesign.PK, AttributeValue.fromS(pk), TableDesign.SK, AttributeValue.fromS(sk));
    }

    private static final int BATCH_GET_ATTEMPTS = 5;

    /**
     * The items of {@code keys} that exist, read strongly consistently in one BatchGetItem, asking again for keys DynamoDB
     * left unprocessed (throttling). Keys still unread after that make it throw, so a caller never takes an unread item for
     * a missing one; the record is retried.
     */
    static List<Map<String, AttributeValue>> getAll(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new java.util.ArrayList<>();
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        for (int attempt = 0; !request.isEmpty(); attempt++) {
            if (attempt == BATCH_GET_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left keys unread after " + BATCH_GET_ATTEMPTS + " attempts (throttled); retried");
            }
            Map<String, KeysAndAttributes> ask = request;
            var response = dynamo.batchGetItem(r -> r.requestItems(ask));
            items.addAll(response.responses().getOrDefault(table, List.of()));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return items;
    }
}
