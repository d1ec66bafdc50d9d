package com.linkstar.reply.core.taxonomy;

/**
 * One intent of a tenant's taxonomy.
 *
 * @param id stable identifier used in labels and reports
 * @param name what the tenant's people call it (a rename changes only this)
 * @param description what the buyer wants, in a sentence: shown to people and to the LLM
 * @param priority 1 (most urgent) to 100, for queues and reports
 */
public record IntentDefinition(String id, String name, String description, int priority, IntentFlow flow) {
}
