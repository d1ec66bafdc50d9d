package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules and a model trained on the seller's own history: the model decides the intent where it is confident, the rules
 * elsewhere; risks, sentiment and language always come from the rules (a model never removes a risk).
 */
public final class CombinedClassifier implements Classifier {

    private final RulesClassifier rules;
    private final LinearIntentModel model;
    private final double minProbability;

    public CombinedClassifier(RulesClassifier rules, LinearIntentModel model, double minProbability) {
        this.rules = rules;
        this.model = model;
        this.minProbability = minProbability;
    }

    @Override
    public Classification classify(String text) {
        String own = MessageCleaner.clean(text);
        String folded = TextNormalizer.fold(own);
        Classification byRules = rules.classifyFolded(own, folded);
        LinearIntentModel.Prediction prediction = model.predictFolded(folded);
        if (prediction.probability() < minProbability) {
            return byRules;
        }
        List<String> evidence = new ArrayList<>(byRules.evidence());
        evidence.add("model:" + prediction.intent());
        return new Classification(prediction.intent(), Math.round(prediction.probability() * 100) / 100.0, byRules.risks(),
                byRules.sentiment(), byRules.language(), IntentSource.MODEL, evidence);
    }
}
