package com.linkstar.reply.core.taxonomy;

/** What may happen to a message of an intent once it is drafted. */
public enum IntentFlow {
    /** May be sent without a person where the channel and the tenant's routing allow it (a later issue decides). */
    AUTO_REPLY_ALLOWED,
    /** A person approves every draft (the default). */
    SUGGEST_ONLY,
    /** A person handles the conversation; the draft is a starting point only. */
    ALWAYS_ESCALATE
}
