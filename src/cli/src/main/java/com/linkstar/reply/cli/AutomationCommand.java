package com.linkstar.reply.cli;

import com.linkstar.reply.aws.DynamoDbAutomationSettingsStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * {@code linkstar automation}: the operator's switches in a deployed stack. {@code --pause --all} stops every automatic
 * send of every tenant from the next message on (replies already queued are held for approval); drafts keep coming.
 */
final class AutomationCommand implements Linkstar.Command {

    @Override
    public String summary() {
        return "pause or resume automatic sending in a deployed stack, for one tenant or for all";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar automation (--pause | --resume | --status) (--all | --tenant TENANT) --table TABLE
                                           [--region REGION] [--endpoint URL]
                  --pause / --resume  flip the switch; --status only reads it
                  --all               the global switch, for every tenant of the stack
                  --tenant            one tenant's switch (the same as its POST /v1/automation/pause)
                  --table             the stack's table (output ConversationTableName)
                  --region            the stack's region (default: AWS_REGION or the profile's)
                  --endpoint          another DynamoDB endpoint, e.g. LocalStack or DynamoDB Local
                AWS credentials come from the usual chain (environment, profile, role); the caller needs
                dynamodb:UpdateItem and dynamodb:BatchGetItem on the table.
                prints {"scope": "all"|"tenant:T", "paused": true|false, "globally_paused": true|false}""";
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) {
        Linkstar.rejectUnknown(args, List.of("--tenant", "--table", "--region", "--endpoint"), List.of("--pause", "--resume", "--status", "--all"));
        long actions = Stream.of("--pause", "--resume", "--status").filter(args::contains).count();
        String tenant = Linkstar.option(args, "--tenant", null);
        if (actions != 1) {
            throw new Linkstar.UsageException("give exactly one of --pause, --resume, --status");
        }
        if (args.contains("--all") == (tenant != null)) {
            throw new Linkstar.UsageException("give exactly one of --all, --tenant TENANT");
        }
        String table = Linkstar.option(args, "--table", null);
        if (table == null) {
            throw new Linkstar.UsageException("--table is required (the stack's ConversationTableName output)");
        }
        try (DynamoDbClient dynamo = client(Linkstar.option(args, "--region", null), Linkstar.option(args, "--endpoint", null))) {
            var store = new DynamoDbAutomationSettingsStore(dynamo, table);
            if (!args.contains("--status")) {
                boolean pause = args.contains("--pause");
                if (tenant == null) {
                    store.setGloballyPaused(pause);
                } else {
                    store.setPaused(tenant, pause);
                }
            }
            // the global switch is read through any tenant id; "-" names none
            var now = store.current(tenant == null ? "-" : tenant);
            boolean paused = tenant == null ? now.globallyPaused() : now.tenant().paused();
            out.printf("{\"scope\":\"%s\",\"paused\":%s,\"globally_paused\":%s}%n", tenant == null ? "all" : "tenant:" + tenant, paused,
                    now.globallyPaused());
        }
        return 0;
    }

    private static DynamoDbClient client(String region, String endpoint) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
            if (region == null) {
                builder.region(Region.US_EAST_1);
            }
            if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
                // local endpoints accept any key; the chain would fail for want of one
                builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
            }
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
