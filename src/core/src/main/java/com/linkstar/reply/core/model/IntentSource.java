package com.linkstar.reply.core.model;

/** Who decided a label: kept with every label so accuracy can be reported per source. */
public enum IntentSource {
    LLM,
    RULES,
    MODEL,
    HUMAN
}
