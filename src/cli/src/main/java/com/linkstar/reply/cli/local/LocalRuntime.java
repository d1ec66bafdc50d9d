package com.linkstar.reply.cli.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.AwsRequestCounter;
import com.linkstar.reply.aws.DynamoDbAutomationSettingsStore;
import com.linkstar.reply.aws.DynamoDbConversationStore;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.testsupport.AwsStack;
import com.linkstar.reply.testsupport.EmbeddedAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The whole system on one machine: DynamoDB Local, ElasticMQ and an SNS/SES/SSM stand-in in this process with the table and
 * queues of template.yaml, and the packaged functions and API in their own JVMs behind a Lambda runtime emulator, fed
 * by SQS event source mappings, a one-minute sweep schedule and an HTTP API gateway. No AWS account, no API key.
 */
public final class LocalRuntime implements AutoCloseable {

    public static final String STACK = "linkstar-local";
    /** The handlers of template.yaml. */
    static final String FUNQY_HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";
    static final String HTTP_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** Local bearer tokens and the tenants they stand for (what a JWT authorizer would verify in AWS). */
    public static final Map<String, String> TENANT_BY_TOKEN = Map.of("local-demo-token", "demo", "local-acme-token", "acme");

    private final AwsStack aws;
    private final DynamoDbClient dynamo;
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private final SqsClient sqs;
    private final DynamoDbConversationStore store;
    private final List<FunctionProcess> processes = new ArrayList<>();
    private final List<SqsEventSourceMapping> mappings = new ArrayList<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sla-sweep-schedule");
        t.setDaemon(true);
        return t;
    });
    private final Path workDir;
    private LocalOutbox outbox;
    private LocalConnector connector;
    private HttpApiGateway gateway;

    private LocalRuntime(AwsStack aws, Path workDir) {
        this.aws = aws;
        this.workDir = workDir;
        this.dynamo = aws.dynamoClient(new AwsRequestCounter());
        this.sqs = aws.sqsClient(new AwsRequestCounter());
        this.store = new DynamoDbConversationStore(dynamo, aws.tableName(), Duration.ofDays(30), Clock.systemUTC());
    }

    /**
     * @param apiPort the HTTP API's port on localhost; 0 picks a free one, a negative value runs no API
     */
    public static LocalRuntime start(Path repoRoot, int apiPort) throws IOException {
        return start(repoRoot, apiPort, EmbeddedAws.start(repoRoot.resolve("template.yaml"), STACK));
    }

    /** The same, on a stack that already exists (LocalStack in the tests); the runtime closes it when it closes. */
    public static LocalRuntime start(Path repoRoot, int apiPort, AwsStack stack) throws IOException {
        return start(repoRoot, apiPort, stack, Map.of());
    }

    /**
     * @param environment settings every function gets on top of the stack's, as template.yaml's parameters would set them
     *     (e.g. {@code LINKSTAR_ORDER_DATA_URL})
     */
    public static LocalRuntime start(Path repoRoot, int apiPort, AwsStack stack, Map<String, String> environment) throws IOException {
        Path workDir = repoRoot.resolve("target/local");
        Files.createDirectories(workDir);
        LocalRuntime runtime = new LocalRuntime(stack, workDir);
        runtime.extraEnvironment.putAll(environment);
        try {
            runtime.startDelivery();
            runtime.startFunctions(repoRoot, apiPort);
            return runtime;
        } catch (IOException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * Where approved and automatic replies go: Amazon's are e-mailed to the SES stand-in, the other channels' are posted,
     * signed, to the {@link LocalConnector}; both end up in the {@link LocalOutbox}. Each tenant's webhook secret is put
     * in SSM, where the send function reads it, as in AWS.
     */
    private void startDelivery() throws IOException {
        outbox = new LocalOutbox(workDir.resolve("outbox"));
        if (aws instanceof EmbeddedAws embedded) {
            // LocalStack keeps its e-mails itself; the embedded stand-in hands them over
            embedded.sns().onEmail(outbox::email);
        }
        Map<String, String> secretByTenant = new HashMap<>();
        var automation = new DynamoDbAutomationSettingsStore(dynamo, aws.tableName());
        try (SsmClient ssm = aws.ssmClient()) {
            for (String tenant : TENANT_BY_TOKEN.values()) {
                String secret = HexFormat.of().formatHex(randomBytes(32));
                ssm.putParameter(r -> r.name(webhookSecretParameter(tenant)).value(secret).type(ParameterType.SECURE_STRING).overwrite(true));
                secretByTenant.put(tenant, secret);
            }
            connector = new LocalConnector(secretByTenant, outbox, Clock.systemUTC());
            for (String tenant : TENANT_BY_TOKEN.values()) {
                store.activateTenant(tenant, "Local seller " + tenant);
                automation.save(tenant, AutomationSettings.fromMap(tenant, Map.of("delivery", Map.of(
                        "emailFrom", "replies@" + tenant + ".local",
                        "webhookUrl", connector.replyUrl(tenant).toString(),
                        "webhookSecretParameter", webhookSecretParameter(tenant)))));
            }
        }
    }

    private static String webhookSecretParameter(String tenant) {
        return "/linkstar/tenants/" + tenant + "/reply-webhook";
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private void startFunctions(Path repoRoot, int apiPort) throws IOException {
        Path functionsJar = runnerJar(repoRoot.resolve("src/functions/target"));
        Map<String, FunctionProcess> started = new LinkedHashMap<>();
        for (String function : List.of("ingest", "classify", "draft", "send", "sla-sweep")) {
            Map<String, String> env = functionEnvironment();
            env.put("QUARKUS_FUNQY_EXPORT", function);
            env.put(AwsRequestCounter.REPORT_FILE_ENV, workDir.resolve("requests-" + function + ".txt").toString());
            started.put(function, FunctionProcess.start(function, functionsJar, FUNQY_HANDLER, env, workDir.resolve("logs")));
        }
        if (apiPort >= 0) {
            Map<String, String> env = functionEnvironment();
            env.put(AwsRequestCounter.REPORT_FILE_ENV, workDir.resolve("requests-api.txt").toString());
            started.put("api", FunctionProcess.start("api", runnerJar(repoRoot.resolve("src/api/target")), HTTP_HANDLER, env,
                    workDir.resolve("logs")));
        }
        processes.addAll(started.values());
        for (FunctionProcess process : processes) {
            process.awaitReady(Duration.ofSeconds(90));
        }
        mappings.add(map("IngestQueue", started.get("ingest")));
        mappings.add(map("ClassifyQueue", started.get("classify")));
        mappings.add(map("DraftQueue", started.get("draft")));
        mappings.add(map("OutboundQueue", started.get("send")));
        FunctionProcess sweep = started.get("sla-sweep");
        schedule.scheduleAtFixedRate(() -> {
            try {
                sweep.runtime().invoke("{\"source\":\"linkstar.sla-sweep\"}", Duration.ofSeconds(50)).join();
            } catch (RuntimeException e) {
                System.err.println("[sla-sweep] " + e.getMessage() + "; see " + sweep.log());
            }
        }, 60, 60, TimeUnit.SECONDS);
        if (apiPort >= 0) {
            gateway = new HttpApiGateway(apiPort, started.get("api"), TENANT_BY_TOKEN);
        }
    }

    private SqsEventSourceMapping map(String queueId, FunctionProcess function) {
        String url = aws.queueUrl(queueId);
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        return new SqsEventSourceMapping(sqs, url, arn, function).start();
    }

    /**
     * What template.yaml sets for the functions, pointed at the stack: the same settings the Quarkus tests get as
     * properties, here as environment variables (Quarkus maps {@code quarkus.sqs.endpoint-override} to
     * {@code QUARKUS_SQS_ENDPOINT_OVERRIDE}).
     */
    private Map<String, String> functionEnvironment() {
        Map<String, String> env = new HashMap<>();
        aws.linkstarConfig().forEach((property, value) -> env.put(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        env.put("AWS_REGION", aws.region().id());
        // the SSM client (webhook secrets) uses the SDK's default chain: the stack's keys, never the user's own
        env.put("AWS_ENDPOINT_URL_SSM", aws.ssmEndpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", aws.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", aws.secretKey());
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.putAll(extraEnvironment);
        return env;
    }

    private static Path runnerJar(Path targetDir) throws IOException {
        if (Files.isDirectory(targetDir)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(targetDir, "*-runner.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("no packaged Lambda in " + targetDir + ": run 'mvn -DskipTests install' first");
    }

    /** Sends a message to the ingest queue, as a channel adapter does. */
    public void send(InboundMessage message) {
        sqs.sendMessage(r -> r.queueUrl(aws.queueUrl("IngestQueue")).messageBody(json(message)));
    }

    private static String json(Object value) {
        try {
            return PayloadJson.newMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DynamoDbConversationStore store() {
        return store;
    }

    public AwsStack aws() {
        return aws;
    }

    /** The replies the send function delivered in this run. */
    public LocalOutbox outbox() {
        return outbox;
    }

    public int apiPort() {
        return gateway == null ? -1 : gateway.port();
    }

    /** Messages visible or in flight on the ingest, classify and draft queues. */
    public long stageQueuesBusy() {
        long busy = 0;
        for (String queue : List.of("IngestQueue", "ClassifyQueue", "DraftQueue", "OutboundQueue")) {
            busy += sqs.getQueueAttributes(r -> r.queueUrl(aws.queueUrl(queue)).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                    .attributes().values().stream().mapToLong(Long::parseLong).sum();
        }
        return busy;
    }

    public long failedRecords() {
        return mappings.stream().mapToLong(SqsEventSourceMapping::failedRecords).sum();
    }

    /** Requests made by the packaged functions (from their counters' reports) per "Service:Operation". */
    public Map<String, Long> functionRequests() {
        Map<String, Long> total = new java.util.TreeMap<>();
        for (FunctionProcess process : processes) {
            AwsRequestCounter.readReport(workDir.resolve("requests-" + process.name() + ".txt"))
                    .forEach((operation, count) -> total.merge(operation, count, Long::sum));
        }
        return total;
    }

    public static List<Path> samples(Path repoRoot) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(repoRoot.resolve("infra/samples"), "*.json")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    public static InboundMessage readSample(Path file, ObjectMapper json) throws IOException {
        return json.readValue(file.toFile(), InboundMessage.class);
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        if (connector != null) {
            connector.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        mappings.forEach(SqsEventSourceMapping::close);
        processes.forEach(FunctionProcess::close);
        sqs.close();
        dynamo.close();
        aws.close();
    }
}
