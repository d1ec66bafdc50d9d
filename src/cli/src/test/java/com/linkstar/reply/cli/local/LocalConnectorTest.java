package com.linkstar.reply.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.WebhookReplySender;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSettings;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local connector driven by the send function's own webhook sender, as the local stack drives it. */
class LocalConnectorTest {

    private static final Map<String, String> SECRETS = Map.of("/linkstar/tenants/demo/reply-webhook", "demo-secret",
            "/linkstar/tenants/acme/reply-webhook", "acme-secret");

    @TempDir
    Path dir;
    private LocalOutbox outbox;
    private LocalConnector connector;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("outbox")).resolve("007-webhook-ebay.json"), "{}");
        outbox = new LocalOutbox(dir.resolve("outbox"));
        connector = new LocalConnector(Map.of("demo", "demo-secret", "acme", "acme-secret"), outbox, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    private static WebhookReplySender sender(Map<String, String> secrets, Clock clock) {
        return new WebhookReplySender(HttpClient.newHttpClient(), secrets::get, new ObjectMapper(), clock);
    }

    private ReplySender.OutboundReply reply(String tenant, String urlTenant, String draftId) {
        var delivery = new AutomationSettings.Delivery(null, connector.replyUrl(urlTenant).toString(), "/linkstar/tenants/" + tenant + "/reply-webhook");
        return new ReplySender.OutboundReply(tenant, "c-1", draftId, "m-1", Channel.SHOPEE, "store", "shopee.sg", "buyer.sg", null, null, "en",
                "Your parcel is on its way.", false, delivery);
    }

    @Test
    void should_put_a_signed_reply_in_a_fresh_outbox_once_however_often_it_is_posted() throws Exception {
        assertThat(outbox.delivered()).isEmpty();
        assertThat(dir.resolve("outbox/007-webhook-ebay.json")).as("a previous run's file").doesNotExist();

        sender(SECRETS, Clock.systemUTC()).send(reply("demo", "demo", "d-1"));
        sender(SECRETS, Clock.systemUTC()).send(reply("demo", "demo", "d-1"));

        assertThat(outbox.delivered()).singleElement().satisfies(d -> {
            assertThat(d.via()).isEqualTo("webhook");
            assertThat(d.channel()).isEqualTo("shopee");
            assertThat(d.conversationId()).isEqualTo("c-1");
            assertThat(d.file().getFileName().toString()).isEqualTo("001-webhook-shopee.json");
            assertThat(Files.readString(d.file())).contains("\"draftId\" : \"d-1\"").contains("Your parcel is on its way.");
        });
    }

    @Test
    void should_refuse_what_a_real_connector_refuses_so_the_send_stage_hands_the_reply_back() {
        var wrongSecret = sender(Map.of("/linkstar/tenants/demo/reply-webhook", "guessed"), Clock.systemUTC());
        assertThatThrownBy(() -> wrongSecret.send(reply("demo", "demo", "d-2")))
                .isInstanceOf(ReplySender.UndeliverableException.class).hasMessageContaining("HTTP 401");

        var replayed = sender(SECRETS, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        assertThatThrownBy(() -> replayed.send(reply("demo", "demo", "d-3")))
                .isInstanceOf(ReplySender.UndeliverableException.class).hasMessageContaining("HTTP 401");

        // acme's reply, signed with demo's secret, posted to demo's URL: authentic, but not demo's
        var crossTenant = sender(Map.of("/linkstar/tenants/acme/reply-webhook", "demo-secret"), Clock.systemUTC());
        assertThatThrownBy(() -> crossTenant.send(reply("acme", "demo", "d-4")))
                .isInstanceOf(ReplySender.UndeliverableException.class).hasMessageContaining("HTTP 400");

        assertThatThrownBy(() -> sender(SECRETS, Clock.systemUTC()).send(reply("demo", "nobody", "d-5")))
                .isInstanceOf(ReplySender.UndeliverableException.class).hasMessageContaining("HTTP 404");

        assertThat(outbox.delivered()).isEmpty();
    }
}
