package com.linkstar.reply.cli.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linkstar.reply.testsupport.LocalSns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where the local stack's replies end up: every reply the send function delivered, by e-mail (the SES stand-in) or by
 * the connector webhook ({@link LocalConnector}), as one JSON file in {@code target/local/outbox/}, numbered in the order
 * of delivery. What a seller trying the system sees instead of a buyer's inbox.
 */
public final class LocalOutbox {

    /** One delivered reply. @param via {@code email} or {@code webhook} */
    public record Delivered(String via, String channel, String conversationId, String recipient, Path file) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final List<Consumer<Delivered>> listeners = new CopyOnWriteArrayList<>();

    /** Empties the directory first: the outbox shows this run's deliveries only. */
    LocalOutbox(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
    }

    /** A reply the connector accepted: its webhook body as it came. */
    void webhook(ObjectNode reply) {
        add("webhook", reply.path("channel").asText(), reply.path("conversationId").asText(), reply.path("buyer").asText(), reply);
    }

    /** An e-mail the SES stand-in accepted (Amazon's relay: the conversation is not in the e-mail, only the buyer's alias). */
    void email(LocalSns.Email email) {
        ObjectNode file = JSON.createObjectNode().put("from", email.from()).put("subject", email.subject()).put("text", email.text());
        email.to().forEach(file.putArray("to")::add);
        add("email", "amazon", null, String.join(", ", email.to()), file);
    }

    private void add(String via, String channel, String conversationId, String recipient, ObjectNode content) {
        Path file = dir.resolve(String.format("%03d-%s-%s.json", sequence.incrementAndGet(), via, channel));
        try {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local outbox file " + file, e);
        }
        Delivered entry = new Delivered(via, channel, conversationId, recipient, file);
        delivered.add(entry);
        listeners.forEach(listener -> listener.accept(entry));
    }

    public void onDelivered(Consumer<Delivered> listener) {
        listeners.add(listener);
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }
}
