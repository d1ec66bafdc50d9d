package com.linkstar.reply.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The label of one buyer message.
 *
 * @param confidence 0..1, how sure the deciding source is of the intent
 * @param language ISO 639-1 code of the buyer's message
 * @param evidence short machine-readable reasons (matched rule ids, extracted order numbers), never buyer PII
 */
public record Classification(
        String intent,
        double confidence,
        Set<RiskSignal> risks,
        Sentiment sentiment,
        String language,
        IntentSource source,
        List<String> evidence) {

    public Classification {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        risks = Set.copyOf(risks);
        evidence = List.copyOf(evidence);
    }
}
