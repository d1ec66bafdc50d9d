package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `linkstar sla-due` as DESIGN.md §7 gives it: the channel's, the tenant's and the effective due time as JSON. */
class SlaDueCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            amazon     | 2026-12-26T10:00:00Z      |                  |           | 2026-12-27T10:00Z
            tiktok-us  | 2026-11-28T09:00:00-08:00 |                  | --chatbot | 2026-11-30T12:00-08:00
            tiktok-us  | 2026-11-28T09:00:00-08:00 |                  |           | 2026-11-29T09:00-08:00
            lazada     | 2026-11-24T18:01          | Asia/Bangkok     |           | 2026-11-25T19:00+07:00
            ebay       | 2026-11-27T14:00:00-08:00 |                  |           | 2026-12-02T14:00-08:00
            ebay       | 2026-11-27T14:00          | Europe/London    |           | 2026-12-02T14:00Z
            """)
    void should_print_the_channel_due_time(String channel, String received, String zone, String chatbot, String due) {
        List<String> args = new ArrayList<>(List.of("sla-due", "--channel", channel, "--received", received));
        if (zone != null) {
            args.addAll(List.of("--tz", zone));
        }
        if (chatbot != null) {
            args.add(chatbot);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"channel_due\":\"" + due + "\",\"tenant_due\":null,\"effective_due\":\"" + due + "\"}");
    }

    @Test
    void should_take_the_earlier_of_the_channel_and_the_tenant_target_from_the_tenant_config() throws Exception {
        Path config = dir.resolve("tenant.json");
        Files.writeString(config, """
                {"own_target": {"hours": 2, "business_hours": {"zone": "Asia/Shanghai", "opens": "09:00", "closes": "18:00"}},
                 "channels": {"lazada/th-store": {"zone": "Asia/Bangkok", "holidays": ["2026-11-25"]}}}""");

        CliRun weekday = CliRun.of("sla-due", "--channel", "amazon", "--received", "2026-11-24T10:00:00+08:00", "--tenant-config", config.toString());
        assertThat(weekday.out().strip()).isEqualTo(
                "{\"channel_due\":\"2026-11-25T10:00+08:00\",\"tenant_due\":\"2026-11-24T12:00+08:00\",\"effective_due\":\"2026-11-24T12:00+08:00\"}");

        CliRun store = CliRun.of("sla-due", "--channel", "lazada", "--store", "th-store", "--received", "2026-11-24T18:30:00+07:00",
                "--tenant-config", config.toString());
        assertThat(store.out()).contains("\"channel_due\":\"2026-11-26T19:00+07:00\""); // the 25th is the store's holiday
    }

    @Test
    void should_exit_2_with_a_one_line_reason_on_bad_input() throws Exception {
        assertThat(CliRun.of("sla-due", "--channel", "wish", "--received", "2026-11-24T10:00Z").err()).contains("unknown channel 'wish'");
        assertThat(CliRun.of("sla-due", "--channel", "amazon", "--received", "yesterday").err()).contains("not an ISO-8601 time");
        assertThat(CliRun.of("sla-due", "--channel", "amazon", "--received", "2026-11-24T10:00").err()).contains("has no offset");
        assertThat(CliRun.of("sla-due", "--channel", "amazon").exitCode()).isEqualTo(2);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"own_target\": {\"hours\": -1}, \"channels\": {\"lazada\": {\"zone\": \"Mars/Olympus\"}}}");
        CliRun run = CliRun.of("sla-due", "--channel", "amazon", "--received", "2026-11-24T10:00Z", "--tenant-config", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown time zone 'Mars/Olympus'").contains("own_target.hours").doesNotContain("\n\n");
    }
}
