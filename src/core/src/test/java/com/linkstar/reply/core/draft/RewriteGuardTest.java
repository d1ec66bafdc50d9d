package com.linkstar.reply.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewriteGuardTest {

    private static final OrderFacts SHIPPED = new OrderFacts(Map.of("shipped", true, "carrier", "Ninja Van", "tracking_number", "NVSG123456",
            "estimated_delivery", "2026-11-27"));
    private static final String TEMPLATE = "Hi,\nThank you for your message about order SG-1. It was shipped with Ninja Van, tracking number "
            + "NVSG123456, and should arrive by 27 November 2026.\nBest regards";
    private static final String BUYER = "Where are my 2 mugs? Order SG-1";

    @Test
    void should_accept_a_rewrite_that_restates_what_the_template_says() {
        String rewrite = "Hi there,\nGood news: your 2 mugs (order SG-1) are with Ninja Van, tracking NVSG123456, due on November 27, 2026.\n"
                + "Kind regards";
        assertThat(RewriteGuard.additions(TEMPLATE, rewrite, SHIPPED, BUYER, "SG-1")).isEmpty();
        // full-width digits and leading zeros are the same numbers
        assertThat(RewriteGuard.additions(TEMPLATE, "Hi,\nOrder SG-１ arrives on 27.11.2026 (NVSG123456).\nBest", SHIPPED, BUYER, "SG-1"))
                .isEmpty();
    }

    @Test
    void should_refuse_what_the_check_alone_lets_through_an_invented_delivery_time() {
        String rewrite = "Hi,\nYour order SG-1 is with Ninja Van (NVSG123456) and usually reaches you within 3 working days.\nBest regards";
        assertThat(ComplianceCheck.bundled().check(Channel.SHOPEE, rewrite, "en", SHIPPED)).as("the check judges the draft alone").isEmpty();
        assertThat(RewriteGuard.additions(TEMPLATE, rewrite, SHIPPED, BUYER, "SG-1")).contains("number");
    }

    @Test
    void should_refuse_a_remedy_a_review_or_a_promotion_the_template_did_not_raise() {
        assertThat(RewriteGuard.additions(TEMPLATE, TEMPLATE.replace("Best regards", "If anything is off, a replacement is an option.\n"
                + "Best regards"), SHIPPED, BUYER)).contains("remedy");
        assertThat(RewriteGuard.additions(TEMPLATE, TEMPLATE.replace("Best regards", "Ihre Bewertung hilft uns sehr.\nBest regards"),
                SHIPPED, BUYER)).contains("review");
        assertThat(RewriteGuard.additions(TEMPLATE, TEMPLATE.replace("Best regards", "Our new arrivals land every Friday.\nBest regards"),
                SHIPPED, BUYER)).contains("promotion");
        assertThat(RewriteGuard.additions("您好，订单SG-1已发货。", "您好，订单SG-1已发货，我们会为您补发赠品。", SHIPPED, BUYER)).contains("remedy");
        assertThat(RewriteGuard.additions("こんにちは。ご注文SG-1は発送済みです。", "こんにちは。ご注文SG-1は発送済みです。レビューをお願いします。", SHIPPED, BUYER))
                .contains("review");
    }

    @Test
    void should_let_a_rewrite_keep_the_topic_the_template_raised_for_the_check_to_judge() {
        String template = "Hi,\nWe will check your refund request for order SG-1 and get back to you.\nBest regards";
        String rewrite = "Hello,\nThanks for asking about a refund for SG-1: we are checking it and will reply shortly.\nBest regards";
        assertThat(RewriteGuard.additions(template, rewrite, OrderFacts.NONE, BUYER)).isEmpty();
        // "collection point" is where a parcel waits, not a fashion collection
        assertThat(RewriteGuard.additions(TEMPLATE, TEMPLATE.replace("Best regards", "It may wait at a collection point.\nBest regards"),
                SHIPPED, BUYER)).isEmpty();
    }
}
