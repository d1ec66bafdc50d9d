package com.linkstar.reply.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * An SNS and SES stand-in on loopback that accepts the real {@code Publish} (SNS) and {@code SendEmail} (SES) calls of
 * the AWS SDK - both services speak the query protocol - and keeps what was published and sent, because neither
 * DynamoDB Local nor ElasticMQ offers them. Other actions answer 400. The same endpoint answers SSM's
 * {@code GetParameter} and {@code PutParameter} ({@link LocalParameterStore}), as LocalStack serves every service on one.
 */
public final class LocalSns implements AutoCloseable {

    /** One published message: the form parameters of the Publish call. */
    public record Published(String topicArn, String subject, String message, Map<String, String> attributes) {
    }

    /** One e-mail sent through SES's SendEmail. */
    public record Email(String from, List<String> to, String subject, String text) {
    }

    private final HttpServer server;
    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<Email> emails = new CopyOnWriteArrayList<>();
    private final List<Consumer<Email>> emailListeners = new CopyOnWriteArrayList<>();
    private final LocalParameterStore parameters = new LocalParameterStore();
    private volatile int failuresToInject;

    private LocalSns(HttpServer server) {
        this.server = server;
    }

    public static LocalSns start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LocalSns sns = new LocalSns(server);
            server.createContext("/", exchange -> {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                if (target != null && target.startsWith(LocalParameterStore.TARGET_PREFIX)) {
                    LocalParameterStore.Answer answer = sns.parameters.answer(target, request);
                    respond(exchange, answer.status(), "application/x-amz-json-1.1", answer.body());
                    return;
                }
                Map<String, String> form = parseForm(request);
                int status;
                String body;
                if (!"Publish".equals(form.get("Action")) && !"SendEmail".equals(form.get("Action"))) {
                    status = 400;
                    body = error("InvalidAction", "LocalSns supports Publish and SendEmail only, got " + form.get("Action"));
                } else if (sns.failuresToInject > 0) {
                    sns.failuresToInject--;
                    status = 500;
                    body = error("InternalError", "injected failure");
                } else if ("SendEmail".equals(form.get("Action"))) {
                    List<String> to = new ArrayList<>();
                    for (int i = 1; form.containsKey("Destination.ToAddresses.member." + i); i++) {
                        to.add(form.get("Destination.ToAddresses.member." + i));
                    }
                    Email email = new Email(form.get("Source"), to, form.get("Message.Subject.Data"), form.get("Message.Body.Text.Data"));
                    sns.emails.add(email);
                    sns.emailListeners.forEach(listener -> listener.accept(email));
                    status = 200;
                    body = "<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><SendEmailResult><MessageId>"
                            + UUID.randomUUID() + "</MessageId></SendEmailResult><ResponseMetadata><RequestId>"
                            + UUID.randomUUID() + "</RequestId></ResponseMetadata></SendEmailResponse>";
                } else {
                    sns.published.add(new Published(form.get("TopicArn"), form.get("Subject"), form.get("Message"), attributes(form)));
                    status = 200;
                    body = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>"
                            + UUID.randomUUID() + "</MessageId></PublishResult><ResponseMetadata><RequestId>"
                            + UUID.randomUUID() + "</RequestId></ResponseMetadata></PublishResponse>";
                }
                respond(exchange, status, "text/xml", body);
            });
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "local-sns");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return sns;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the local SNS stand-in: " + e.getMessage(), e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Called with every e-mail SendEmail accepts, after it is kept (the local stack writes them to its outbox). */
    public void onEmail(Consumer<Email> listener) {
        emailListeners.add(listener);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Published> published() {
        return new ArrayList<>(published);
    }

    public List<Email> emails() {
        return new ArrayList<>(emails);
    }

    public void clear() {
        published.clear();
        emails.clear();
    }

    /** The next {@code count} Publish or SendEmail calls fail with HTTP 500, as SNS does in an outage. */
    public void failNext(int count) {
        failuresToInject = count;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String error(String code, String message) {
        return "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** MessageAttributes.entry.N.Name / .Value.StringValue pairs. */
    private static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            attributes.put(form.get("MessageAttributes.entry." + i + ".Name"),
                    form.get("MessageAttributes.entry." + i + ".Value.StringValue"));
        }
        return attributes;
    }
}
