package com.linkstar.reply.cli;

import com.linkstar.reply.testsupport.SamTemplate;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code infra/bin/linkstar}: one launcher for people and scripts (DESIGN.md §7). */
public final class Linkstar {

    /** A one-line reason for bad input; the launcher prints it and exits 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    interface Command {
        String summary();

        String usage();

        int run(List<String> args, Path repoRoot, PrintStream out) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "local", new LocalCommand(),
            "bench", new BenchCommand(),
            "evaluate", new EvaluateCommand(),
            "sla-due", new SlaDueCommand(),
            "check-draft", new CheckDraftCommand(),
            "automation", new AutomationCommand(),
            "routing-safety", new RoutingSafetyCommand());

    private Linkstar() {
    }

    public static void main(String[] args) {
        System.setErr(withoutAntlrWarnings(System.err));
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * DynamoDB Local's query parser warns about its ANTLR version on every start: noise that says nothing to an operator
     * and would bury the command's own one-line reasons.
     */
    private static PrintStream withoutAntlrWarnings(PrintStream err) {
        return new PrintStream(new java.io.OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                line.write(b);
                if (b == '\n') {
                    String text = line.toString(java.nio.charset.StandardCharsets.UTF_8);
                    if (!text.startsWith("ANTLR ")) {
                        err.print(text);
                        err.flush();
                    }
                    line.reset();
                }
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.println("usage: linkstar <command> [options]\n\ncommands:");
            COMMANDS.keySet().stream().sorted().forEach(name -> out.printf("  %-12s %s%n", name, COMMANDS.get(name).summary()));
            out.println("\n'linkstar <command> --help' describes a command.");
            return args.isEmpty() ? 2 : 0;
        }
        Command command = COMMANDS.get(args.get(0));
        if (command == null) {
            err.println("linkstar: unknown command '" + args.get(0) + "'; one of " + COMMANDS.keySet().stream().sorted().toList());
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, repoRoot(), out);
        } catch (UsageException e) {
            err.println("linkstar " + args.get(0) + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("linkstar " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }

    static Path repoRoot() {
        String home = System.getProperty("linkstar.home");
        if (home != null && Files.isRegularFile(Path.of(home, "template.yaml"))) {
            return Path.of(home).toAbsolutePath();
        }
        return SamTemplate.locate().getParent();
    }

    /** The value after {@code flag}, or {@code fallback} when the flag is absent. */
    static String option(List<String> args, String flag, String fallback) {
        int i = args.indexOf(flag);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i + 1);
    }

    static int intOption(List<String> args, String flag, int fallback, int min, int max) {
        String value = option(args, flag, null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new UsageException(flag + " must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be a whole number, was '" + value + "'");
        }
    }

    static void rejectUnknown(List<String> args, List<String> flagsWithValue, List<String> switches) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flagsWithValue.contains(arg)) {
                i++;
            } else if (!switches.contains(arg)) {
                throw new UsageException("unknown argument '" + arg + "'");
            }
        }
    }
}
