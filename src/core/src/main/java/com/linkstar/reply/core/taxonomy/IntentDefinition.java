package com.linkstar.reply.core.taxonomy;

import com.linkstar.reply.core.port.OrderActionKind;

/**
 * One intent of a tenant's taxonomy.
 *
 * @param id stable identifier used in labels and reports
 * @param name what the tenant's people call it (a rename changes only this)
 * @param description what the buyer wants, in a sentence: shown to people and to the LLM
 * @param priority 1 (most urgent) to 100, for queues and reports
 * @param orderAction what the draft stage asks the seller's ERP to do for a message of this intent that names an order
 *     (authorise the return, reship, refund); null: nothing. A conversation with a risk signal never triggers it: a person
 *     decides there.
 */
public record IntentDefinition(String id, String name, String description, int priority, IntentFlow flow, OrderActionKind orderAction) {

    public IntentDefinition(String id, String name, String description, int priority, IntentFlow flow) {
        this(id, name, description, priority, flow, null);
    }

    public IntentDefinition withFlow(IntentFlow newFlow) {
        return new IntentDefinition(id, name, description, priority, newFlow, orderAction);
    }

    public IntentDefinition withOrderAction(OrderActionKind action) {
        return new IntentDefinition(id, name, description, priority, flow, action);
    }
}
