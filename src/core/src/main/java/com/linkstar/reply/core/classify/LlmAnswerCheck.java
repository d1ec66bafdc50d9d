package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what to keep of an LLM's answer. The LLM decides the intent only with a label of the taxonomy and enough
 * confidence; otherwise the fallback (rules + model) decides. Risk signals are always the union of both: an LLM can add
 * a risk the rules missed, never remove one they found.
 */
public final class LlmAnswerCheck {

    /** What the LLM said, as loosely typed as it comes back. */
    public record Answer(String intent, Double confidence, List<String> risks, String sentiment, String language) {
    }

    /** The label to store and why that source decided. */
    public record Verdict(Classification label, String reason) {
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Set<String> taxonomy;
    private final double minConfidence;

    public LlmAnswerCheck(Set<String> taxonomy, double minConfidence) {
        this.taxonomy = Set.copyOf(taxonomy);
        this.minConfidence = minConfidence;
    }

    public Verdict check(Answer answer, Classification fallback) {
        if (answer == null || answer.intent() == null) {
            return new Verdict(fallback, "llm-empty-answer");
        }
        Set<RiskSignal> risks = EnumSet.noneOf(RiskSignal.class);
        risks.addAll(fallback.risks());
        List<String> evidence = new ArrayList<>(fallback.evidence());
        for (String risk : answer.risks() == null ? List.<String>of() : answer.risks()) {
            try {
                if (risks.add(RiskSignal.fromWireName(risk))) {
                    evidence.add("llm-risk:" + risk.trim().toLowerCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                evidence.add("llm-invalid-risk");
            }
        }
        String intent = answer.intent().trim().toLowerCase(Locale.ROOT);
        double confidence = answer.confidence() == null ? 0 : answer.confidence();
        String reason;
        if (!taxonomy.contains(intent)) {
            reason = "llm-label-not-in-taxonomy";
        } else if (confidence < minConfidence || confidence > 1) {
            reason = "llm-low-confidence";
        } else {
            evidence.add("llm:" + intent);
            return new Verdict(new Classification(intent, confidence, risks, sentiment(answer.sentiment(), fallback.sentiment()),
                    language(answer.language(), fallback.language()), IntentSource.LLM, evidence), "llm");
        }
        return new Verdict(new Classification(fallback.intent(), fallback.confidence(), risks, fallback.sentiment(), fallback.language(),
                fallback.source(), evidence), reason);
    }

    private static Sentiment sentiment(String value, Sentiment fallback) {
        try {
            return value == null ? fallback : Sentiment.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String language(String value, String fallback) {
        String code = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(code).matches() ? code : fallback;
    }
}
