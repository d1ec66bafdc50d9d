package com.linkstar.reply.cli;

import com.linkstar.reply.cli.local.LocalRuntime;
import com.linkstar.reply.testsupport.ProvisionedAwsStack;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.regions.Region;

/** The same end-to-end contract on LocalStack (DynamoDB, SQS, SNS), where a Docker engine exists; skipped elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackEndToEndTest extends EndToEndContract {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices("dynamodb", "sqs", "sns", "ses");

    @Override
    protected LocalRuntime startRuntime(java.util.Map<String, String> environment) throws Exception {
        var root = Linkstar.repoRoot();
        var stack = ProvisionedAwsStack.create(root.resolve("template.yaml"), "linkstar-ls", LOCALSTACK.getEndpoint(),
                Region.of(LOCALSTACK.getRegion()), LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey());
        return LocalRuntime.start(root, 0, stack, environment);
    }

    /** LocalStack's SES sends only from verified identities, like SES itself. */
    @Override
    protected void verifySender(LocalRuntime runtime, String address) {
        try (var ses = runtime.aws().sesClient()) {
            ses.verifyEmailIdentity(r -> r.emailAddress(address));
        }
    }

    /** LocalStack lists what its SES sent at /_aws/ses. */
    @Override
    protected long emailsSentTo(LocalRuntime runtime, String address) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                LOCALSTACK.getEndpoint().resolve("/_aws/ses")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var messages = com.linkstar.reply.aws.PayloadJson.newMapper().readTree(response.body()).path("messages");
        long count = 0;
        for (var message : messages) {
            for (var to : message.path("Destination").path("ToAddresses")) {
                count += to.asText().equals(address) ? 1 : 0;
            }
        }
        return count;
    }
}
