package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules and a model trained on the seller's own history. The rules decide where a rule matched, unless the model is
 * confident (at least {@code minProbability}) of another intent; where no rule matched, the model decides. Risks,
 * sentiment and language always come from the rules (a model never removes a risk). Chosen by 5-fold cross-validation
 * on the dev set: the model alone is weak on a few hundred examples, but it fills the rules' gaps well.
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
        boolean rulesUnsure = Intents.OTHER.equals(byRules.intent());
        if (!rulesUnsure && (prediction.probability() < minProbability || prediction.intent().equals(byRules.intent()))) {
            return byRules;
        }
        List<String> evidence = new ArrayList<>(byRules.evidence());
        evidence.add("model:" + prediction.intent());
        return new Classification(prediction.intent(), Math.round(prediction.probability() * 100) / 100.0, byRules.risks(),
                byRules.sentiment(), byRules.language(), IntentSource.MODEL, evidence);
    }
}
