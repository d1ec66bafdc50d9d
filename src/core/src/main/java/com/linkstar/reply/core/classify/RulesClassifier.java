package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first rules classifier: multilingual keyword rules for intents (en, de, fr, es, it, ja, zh), risk detectors
 * that favour recall, a sentiment lexicon, and order/tracking number extraction. Works with no model and no LLM.
 */
public final class RulesClassifier implements Classifier {

    /** When two intents match equally, the more specific one wins: listed most specific first. */
    private static final List<String> SPECIFICITY = List.of(
            Intents.WRONG_ITEM, Intents.MISSING_PARTS, Intents.PRODUCT_DEFECT, Intents.DELIVERY_PROBLEM,
            Intents.REFUND_REQUEST, Intents.RETURN_REQUEST, Intents.EXCHANGE_REQUEST, Intents.CANCEL_ORDER,
            Intents.ADDRESS_CHANGE, Intents.INVOICE_REQUEST, Intents.PRODUCT_USAGE, Intents.PRE_SALE_QUESTION,
            Intents.ORDER_TRACKING, Intents.REVIEW_FEEDBACK, Intents.COMPLAINT, Intents.THANKS);

    /**
     * The intent is what the buyer wants done: an explicit request (refund, return, exchange, cancel…) outweighs the
     * description of the problem that comes with it. Courtesy and venting accompany most requests; they decide the
     * intent only when nothing more specific matched.
     */
    private static final Map<String, Double> WEIGHTS = Map.of(
            Intents.REFUND_REQUEST, 1.2, Intents.RETURN_REQUEST, 1.2, Intents.EXCHANGE_REQUEST, 1.2, Intents.CANCEL_ORDER, 1.2,
            Intents.ADDRESS_CHANGE, 1.2, Intents.INVOICE_REQUEST, 1.2,
            Intents.THANKS, 0.4, Intents.COMPLAINT, 0.6, Intents.REVIEW_FEEDBACK, 0.8);

    private static final Pattern AMAZON_ORDER = Pattern.compile("\\b\\d{3}-\\d{7}-\\d{7}\\b");
    /** A number counts as an order number when an order word ends at most 12 non-digits before it ("order #", "Bestellung Nr. "). */
    private static final Pattern ORDER_WORD_BEFORE = Pattern.compile("(?i)(?:order|bestellung|commande|pedido|ordine|注文|订单)\\D{0,12}$");
    private static final int ORDER_WORD_WINDOW = "bestellung".length() + 12;
    private static final Pattern TRACKING = Pattern.compile("\\b(1Z[0-9A-Z]{16}|[A-Z]{2}\\d{9}[A-Z]{2})\\b");

    private final RuleSet intentRules = IntentRules.build();
    private final RuleSet riskRules = RiskRules.build();
    private final RuleSet pastReview = RiskRules.pastReview();
    private final RuleSet futureThreat = RiskRules.futureThreat();
    private final RuleSet negativeWords = SentimentRules.negative();
    private final RuleSet positiveWords = SentimentRules.positive();
    private final RuleSet mediaOutlets = RiskRules.mediaOutlets();
    private final RuleSet threatCues = RiskRules.threatCues();
    private final RuleScan scan = new RuleScan(intentRules, riskRules, pastReview, futureThreat, negativeWords, positiveWords, mediaOutlets,
            threatCues);
    private final LanguageDetector languageDetector = new LanguageDetector();

    @Override
    public Classification classify(String text) {
        String own = MessageCleaner.clean(text);
        return classifyFolded(own, TextNormalizer.fold(own));
    }

    /** For a caller that already folded the text. */
    Classification classifyFolded(String text, String folded) {
        List<String> evidence = new ArrayList<>();
        RuleScan.Candidates candidates = scan.scan(folded);

        Map<String, Double> scores = new HashMap<>();
        for (RuleSet.Rule rule : candidates.matching(intentRules)) {
            scores.merge(rule.id(), WEIGHTS.getOrDefault(rule.id(), 1.0), Double::sum);
        }
        String intent = Intents.OTHER;
        double best = 0;
        double total = 0;
        for (String candidate : SPECIFICITY) {
            double score = scores.getOrDefault(candidate, 0.0);
            total += score;
            if (score > best) {
                best = score;
                intent = candidate;
            }
        }
        if (!Intents.OTHER.equals(intent)) {
            evidence.add("rule:" + intent);
        }

        Set<RiskSignal> risks = EnumSet.noneOf(RiskSignal.class);
        for (RuleSet.Rule rule : candidates.matching(riskRules)) {
            risks.add(RiskSignal.valueOf(rule.id()));
        }
        if (!risks.contains(RiskSignal.MEDIA_THREAT)) {
            List<RuleSet.Rule> outlets = candidates.matching(mediaOutlets);
            if (!outlets.isEmpty() && RuleSet.near(outlets, candidates.matching(threatCues), folded, RiskRules.OUTLET_CUE_GAP)) {
                risks.add(RiskSignal.MEDIA_THREAT);
            }
        }
        // a review the buyer already left (or is improving) is not a threat, unless the message also threatens again
        if (risks.contains(RiskSignal.NEGATIVE_REVIEW_THREAT) && !candidates.matching(pastReview).isEmpty()
                && candidates.matching(futureThreat).isEmpty()) {
            risks.remove(RiskSignal.NEGATIVE_REVIEW_THREAT);
        }
        risks.forEach(risk -> evidence.add("risk:" + risk.wireName()));
        evidence.addAll(extractReferences(text));

        double confidence = Intents.OTHER.equals(intent) ? 0.3 : Math.min(0.95, 0.5 + 0.45 * best / Math.max(total, best));
        return new Classification(intent, round(confidence), risks, sentiment(candidates, risks), languageDetector.detect(text, folded),
                IntentSource.RULES, evidence);
    }

    private Sentiment sentiment(RuleScan.Candidates candidates, Set<RiskSignal> risks) {
        int negative = candidates.matching(negativeWords).size() + risks.size();
        int positive = candidates.matching(positiveWords).size();
        if (negative > positive) {
            return Sentiment.NEGATIVE;
        }
        return positive > 0 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }

    /** Order and tracking numbers the draft and the ERP lookup can use; they are not personal data. */
    static List<String> extractReferences(String text) {
        List<String> orderNumbers = new ArrayList<>();
        // every reference has a run of at least six digits and hyphens starting with a digit, except UPS's "1Z…":
        // most messages have none, and the regexes below are then not worth running
        boolean anyNumber = false;
        for (int start = 0; start < text.length(); start++) {
            if (!isAsciiDigit(text.charAt(start)) || start > 0 && isAsciiDigit(text.charAt(start - 1))) {
                continue;
            }
            int end = start;
            while (end < text.length() && isNumberChar(text.charAt(end))) {
                end++;
            }
            if (end - start >= 6) {
                anyNumber = true;
                if (ORDER_WORD_BEFORE.matcher(text.substring(Math.max(0, start - ORDER_WORD_WINDOW), start)).find()) {
                    orderNumbers.add("order:" + text.substring(start, end));
                }
            }
            start = end;
        }
        if (!anyNumber && !text.contains("1Z")) {
            return List.of();
        }
        Set<String> references = new LinkedHashSet<>();
        Matcher amazon = AMAZON_ORDER.matcher(text);
        while (amazon.find()) {
            references.add("order:" + amazon.group());
        }
        references.addAll(orderNumbers);
        Matcher tracking = TRACKING.matcher(text);
        while (tracking.find()) {
            references.add("tracking:" + tracking.group(1));
        }
        return List.copyOf(references);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isAsciiDigit(c) || c == '-';
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
