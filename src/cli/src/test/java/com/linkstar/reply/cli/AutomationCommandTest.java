package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.DynamoDbAutomationSettingsStore;
import com.linkstar.reply.testsupport.EmbeddedAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operator's switches, flipped through the launcher against DynamoDB Local as against a deployed table. */
class AutomationCommandTest {

    private static EmbeddedAws aws;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start(Linkstar.repoRoot().resolve("template.yaml"), "linkstar-cli-automation");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static CliRun automation(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "automation";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--table";
        all[args.length + 2] = aws.tableName();
        all[args.length + 3] = "--endpoint";
        all[args.length + 4] = aws.dynamoEndpoint().toString();
        return CliRun.of(all);
    }

    @Test
    void should_pause_every_tenant_and_one_tenant_and_resume() {
        var store = new DynamoDbAutomationSettingsStore(aws.dynamoClient(), aws.tableName());

        CliRun pausedAll = automation("--pause", "--all");
        assertThat(pausedAll.exitCode()).isZero();
        assertThat(pausedAll.out()).contains("\"scope\":\"all\",\"paused\":true");
        assertThat(store.current("acme").paused()).isTrue();
        assertThat(store.current("acme").tenant().paused()).isFalse();

        assertThat(automation("--resume", "--all").out()).contains("\"paused\":false");
        assertThat(store.current("acme").paused()).isFalse();

        assertThat(automation("--pause", "--tenant", "acme").out()).contains("\"scope\":\"tenant:acme\",\"paused\":true,\"globally_paused\":false");
        assertThat(store.current("acme").paused()).isTrue();
        assertThat(store.current("globex").paused()).isFalse();
        assertThat(automation("--status", "--tenant", "acme").out()).contains("\"paused\":true");
    }

    @Test
    void should_refuse_an_ambiguous_command_with_a_reason() {
        CliRun both = CliRun.of("automation", "--pause", "--resume", "--all", "--table", "t");
        CliRun noScope = CliRun.of("automation", "--pause", "--table", "t");
        CliRun noTable = CliRun.of("automation", "--pause", "--all");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("exactly one of --pause, --resume, --status");
        assertThat(noScope.err()).contains("exactly one of --all, --tenant TENANT");
        assertThat(noTable.err()).contains("--table is required");
    }
}
