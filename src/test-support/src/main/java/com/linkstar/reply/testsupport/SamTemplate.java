package com.linkstar.reply.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * template.yaml as data: CloudFormation short-form intrinsics ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, …) are read
 * as {@link Intrinsic} values, so tests can check the template against the code and the local stack can create the
 * same table and queues.
 */
public final class SamTemplate {

    /** A CloudFormation intrinsic function: {@code !GetAtt IngestQueue.Arn} is {@code ("GetAtt", "IngestQueue.Arn")}. */
    public record Intrinsic(String function, Object argument) {
    }

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new IntrinsicConstructor()).load(reader);
            return new SamTemplate(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Walks up from the working directory to the repository root that holds template.yaml. */
    public static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
    }

    public Map<String, Object> root() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) root.get("Resources");
    }

    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> resource) {
        Object properties = resource.get("Properties");
        return properties == null ? Map.of() : (Map<String, Object>) properties;
    }

    /** A resource's {@code !Sub "${AWS::StackName}-x"} name with the stack name filled in; plain strings as they are. */
    public static String resolveName(Object value, String stackName) {
        if (value instanceof Intrinsic intrinsic && intrinsic.function().equals("Sub") && intrinsic.argument() instanceof String s) {
            return s.replace("${AWS::StackName}", stackName);
        }
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("cannot resolve a name from " + value);
    }

    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String function = node.getTag().getValue().substring(1);
                    Object argument;
                    if (node instanceof ScalarNode scalar) {
                        argument = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        argument = List.copyOf(constructSequence(sequence));
                    } else {
                        argument = constructMapping((MappingNode) node);
                    }
                    return new Intrinsic(function, argument);
                }
            });
        }
    }
}
