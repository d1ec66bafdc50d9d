package com.linkstar.reply.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.TableDesign;
import com.linkstar.reply.testsupport.SamTemplate;
import com.linkstar.reply.testsupport.SamTemplate.Intrinsic;
import io.quarkus.funqy.Funq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** template.yaml checked against the code, since neither SAM CLI nor cfn-lint runs on the build machines. */
class SamTemplateTest {

    private static final Path TEMPLATE = SamTemplate.locate();
    private final SamTemplate template = SamTemplate.load(TEMPLATE);
    private final Map<String, Map<String, Object>> functions = template.resourcesOfType("AWS::Serverless::Function");

    private static final Set<String> FUNQY_NAMES = Arrays.stream(PipelineFunctions.class.getMethods())
            .map(m -> m.getAnnotation(Funq.class)).filter(Objects::nonNull).map(Funq::value).collect(Collectors.toSet());

    @SuppressWarnings("unchecked")
    private Map<String, Object> globals() {
        return (Map<String, Object>) ((Map<String, Object>) template.root().get("Globals")).get("Function");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> function) {
        Map<String, Object> environment = (Map<String, Object>) SamTemplate.properties(function).get("Environment");
        if (environment == null) {
            return Map.of();
        }
        return ((Map<String, Object>) environment.get("Variables")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    private int timeoutOf(Map<String, Object> function) {
        Object own = SamTemplate.properties(function).get("Timeout");
        return (Integer) (own != null ? own : globals().get("Timeout"));
    }

    @Test
    void should_export_one_existing_funqy_function_per_lambda_from_the_functions_artifact() {
        List<String> exported = functions.values().stream().map(f -> env(f).get("QUARKUS_FUNQY_EXPORT")).filter(Objects::nonNull).toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(FUNQY_NAMES);
        functions.forEach((id, f) -> {
            Map<String, Object> p = SamTemplate.properties(f);
            if (env(f).containsKey("QUARKUS_FUNQY_EXPORT")) {
                assertThat(p.get("CodeUri")).as(id).isEqualTo("src/functions/target/function.zip");
                assertThat(p.get("Handler")).as(id).isEqualTo("io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest");
            } else {
                assertThat(p.get("CodeUri")).as(id).isEqualTo("src/api/target/function.zip");
                assertThat(p.get("Handler")).as(id).isEqualTo("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
            }
            String module = ((String) p.get("CodeUri")).replace("/target/function.zip", "");
            assertThat(TEMPLATE.getParent().resolve(module).resolve("pom.xml")).as(id + " CodeUri module").exists();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_trigger_sqs_functions_with_partial_batch_failures_from_queues_that_dead_letter() {
        var queues = template.resourcesOfType("AWS::SQS::Queue");
        int sqsEvents = 0;
        for (var entry : functions.entrySet()) {
            Map<String, Object> events = (Map<String, Object>) SamTemplate.properties(entry.getValue()).getOrDefault("Events", Map.of());
            for (Object e : events.values()) {
                Map<String, Object> event = (Map<String, Object>) e;
                if (!"SQS".equals(event.get("Type"))) {
                    continue;
                }
                sqsEvents++;
                Map<String, Object> props = (Map<String, Object>) event.get("Properties");
                assertThat((List<String>) props.get("FunctionResponseTypes")).as(entry.getKey()).containsExactly("ReportBatchItemFailures");
                String queueId = ((String) ((Intrinsic) props.get("Queue")).argument()).replace(".Arn", "");
                Map<String, Object> queue = SamTemplate.properties(queues.get(queueId));
                assertThat((Integer) queue.get("VisibilityTimeout")).as(queueId + " visibility ≥ 6 × timeout")
                        .isGreaterThanOrEqualTo(6 * timeoutOf(entry.getValue()));
                Map<String, Object> redrive = (Map<String, Object>) queue.get("RedrivePolicy");
                assertThat(redrive).as(queueId + " redrive").isNotNull();
                String dlq = ((String) ((Intrinsic) redrive.get("deadLetterTargetArn")).argument()).replace(".Arn", "");
                assertThat(queues).as("DLQ of " + queueId).containsKey(dlq);
                assertThat((Integer) redrive.get("maxReceiveCount")).isBetween(2, 10);
                String stage = env(entry.getValue()).get("QUARKUS_FUNQY_EXPORT");
                assertThat(env(entry.getValue())).as(entry.getKey() + " knows its DLQ")
                        .containsKey("LINKSTAR_DEAD_LETTER_QUEUES_" + stage.toUpperCase());
            }
        }
        assertThat(sqsEvents).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_run_the_sweep_on_a_schedule_and_the_api_behind_an_authorizer() {
        Map<String, Object> sweepEvents = (Map<String, Object>) SamTemplate.properties(functions.get("SlaSweepFunction")).get("Events");
        assertThat(sweepEvents.values()).anySatisfy(e -> assertThat(((Map<String, Object>) e).get("Type")).isEqualTo("ScheduleV2"));
        Map<String, Object> api = SamTemplate.properties(template.resources().get("HttpApi"));
        Map<String, Object> auth = (Map<String, Object>) api.get("Auth");
        assertThat(auth.get("DefaultAuthorizer")).isNotNull();
        assertThat((Map<String, Object>) auth.get("Authorizers")).containsKey((String) auth.get("DefaultAuthorizer"));
    }

    @Test
    void should_grant_no_wildcard_actions_and_no_managed_full_access() throws Exception {
        String text = Files.readString(TEMPLATE);
        assertThat(text).doesNotContain("FullAccess").doesNotContainPattern("Action:\\s*\\[?\\s*['\"]?\\*").doesNotContainPattern("[a-z]+:\\*");
        functions.forEach((id, f) -> assertThat(SamTemplate.properties(f).get("Policies")).as(id + " policies").isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_alarm_the_operators_when_any_dead_letter_queue_receives_a_record() {
        var topics = template.resourcesOfType("AWS::SNS::Topic");
        Set<String> alarmed = new java.util.HashSet<>();
        for (var alarm : template.resourcesOfType("AWS::CloudWatch::Alarm").entrySet()) {
            Map<String, Object> props = SamTemplate.properties(alarm.getValue());
            assertThat(props.get("Namespace")).as(alarm.getKey()).isEqualTo("AWS/SQS");
            assertThat(props.get("MetricName")).as(alarm.getKey()).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(((Number) props.get("Threshold")).intValue()).as(alarm.getKey() + ": one record is enough").isEqualTo(1);
            assertThat(props.get("ComparisonOperator")).isEqualTo("GreaterThanOrEqualToThreshold");
            assertThat(props.get("TreatMissingData")).isEqualTo("notBreaching");
            List<Object> actions = (List<Object>) props.get("AlarmActions");
            assertThat(actions).as(alarm.getKey() + " actions").singleElement()
                    .satisfies(a -> assertThat(topics).containsKey((String) ((Intrinsic) a).argument()));
            Map<String, Object> dimension = ((List<Map<String, Object>>) props.get("Dimensions")).get(0);
            alarmed.add(((String) ((Intrinsic) dimension.get("Value")).argument()).replace(".QueueName", ""));
        }
        Set<String> deadLetterQueues = template.resourcesOfType("AWS::SQS::Queue").keySet().stream()
                .filter(id -> id.endsWith("DeadLetterQueue")).collect(Collectors.toSet());
        assertThat(deadLetterQueues).hasSize(4);
        assertThat(alarmed).isEqualTo(deadLetterQueues);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_let_only_this_stacks_alarms_publish_to_the_operations_topic() {
        var policies = template.resourcesOfType("AWS::SNS::TopicPolicy").values().stream().map(SamTemplate::properties)
                .filter(p -> ((List<Object>) p.get("Topics")).stream().anyMatch(t -> "OperationsTopic".equals(((Intrinsic) t).argument())))
                .toList();
        assertThat(policies).as("the operations topic's own policy replaces the account-wide default").hasSize(1);
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) policies.get(0).get("PolicyDocument")).get("Statement");
        List<Map<String, Object>> allows = statements.stream().filter(s -> "Allow".equals(s.get("Effect"))).toList();
        assertThat(allows).singleElement().satisfies(allow -> {
            assertThat(allow.get("Principal")).isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
            assertThat(allow.get("Action")).isEqualTo("sns:Publish");
            Map<String, Map<String, Object>> condition = (Map<String, Map<String, Object>>) allow.get("Condition");
            assertThat(condition.get("StringEquals")).containsKey("aws:SourceAccount");
            assertThat(((Intrinsic) condition.get("ArnLike").get("aws:SourceArn")).argument().toString()).endsWith(":alarm:${AWS::StackName}-*");
        });
        // the ArnLike above only matches if every alarm is named under the stack
        template.resourcesOfType("AWS::CloudWatch::Alarm").forEach((id, alarm) -> assertThat(
                ((Intrinsic) SamTemplate.properties(alarm).get("AlarmName")).argument().toString()).as(id).startsWith("${AWS::StackName}-"));
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.get("Effect")).isEqualTo("Deny");
            assertThat(s.get("Condition")).isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "false")));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_define_the_table_the_code_uses_with_ttl_encryption_and_recovery() {
        Map<String, Object> table = SamTemplate.properties(template.resources().get("ConversationTable"));
        assertThat(table.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat((Map<String, Object>) table.get("TimeToLiveSpecification")).containsEntry("AttributeName", TableDesign.EXPIRES_AT);
        assertThat((Map<String, Object>) table.get("SSESpecification")).containsEntry("SSEEnabled", true);
        assertThat((Map<String, Object>) table.get("PointInTimeRecoverySpecification")).containsEntry("PointInTimeRecoveryEnabled", true);
        List<String> indexes = ((List<Map<String, Object>>) table.get("GlobalSecondaryIndexes")).stream()
                .map(i -> (String) i.get("IndexName")).toList();
        assertThat(indexes).containsExactlyInAnyOrder(TableDesign.ACTIVITY_INDEX, TableDesign.SLA_INDEX);
    }

    @Test
    void should_give_every_function_a_log_group_with_retention() {
        var logGroups = template.resourcesOfType("AWS::Logs::LogGroup").values().stream()
                .map(g -> SamTemplate.properties(g).get("LogGroupName")).map(String::valueOf).toList();
        functions.keySet().forEach(id -> assertThat(logGroups).as(id).anySatisfy(name -> assertThat(name).contains("${" + id + "}")));
        template.resourcesOfType("AWS::Logs::LogGroup").values()
                .forEach(g -> assertThat(SamTemplate.properties(g)).containsKey("RetentionInDays"));
    }

    @Test
    void should_only_set_linkstar_variables_that_the_configuration_reads() {
        Set<String> known = Set.of("LINKSTAR_TABLE", "LINKSTAR_RETENTION_DAYS", "LINKSTAR_QUEUES_INGEST", "LINKSTAR_QUEUES_CLASSIFY",
                "LINKSTAR_QUEUES_DRAFT", "LINKSTAR_QUEUES_OUTBOUND", "LINKSTAR_DEAD_LETTER_QUEUES_SEND", "LINKSTAR_DEAD_LETTER_QUEUES_INGEST", "LINKSTAR_DEAD_LETTER_QUEUES_CLASSIFY",
                "LINKSTAR_DEAD_LETTER_QUEUES_DRAFT", "LINKSTAR_ALERT_TOPIC_ARN", "LINKSTAR_ORDER_DATA_URL", "LINKSTAR_LLM_ENABLED", "LINKSTAR_LLM_DRAFTING_ENABLED", "LINKSTAR_LLM_JUDGE_REWRITES",
                "LINKSTAR_LLM_API_KEY_PARAMETER",
                "LINKSTAR_TENANT_CLAIM");
        functions.values().forEach(f -> env(f).keySet().stream().filter(k -> k.startsWith("LINKSTAR_"))
                .forEach(k -> assertThat(known).as("unknown setting " + k).contains(k)));
    }
}
