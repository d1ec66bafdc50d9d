package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.TenantModelClassifier;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.port.OrderActions;
import com.linkstar.reply.core.port.OrderData;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.usecase.ReplyPipeline;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import com.linkstar.reply.core.port.ReplySender;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the pipeline over AWS clients, the same way in Lambda, in the API and in the local stack. */
public final class AwsPipeline {

    /**
     * @param retention how long buyer data is kept after the last activity (Amazon: at most 30 days after delivery)
     */
    public record Settings(String tableName, SqsPipelineQueues.QueueUrls queues, String alertTopicArn, Duration retention) {
    }

    private final DynamoDbConversationStore store;
    private final DynamoDbTaxonomyStore taxonomies;
    private final DynamoDbSlaSettingsStore slaSettings;
    private final DynamoDbTenantTemplatesStore tenantTemplates;
    private final DynamoDbIntentModelStore models;
    private final DynamoDbAutomationSettingsStore automation;
    private final TenantModelClassifier fallback;
    private final ReplyPipeline pipeline;

    /** The fallback classifier: the rules, with each tenant's own trained model where it has one. */
    public AwsPipeline(DynamoDbClient dynamo, SqsClient sqs, SnsClient sns, Settings settings, Clock clock) {
        this(dynamo, sqs, sns, null, settings, null, ReplyRewriter.NONE, SecretSource.NONE, OrderData.NONE, OrderActions.NONE, clock);
    }

    /**
     * @param classifier the classify stage's engine; null for the fallback (rules + tenant model)
     * @param rewriter the LLM that rewrites template drafts, {@link ReplyRewriter#NONE} for template drafts only
     * @param secrets where tenants' webhook secrets are read
     * @param orders the seller's order data, {@link OrderData#NONE} where none is connected
     * @param actions the seller's ERP actions, {@link OrderActions#NONE} where none is connected
     * @param ses null where this process sends no replies (the API)
     */
    public AwsPipeline(DynamoDbClient dynamo, SqsClient sqs, SnsClient sns, SesClient ses, Settings settings, Classifier classifier,
            ReplyRewriter rewriter, SecretSource secrets, OrderData orders, OrderActions actions, Clock clock) {
        ObjectMapper json = PayloadJson.newMapper();
        this.store = new DynamoDbConversationStore(dynamo, settings.tableName(), settings.retention(), clock);
        this.models = new DynamoDbIntentModelStore(dynamo, settings.tableName(), clock);
        this.fallback = new TenantModelClassifier(models, clock);
        this.taxonomies = new DynamoDbTaxonomyStore(dynamo, settings.tableName(), clock);
        this.slaSettings = new DynamoDbSlaSettingsStore(dynamo, settings.tableName(), clock);
        this.tenantTemplates = new DynamoDbTenantTemplatesStore(dynamo, settings.tableName(), clock);
        this.automation = new DynamoDbAutomationSettingsStore(dynamo, settings.tableName());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        ReplySender sender = new ChannelReplySender(ses == null ? reply -> {
            throw new IllegalStateException("no SES client: replies cannot be e-mailed by this process");
        } : new SesReplySender(ses), new WebhookReplySender(http, secrets::secret, json, clock));
        this.pipeline = new ReplyPipeline(store, store, taxonomies, new SqsPipelineQueues(sqs, json, settings.queues()),
                sns == null ? alert -> {
                    throw new IllegalStateException("no SNS client: alerts cannot be published by this process");
                } : new FanOutAlertPublisher(new SnsAlertPublisher(sns, json, settings.alertTopicArn()),
                        new WebhookAlertPublisher(slaSettings, secrets::secret, http, json, clock)),
                classifier == null ? fallback : classifier, new TemplateDrafter(ReplyTemplates.bundled()), tenantTemplates, orders,
                actions, new SlaClocks(slaSettings), automation, sender, rewriter, clock);
    }

    public ReplyPipeline pipeline() {
        return pipeline;
    }

    public DynamoDbConversationStore store() {
        return store;
    }

    public DynamoDbTaxonomyStore taxonomies() {
        return taxonomies;
    }

    public DynamoDbSlaSettingsStore slaSettings() {
        return slaSettings;
    }

    public DynamoDbTenantTemplatesStore tenantTemplates() {
        return tenantTemplates;
    }

    public DynamoDbAutomationSettingsStore automation() {
        return automation;
    }

    public DynamoDbIntentModelStore models() {
        return models;
    }
}
