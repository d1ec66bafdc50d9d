package com.linkstar.reply.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.model.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaSettingsTest {

    private static final Map<String, Object> DOCUMENT = Map.of(
            "own_target", Map.of("hours", 2, "business_hours", Map.of("zone", "Asia/Shanghai", "opens", "09:00", "closes", "18:00",
                    "days", List.of("MON", "TUE", "WED", "THU", "FRI"), "holidays", List.of("2027-02-08"))),
            "channels", Map.of("lazada", Map.of("zone", "Asia/Bangkok"), "lazada/my-store", Map.of("zone", "Asia/Kuala_Lumpur"),
                    "tiktok-us", Map.of("chatbot", true)),
            "warning_share", 0.8);

    @Test
    void should_adjust_a_channel_per_store_and_fall_back_to_the_channel_then_the_default() {
        SlaSettings settings = SlaSettings.fromMap(DOCUMENT);
        assertThat(((ResponseRule.DailyCycle) settings.policyFor(Channel.LAZADA, "my-store").marketplace()).zone()).isEqualTo(ZoneId.of("Asia/Kuala_Lumpur"));
        assertThat(((ResponseRule.DailyCycle) settings.policyFor(Channel.LAZADA, "other").marketplace()).zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(settings.policyFor(Channel.TIKTOK_US, "x").marketplace()).isInstanceOf(ResponseRule.WeekendDeferral.class);
        assertThat(settings.policyFor(Channel.AMAZON, "x").marketplace()).isEqualTo(MarketplaceRules.defaultFor(Channel.AMAZON));
        assertThat(settings.policyFor(Channel.AMAZON, "x").ownTarget()).get().isInstanceOf(ResponseRule.BusinessHours.class);
        assertThat(settings.warningShare()).isEqualTo(0.8);
    }

    @Test
    void should_read_back_what_it_writes() {
        SlaSettings settings = SlaSettings.fromMap(DOCUMENT);
        assertThat(SlaSettings.fromMap(settings.toMap())).isEqualTo(settings);
        Instant received = Instant.parse("2026-11-27T09:30:00Z");
        assertThat(SlaSettings.fromMap(settings.toMap()).policyFor(Channel.EBAY, "s").dueFor(received))
                .isEqualTo(settings.policyFor(Channel.EBAY, "s").dueFor(received));
    }

    @Test
    void should_count_a_target_without_business_hours_in_calendar_hours() {
        SlaSettings settings = SlaSettings.fromMap(Map.of("own_target", Map.of("hours", 1.5)));
        assertThat(settings.ownTarget()).contains(new ResponseRule.ElapsedTime(Duration.ofMinutes(90)));
        assertThat(settings.warningShare()).isEqualTo(SlaSettings.DEFAULT_WARNING_SHARE);
    }

    @Test
    void should_refuse_bad_settings_with_every_reason() {
        assertThatThrownBy(() -> SlaSettings.fromMap(Map.of(
                "channels", Map.of("wish", Map.of(), "ebay", Map.of("zone", "Mars/Olympus", "holidays", List.of("next tuesday"))),
                "own_target", Map.of("hours", 3, "business_hours", Map.of("zone", "Europe/Berlin", "opens", "18:00", "closes", "09:00",
                        "days", List.of("FUNDAY"))),
                "warning_share", 1.5)))
                .isInstanceOf(SlaSettings.InvalidSlaSettingsException.class)
                .hasMessageContaining("channels.wish: unknown channel 'wish'")
                .hasMessageContaining("unknown time zone 'Mars/Olympus'")
                .hasMessageContaining("'next tuesday' is not a date")
                .hasMessageContaining("'FUNDAY' is not a day")
                .hasMessageContaining("warning_share must be a number between 0 and 1");
        assertThatThrownBy(() -> SlaSettings.fromMap(Map.of("own_target", Map.of("hours", 2, "business_hours",
                Map.of("zone", "Europe/Berlin", "opens", "18:00", "closes", "09:00")))))
                .hasMessageContaining("closing time 09:00 must be after opening time 18:00");
    }

    @Test
    void should_accept_an_https_webhook_with_a_secret_under_the_tenants_path_only() {
        SlaSettings settings = SlaSettings.fromMap(Map.of("webhook", Map.of("url", "https://hooks.example.com/sla",
                "secret_parameter", "/linkstar/tenants/acme/sla-webhook")));
        assertThat(settings.webhook()).get().satisfies(hook -> assertThat(hook.url().getHost()).isEqualTo("hooks.example.com"));
        assertThat(SlaSettings.fromMap(settings.toMap())).isEqualTo(settings);

        assertThatThrownBy(() -> SlaSettings.fromMap(Map.of("webhook", Map.of("url", "http://hooks.example.com/sla",
                "secret_parameter", "my-secret"))))
                .hasMessageContaining("webhook.url must be an https:// URL")
                .hasMessageContaining("webhook.secret_parameter must name an SSM parameter under /linkstar/tenants/");
    }
}
