package com.linkstar.reply.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.port.OrderActionKind;
import com.linkstar.reply.core.port.OrderActionRequest;
import com.linkstar.reply.core.port.OrderActions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryOrderActionsTest {

    private static final OrderFacts AUTHORIZED = new OrderFacts(Map.of("return_authorized", true, "rma_number", "RMA-40021"));

    private final InMemoryOrderActions erp = new InMemoryOrderActions();

    private static OrderActionRequest returnFor(String order, String messageId) {
        return new OrderActionRequest(OrderActionKind.RETURN_AUTHORIZATION, order, messageId, "return_request");
    }

    @Test
    void should_answer_the_configured_facts_for_the_tenant_order_and_kind_only() {
        erp.confirm("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION, AUTHORIZED);

        assertThat(erp.request("acme", returnFor("o-1", "m-1"))).isEqualTo(AUTHORIZED);
        assertThat(erp.request("acme", new OrderActionRequest(OrderActionKind.REFUND, "o-1", "m-2", "refund_request")))
                .as("another kind of action on the same order").isEqualTo(OrderFacts.NONE);
        assertThat(erp.request("other", returnFor("o-1", "m-3"))).as("another tenant's order o-1").isEqualTo(OrderFacts.NONE);
        assertThat(erp.request("acme", returnFor("o-2", "m-4"))).as("an order not configured stays pending").isEqualTo(OrderFacts.NONE);
    }

    @Test
    void should_take_an_action_once_per_idempotency_key_and_replay_the_first_answer() {
        erp.confirm("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION, AUTHORIZED);
        OrderFacts first = erp.request("acme", returnFor("o-1", "m-1"));

        // the ERP's answer changes, then the draft stage is redelivered with the same buyer message
        erp.confirm("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION,
                new OrderFacts(Map.of("return_authorized", true, "rma_number", "RMA-40022")));
        OrderFacts redelivered = erp.request("acme", returnFor("o-1", "m-1"));

        assertThat(redelivered).isEqualTo(first);
        assertThat(erp.actions()).hasSize(1).first().satisfies(action -> {
            assertThat(action.tenantId()).isEqualTo("acme");
            assertThat(action.request().idempotencyKey()).isEqualTo("m-1");
            assertThat(action.answer().text("rma_number")).isEqualTo("RMA-40021");
        });
        assertThat(erp.requests()).hasSize(2).allSatisfy(r -> assertThat(r.request()).isEqualTo(returnFor("o-1", "m-1")));

        // another buyer message is another action
        assertThat(erp.request("acme", returnFor("o-1", "m-2")).text("rma_number")).isEqualTo("RMA-40022");
        assertThat(erp.actions()).hasSize(2);
    }

    @Test
    void should_take_no_action_on_a_failure_and_ask_again_on_redelivery() {
        erp.fail("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION);
        assertThat(erp.request("acme", returnFor("o-1", "m-1"))).isEqualTo(OrderFacts.NONE);
        assertThat(erp.actions()).isEmpty();

        erp.confirm("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION, AUTHORIZED);
        assertThat(erp.request("acme", returnFor("o-1", "m-1"))).isEqualTo(AUTHORIZED);
        assertThat(erp.actions()).hasSize(1);
        assertThat(erp.requests()).extracting(InMemoryOrderActions.Received::answer).containsExactly(OrderFacts.NONE, AUTHORIZED);
    }

    @Test
    void should_refuse_an_idempotency_key_reused_for_another_action() {
        erp.confirm("acme", "o-1", OrderActionKind.RETURN_AUTHORIZATION, AUTHORIZED);
        erp.request("acme", returnFor("o-1", "m-1"));

        assertThatThrownBy(() -> erp.request("acme", new OrderActionRequest(OrderActionKind.REFUND, "o-1", "m-1", "refund_request")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m-1").hasMessageContaining("return_authorization");
    }

    @Test
    void should_confirm_nothing_without_an_erp() {
        assertThat(OrderActions.NONE.request("acme", returnFor("o-1", "m-1"))).isEqualTo(OrderFacts.NONE);
    }

    @Test
    void should_read_action_kinds_by_their_wire_names_and_list_them_when_unknown() {
        assertThat(OrderActionKind.fromWireName("return_authorization")).isEqualTo(OrderActionKind.RETURN_AUTHORIZATION);
        assertThat(OrderActionKind.fromWireName(" Reshipment ")).isEqualTo(OrderActionKind.RESHIPMENT);
        assertThat(OrderActionKind.fromWireName("refund")).isEqualTo(OrderActionKind.REFUND);
        assertThat(OrderActionKind.REFUND.confirmingFact()).isEqualTo("refund_issued");
        assertThatThrownBy(() -> OrderActionKind.fromWireName("exchange")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown order action kind 'exchange'; one of return_authorization, reshipment, refund");
        assertThatThrownBy(() -> OrderActionKind.fromWireName(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("return_authorization, reshipment, refund");
    }

    @Test
    void should_require_the_order_and_the_idempotency_key_of_a_request() {
        assertThatThrownBy(() -> new OrderActionRequest(OrderActionKind.REFUND, " ", "m-1", "refund_request"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderActionRequest(OrderActionKind.REFUND, "o-1", null, "refund_request"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
    }
}
