package com.linkstar.reply.functions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.linkstar.reply.functions.FunctionTestSupport.failedIds;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.testsupport.SqsEventJson;
import com.linkstar.reply.testsupport.SqsEventJson.Record;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft Lambda with LLM drafting on, against the local OpenAI stub: the rewrite is used only when it passes the check. */
@QuarkusTest
@TestProfile(FunctionProfiles.DraftWithLlm.class)
class LlmDraftingTest {

    private String tenant;

    @BeforeEach
    void given_a_tenant() {
        tenant = newTenant();
    }

    private ReplyDraft draft(String id, String text) {
        var m = new BuyerMessage(tenant, "de-store", Channel.AMAZON, "amazon.de", "c-" + id, "m-" + id, "p-" + id, "302-4455667-1122334",
                "jonas.weber@example.de", null, text, Instant.now().minusSeconds(30));
        store().recordInbound(m, SlaTimer.running(m.receivedAt(), Instant.now().plusSeconds(86_400), null));
        store().saveLabel(m.ref(), new RulesClassifier().classify(text));
        String ref = "{\"tenantId\":\"" + tenant + "\",\"conversationId\":\"" + m.conversationId() + "\",\"messageId\":\"" + m.messageId() + "\"}";
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-" + id, ref))))).isEmpty();
        return store().findConversationDetail(tenant, m.conversationId()).orElseThrow().drafts().get(0);
    }

    @Test
    void should_use_a_compliant_rewrite_and_send_the_llm_no_personal_data() {
        OpenAiStub.answer("Guten Tag,\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung 302-4455667-1122334. Wir prüfen gerade, wo sie "
                + "sich befindet, und melden uns mit dem Ergebnis bei Ihnen.\nViele Grüße");

        ReplyDraft draft = draft("1", "Hallo, wo bleibt meine Bestellung? Schreiben Sie mir gern an jonas.weber@example.de");

        assertThat(draft.templateId()).isEqualTo("llm:order_tracking.de");
        assertThat(draft.text()).contains("Wir prüfen gerade");
        assertThat(draft.complianceFindings()).isEmpty();
        // the rewrite was read a second time against amazon's rules before it was used
        assertThat(OpenAiStub.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> b.contains(OpenAiStub.JUDGE_MARK)).toList())
                .singleElement().satisfies(judged -> assertThat(judged).contains("Channel: amazon").contains("Wir prüfen gerade"));
        String prompt = OpenAiStub.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).get(0).getBodyAsString();
        assertThat(prompt).doesNotContain("jonas.weber@example.de").contains("an [NAME_1]").contains("302-4455667-1122334")
                .contains("Language of the reply (ISO 639-1): de");
    }

    @Test
    void should_keep_the_template_when_the_rewrite_breaks_a_rule() {
        OpenAiStub.answer("Guten Tag,\nkeine Sorge, wir erstatten Ihnen den vollen Betrag. Rufen Sie uns an: +49 30 1234567.\nViele Grüße");

        ReplyDraft draft = draft("2", "Hallo, wo bleibt meine Bestellung?");

        assertThat(draft.templateId()).isEqualTo("order_tracking.de");
        assertThat(draft.text()).doesNotContain("erstatten").doesNotContain("+49");
        assertThat(draft.complianceFindings()).isEmpty();
    }

    @Test
    void should_keep_the_template_when_the_rewrite_adds_what_the_template_did_not_say() {
        // neither sentence breaks a rule on its own; the template said neither
        for (String added : java.util.List.of("Sie ist normalerweise innerhalb von 3 Werktagen bei Ihnen.",
                "Falls etwas nicht stimmt, finden wir gemeinsam eine Lösung, etwa einen Ersatz.")) {
            String rewrite = "Guten Tag,\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung 302-4455667-1122334. " + added + "\nViele Grüße";
            assertThat(ComplianceCheck.bundled().check(Channel.AMAZON, rewrite, "de", OrderFacts.NONE)).as(added).isEmpty();
            OpenAiStub.answer(rewrite);

            ReplyDraft draft = draft("4-" + Math.abs(added.hashCode()), "Hallo, wo bleibt meine Bestellung?");

            assertThat(draft.templateId()).as(added).isEqualTo("order_tracking.de");
            assertThat(draft.text()).doesNotContain(added);
        }
    }

    @Test
    void should_keep_the_template_when_the_second_reading_flags_the_rewrite() {
        String rewrite = "Guten Tag,\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung 302-4455667-1122334. Wir prüfen gerade, wo sie "
                + "sich befindet; alles Weitere können wir gern unter uns klären.\nViele Grüße";
        assertThat(ComplianceCheck.bundled().check(Channel.AMAZON, rewrite, "de", OrderFacts.NONE)).as("the patterns pass it").isEmpty();
        OpenAiStub.answer(rewrite);
        OpenAiStub.judge("{\"violations\": [{\"rule\": \"off_platform\", \"quote\": \"alles Weitere können wir gern unter uns klären\"}]}");

        ReplyDraft draft = draft("5", "Hallo, wo bleibt meine Bestellung?");

        assertThat(draft.templateId()).isEqualTo("order_tracking.de");
        assertThat(draft.text()).doesNotContain("unter uns");

        // a judge that answers no JSON cannot clear the rewrite either
        OpenAiStub.answer(rewrite);
        OpenAiStub.judge("Looks fine to me!");
        assertThat(draft("6", "Hallo, wo bleibt meine Bestellung?").templateId()).isEqualTo("order_tracking.de");
    }

    @Test
    void should_keep_the_template_when_the_llm_fails() {
        OpenAiStub.reply(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}"));

        ReplyDraft draft = draft("3", "Hallo, wo bleibt meine Bestellung?");

        assertThat(draft.templateId()).isEqualTo("order_tracking.de");
        assertThat(draft.text()).startsWith("Guten Tag");
    }
}
