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
            .withServices("dynamodb", "sqs", "sns");

    @Override
    protected LocalRuntime startRuntime() throws Exception {
        var root = Linkstar.repoRoot();
        var stack = ProvisionedAwsStack.create(root.resolve("template.yaml"), "linkstar-ls", LOCALSTACK.getEndpoint(),
                Region.of(LOCALSTACK.getRegion()), LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey());
        return LocalRuntime.start(root, 0, stack);
    }
}
