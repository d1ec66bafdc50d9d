package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's contract: --help, one-line reasons and exit codes, and `local --once` processing every sample. */
class LinkstarCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void should_list_commands_and_explain_each() {
        assertThat(run("--help")).satisfies(r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("local").contains("bench");
        });
        assertThat(run("local", "--help").out()).contains("--once");
        assertThat(run("bench", "--help").out()).contains("pipeline");
    }

    @Test
    void should_exit_non_zero_with_a_one_line_reason_on_bad_input() {
        assertThat(run("frobnicate")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).contains("unknown command 'frobnicate'").doesNotContain("\n");
        });
        assertThat(run("local", "--port", "70000").err()).contains("--port must be between 0 and 65535");
        assertThat(run("local", "--port").exitCode()).isEqualTo(2);
        assertThat(run("local", "--loud").err()).contains("unknown argument '--loud'");
        assertThat(run("bench", "everything").exitCode()).isEqualTo(2);
        assertThat(run("bench", "pipeline", "many").err()).contains("N must be a whole number");
    }

    @Test
    void should_process_every_sample_once_and_exit_zero() {
        CliRun r = run("local", "--once", "--port", "0", "--timeout", "120");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        List<String> lines = r.out().lines().filter(l -> l.contains("sla_due=")).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(12);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("legal_threat").contains("ESCALATED"));
        assertThat(lines).allSatisfy(l -> assertThat(l).containsPattern("(PENDING_APPROVAL|ESCALATED)"));
        assertThat(r.out()).contains("all " + lines.size() + " samples processed");
    }
}
