package com.linkstar.reply.cli.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One packaged Lambda (the runner jar the Quarkus build makes) in its own JVM, started by AWS's Java runtime interface
 * client against a {@link LambdaRuntimeEmulator}: the same handler, class path and event loop as in Lambda's java21 runtime.
 */
public final class FunctionProcess implements AutoCloseable {

    private static final String RUNTIME_CLIENT_MAIN = AWSLambda.class.getName();
    private static final String NATIVE_LIBRARY_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final String name;
    private final Process process;
    private final LambdaRuntimeEmulator runtime;
    private final Path log;

    private FunctionProcess(String name, Process process, LambdaRuntimeEmulator runtime, Path log) {
        this.name = name;
        this.process = process;
        this.runtime = runtime;
        this.log = log;
    }

    /**
     * @param runnerJar the {@code *-runner.jar} of the functions or the API module (its manifest names its lib/ jars)
     * @param handler the handler template.yaml names, run by AWS's Java runtime interface client as Lambda runs it
     * @param environment what SAM would set for this function (template.yaml), pointed at the local stand-ins
     */
    public static FunctionProcess start(String name, Path runnerJar, String handler, Map<String, String> environment, Path logDir)
            throws IOException {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: build first with 'mvn -DskipTests package'");
        }
        LambdaRuntimeEmulator runtime = new LambdaRuntimeEmulator(name);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        String classpath = runnerJar + File.pathSeparator + runtimeClientClasspath();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeClientLibrary(logDir.getParent()), "-cp", classpath, RUNTIME_CLIENT_MAIN, handler));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", runtime.address());
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", name);
        builder.environment().put("DISABLE_SIGNAL_HANDLERS", "true");
        return new FunctionProcess(name, builder.start(), runtime, log);
    }

    /**
     * The client's JNI library, unpacked once per work directory. Left to itself, every client process rewrites the same
     * file in /tmp while the others have it mapped, and one of them dies of SIGBUS.
     */
    private static synchronized Path nativeClientLibrary(Path workDir) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch_64" : "x86_64";
        String resource = "/jni/libaws-lambda-jni.linux-" + arch + ".so";
        Path library = workDir.resolve("libaws-lambda-jni-" + arch + ".so");
        if (Files.isRegularFile(library)) {
            return library;
        }
        try (InputStream in = AWSLambda.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runtime interface client has no " + resource);
            }
            Path partial = Files.createTempFile(workDir, "libaws-lambda-jni", ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return library;
    }

    /** The jars of AWS's runtime interface client (and the two libraries it needs), wherever this process loaded them from. */
    private static String runtimeClientClasspath() {
        return Stream.of(AWSLambda.class, Context.class, PojoSerializer.class)
                .map(type -> {
                    try {
                        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (URISyntaxException e) {
                        throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
                    }
                })
                .distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public LambdaRuntimeEmulator runtime() {
        return runtime;
    }

    public Path log() {
        return log;
    }

    /** Waits until the function asks for its first event, or reports why it could not start. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (runtime.ready().isDone()) {
                runtime.ready().join();
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready; see " + log);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(name + " did not start within " + timeout.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        runtime.close();
    }
}
