package com.linkstar.reply.cli;

import com.linkstar.reply.core.classify.TextNormalizer;
import com.linkstar.reply.core.evaluation.LabeledMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Apache OpenNLP's document categorizer (maxent over words and word bigrams), the baseline of 'bench classify'. */
final class OpenNlpBaseline {

    private final DocumentCategorizerME categorizer;

    private OpenNlpBaseline(DocumentCategorizerME categorizer) {
        this.categorizer = categorizer;
    }

    static OpenNlpBaseline train(List<LabeledMessage> training) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabeledMessage m : training) {
            samples.add(new DocumentSample(m.intent(), tokens(m.text())));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        DoccatModel model = DocumentCategorizerME.train("und", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        return new OpenNlpBaseline(new DocumentCategorizerME(model));
    }

    String classify(String text) {
        return categorizer.getBestCategory(categorizer.categorize(tokens(text)));
    }

    /**
     * Words of the folded text; text in scripts without spaces (ja, zh) becomes character bigrams, which is what a
     * whitespace tokenizer cannot give OpenNLP on its own.
     */
    static String[] tokens(String text) {
        String folded = TextNormalizer.fold(text);
        List<String> tokens = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(c -> c > 0x2E80)) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    tokens.add(word.substring(i, i + 2));
                }
                if (word.length() == 1) {
                    tokens.add(word);
                }
            } else {
                tokens.add(word);
            }
        }
        return tokens.toArray(String[]::new);
    }
}
