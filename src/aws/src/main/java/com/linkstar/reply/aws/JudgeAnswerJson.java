package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.linkstar.reply.core.compliance.LlmDraftJudge;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft judge's answer, {@code {"violations":[{"rule","quote"}]}}, as the core reads it. Read the same by the draft
 * stage and by {@code linkstar check-draft --llm-judge}. Anything else is no usable answer.
 */
public final class JudgeAnswerJson {

    private JudgeAnswerJson() {
    }

    /** @throws IllegalStateException when the answer is not JSON or has no "violations" list */
    public static List<LlmDraftJudge.Verdict> verdicts(String answer) {
        JsonNode json;
        try {
            json = PayloadJson.newMapper().readTree(answer == null ? "" : answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the judge's answer is not JSON", e);
        }
        if (json == null || !json.path("violations").isArray()) {
            throw new IllegalStateException("the judge's answer has no \"violations\" list");
        }
        List<LlmDraftJudge.Verdict> verdicts = new ArrayList<>();
        json.path("violations").forEach(v -> verdicts.add(new LlmDraftJudge.Verdict(v.path("rule").asText(null), v.path("quote").asText(null))));
        return verdicts;
    }
}
