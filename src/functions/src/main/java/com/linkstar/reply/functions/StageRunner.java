package com.linkstar.reply.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.aws.SqsDeadLetters;
import com.linkstar.reply.core.usecase.RejectedMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every SQS stage does around its use case: correlation ids in the log context, a record that can never succeed
 * to the dead-letter queue with its reason (and acknowledged), any other failure re-thrown so Funqy reports it in
 * {@code batchItemFailures} and SQS retries it.
 */
@ApplicationScoped
public class StageRunner {

    private static final Logger LOG = Logger.getLogger(StageRunner.class);
    private static final ObjectMapper JSON = PayloadJson.newMapper();

    private final SqsDeadLetters deadLetters;

    StageRunner(SqsDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public <T> Optional<T> run(String stage, Object payload, Map<String, String> ids, Optional<String> deadLetterQueue, Supplier<T> work) {
        ids.forEach((key, value) -> {
            if (value != null) {
                MDC.put(key, value);
            }
        });
        MDC.put("stage", stage);
        try {
            return Optional.of(work.get());
        } catch (RejectedMessageException e) {
            LOG.warnf("decision=rejected reason=\"%s\" action=\"sent to the %s dead-letter queue; fix the producer, then redrive\"",
                    e.getMessage(), stage);
            deadLetters.reject(deadLetterQueue.orElse(null), stage, toJson(payload), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.errorf(e, "decision=retry error=%s action=\"SQS redelivers after the visibility timeout; after maxReceiveCount "
                    + "the record moves to the %s dead-letter queue\"", e.getClass().getSimpleName(), stage);
            throw e;
        } finally {
            ids.keySet().forEach(MDC::remove);
            MDC.remove("stage");
        }
    }

    private static String toJson(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return String.valueOf(payload);
        }
    }
}
