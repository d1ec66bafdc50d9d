package com.linkstar.reply.aws.quarkus;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.aws.DynamoDbIntentModelStore;
import com.linkstar.reply.aws.HttpOrderActions;
import com.linkstar.reply.aws.HttpOrderData;
import com.linkstar.reply.aws.SecretSource;
import com.linkstar.reply.aws.SqsDeadLetters;
import com.linkstar.reply.aws.SqsPipelineQueues;
import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.TenantModelClassifier;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.port.OrderActions;
import com.linkstar.reply.core.port.OrderData;
import com.linkstar.reply.core.usecase.ReplyPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the framework-free pipeline with the Quarkus-managed AWS clients, for the functions and the API alike. The API
 * has no SNS or SES client (it never alerts or sends) and no classifier bean, hence the optional ones; without a classifier bean the
 * fallback classifies (rules + the tenant's trained model).
 */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    AwsPipeline awsPipeline(DynamoDbClient dynamo, SqsClient sqs, Instance<SnsClient> sns, Instance<SesClient> ses, Instance<Classifier> classifier,
            Instance<ReplyRewriter> rewriter,
            Instance<SecretSource> secrets, TenantModelClassifier fallback, LinkstarConfig config) {
        var queues = new SqsPipelineQueues.QueueUrls(config.queues().ingest().orElse(null), config.queues().classify().orElse(null),
                config.queues().draft().orElse(null), config.queues().outbound().orElse(null));
        var settings = new AwsPipeline.Settings(config.table(), queues, config.alertTopicArn().orElse(null),
                Duration.ofDays(config.retentionDays()));
        return new AwsPipeline(dynamo, sqs, sns.isResolvable() ? sns.get() : null, ses.isResolvable() ? ses.get() : null, settings,
                classifier.isResolvable() ? classifier.get() : fallback, rewriter.isResolvable() ? rewriter.get() : ReplyRewriter.NONE,
                secrets.isResolvable() ? secrets.get() : SecretSource.NONE,
                config.orderDataUrl().<OrderData>map(url -> new HttpOrderData(URI.create(url), erpClient())).orElse(OrderData.NONE),
                config.orderDataUrl().<OrderActions>map(url -> new HttpOrderActions(URI.create(url), erpClient())).orElse(OrderActions.NONE),
                Clock.systemUTC());
    }

    /** The seller's ERP answers both the order facts and the actions, at the same base URL. */
    private static HttpClient erpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * The fallback classifier (rules + each tenant's trained model), which the LLM classifier falls back to. Typed to its
     * class only, so that it never competes with the module's own Classifier bean.
     */
    @Produces
    @Singleton
    @Typed(TenantModelClassifier.class)
    TenantModelClassifier fallbackClassifier(DynamoDbClient dynamo, LinkstarConfig config) {
        return new TenantModelClassifier(new DynamoDbIntentModelStore(dynamo, config.table(), Clock.systemUTC()), Clock.systemUTC());
    }

    @Produces
    @Singleton
    ReplyPipeline replyPipeline(AwsPipeline awsPipeline) {
        return awsPipeline.pipeline();
    }

    @Produces
    @Singleton
    SqsDeadLetters deadLetters(SqsClient sqs) {
        return new SqsDeadLetters(sqs);
    }
}
