package com.linkstar.reply.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.CombinedClassifier;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.evaluation.LabeledMessage;
import com.linkstar.reply.core.memory.InMemoryAutomationSettingsStore;
import com.linkstar.reply.core.memory.InMemoryConversationStore;
import com.linkstar.reply.core.memory.InMemorySlaSettingsStore;
import com.linkstar.reply.core.memory.InMemoryTaxonomyStore;
import com.linkstar.reply.core.memory.InMemoryTenantTemplatesStore;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.OrderActions;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.core.routing.Router;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.usecase.ReplyPipeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code linkstar routing-safety}: the labeled messages through the real use cases (ingest, classify, draft, route,
 * send) for the most permissive tenant there can be - every intent allowed to go out alone, auto-send on for every
 * channel, the lowest confidence bar - counting what would have been sent without a person and how much of it should not
 * have been: a risk the labels know of, a wrong intent, a compliance finding.
 */
final class RoutingSafetyCommand implements Linkstar.Command {

    private static final String TENANT = "routing-eval";

    @Override
    public String summary() {
        return "what auto-send would send for the most permissive tenant, and how much of it carries a risk or a wrong intent";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar routing-safety --test FILE|DIR[,...] [--train FILE|DIR[,...]] [--min-confidence C]

                Runs every labeled message (DESIGN.md §4 format) through ingest, classify (the rules, with a model trained on
                --train), draft and routing, on the channels in turn, for a tenant that allows every intent to go out
                automatically on every channel with --min-confidence (default 0.5, the lowest the API accepts). Prints JSON:
                how many were sent automatically, escalated or left for approval; among those sent, how many carry a risk
                signal in the labels, a wrong intent, a compliance finding or a risk the rules saw (the last two must be 0:
                exit 1 otherwise); how many labeled risks were escalated; and how many messages (and labeled risks) were
                held for a person only for their words near a risk.""";
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws Exception {
        Linkstar.rejectUnknown(args, List.of("--test", "--train", "--min-confidence"), List.of());
        String testFile = Linkstar.option(args, "--test", null);
        if (testFile == null) {
            throw new Linkstar.UsageException("--test FILE is required");
        }
        String trainFile = Linkstar.option(args, "--train", null);
        double minConfidence;
        try {
            minConfidence = Double.parseDouble(Linkstar.option(args, "--min-confidence", "0.5"));
        } catch (NumberFormatException e) {
            throw new Linkstar.UsageException("--min-confidence must be a number from 0.5 to 1.0");
        }
        List<LabeledMessage> test = LabeledData.readAll(testFile);
        Classifier classifier = trainFile == null ? new RulesClassifier() : new CombinedClassifier(new RulesClassifier(),
                LinearIntentModel.train(LabeledData.readAll(trainFile).stream()
                        .map(m -> new LinearIntentModel.Example(m.text(), m.intent())).toList()), 0.6);

        InMemoryConversationStore store = new InMemoryConversationStore();
        store.activateTenant(TENANT);
        InMemoryTaxonomyStore taxonomies = new InMemoryTaxonomyStore();
        taxonomies.save(TENANT, Taxonomy.of(Taxonomy.defaults().intents().stream().map(d -> d.withFlow(IntentFlow.AUTO_REPLY_ALLOWED)).toList()), 0);
        InMemoryAutomationSettingsStore automation = new InMemoryAutomationSettingsStore();
        automation.save(TENANT, AutomationSettings.fromMap(TENANT, Map.of("minConfidence", minConfidence, "autoSend",
                Arrays.stream(Channel.values()).map(c -> Map.of("channel", c.wireName())).toList())));
        List<DraftRef> outbound = new ArrayList<>();
        PipelineQueues queues = new PipelineQueues() {
            @Override
            public void enqueueIngest(InboundMessage message) {
            }

            @Override
            public void enqueueClassify(MessageRef ref) {
            }

            @Override
            public void enqueueDraft(MessageRef ref) {
            }

            @Override
            public void enqueueOutbound(DraftRef ref) {
                outbound.add(ref);
            }
        };
        List<String> sent = new ArrayList<>();
        ReplyPipeline pipeline = new ReplyPipeline(store, store, taxonomies, queues, alert -> { }, classifier,
                new TemplateDrafter(ReplyTemplates.bundled()), new InMemoryTenantTemplatesStore(), (tenant, order) -> OrderFacts.NONE,
                OrderActions.NONE, new SlaClocks(new InMemorySlaSettingsStore()), automation, reply -> sent.add(reply.draftId()),
                ReplyRewriter.NONE, Clock.systemUTC());

        Map<String, Integer> counts = new TreeMap<>();
        List<String> goldRiskSent = new ArrayList<>();
        List<String> wrongIntentSent = new ArrayList<>();
        int goldRisks = 0;
        int goldRisksEscalated = 0;
        Channel[] channels = Channel.values();
        for (int i = 0; i < test.size(); i++) {
            LabeledMessage labeled = test.get(i);
            Channel channel = channels[i % channels.length];
            String buyer = channel == Channel.AMAZON || channel == Channel.AMAZON_ATOZ ? "b" + i + "@marketplace.amazon.com" : "buyer-" + i;
            InboundMessage inbound = new InboundMessage(TENANT, "store-1", channel.wireName(), null, null, labeled.id(), null, buyer, null,
                    labeled.text(), java.time.Instant.now().toString());
            MessageRef ref = pipeline.ingest().handle(inbound).message().ref();
            String predicted = pipeline.classify().handle(ref).label().intent();
            ReplyDraft draft = pipeline.draft().handle(ref).draft();
            boolean risky = !labeled.risks().isEmpty();
            goldRisks += risky ? 1 : 0;
            goldRisksEscalated += risky && draft.status() == DraftStatus.ESCALATED ? 1 : 0;
            if (draft.status() == DraftStatus.PENDING_APPROVAL && draft.escalationReason() != null
                    && draft.escalationReason().startsWith(Router.RISK_WORDS_REASON)) {
                counts.merge("held_for_risk_words", 1, Integer::sum);
                counts.merge("labeled_risks_held_for_risk_words", risky ? 1 : 0, Integer::sum);
            }
            counts.merge(draft.status().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            if (draft.status() != DraftStatus.AUTO_SEND) {
                continue;
            }
            pipeline.send().handle(draft.ref());
            if (risky) {
                goldRiskSent.add(labeled.id() + " " + labeled.risks());
            }
            if (!predicted.equals(labeled.intent())) {
                wrongIntentSent.add(labeled.id() + " " + labeled.intent() + "->" + predicted);
            }
            counts.merge("sent_with_findings", draft.complianceFindings().isEmpty() ? 0 : 1, Integer::sum);
            counts.merge("sent_with_detected_risk", store.findConversation(TENANT, draft.conversationId()).orElseThrow().risks().isEmpty() ? 0 : 1,
                    Integer::sum);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("messages", test.size());
        report.put("min_confidence", minConfidence);
        report.put("auto_sent", sent.size());
        report.put("escalated", counts.getOrDefault("escalated", 0));
        report.put("pending_approval", counts.getOrDefault("pending_approval", 0));
        report.put("auto_sent_with_labeled_risk", goldRiskSent.size());
        report.put("auto_sent_with_wrong_intent", wrongIntentSent.size());
        report.put("auto_sent_intent_accuracy", sent.isEmpty() ? 1.0 : Math.round((1 - (double) wrongIntentSent.size() / sent.size()) * 1000) / 1000.0);
        report.put("auto_sent_with_findings", counts.getOrDefault("sent_with_findings", 0));
        report.put("auto_sent_with_detected_risk", counts.getOrDefault("sent_with_detected_risk", 0));
        report.put("labeled_risks", goldRisks);
        report.put("labeled_risks_escalated", goldRisksEscalated);
        report.put("held_for_risk_words", counts.getOrDefault("held_for_risk_words", 0));
        report.put("labeled_risks_held_for_risk_words", counts.getOrDefault("labeled_risks_held_for_risk_words", 0));
        report.put("labeled_risk_sent_ids", goldRiskSent);
        report.put("wrong_intent_sent_ids", wrongIntentSent);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return counts.getOrDefault("sent_with_findings", 0) + counts.getOrDefault("sent_with_detected_risk", 0) == 0 ? 0 : 1;
    }
}
