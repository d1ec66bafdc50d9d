package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.compliance.OrderFacts;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an LLM rewrite may not add to the template draft it rewrites. The compliance check judges a draft on its own, and on
 * text nobody tuned it for it misses some indirect promises and claims (see the held-out figures in the README); a
 * rewrite, though, has a reference: the template draft, which passed the check and states only confirmed facts. So the
 * rewrite is held to it: no number the template, the facts or the buyer's message does not contain (an invented delivery
 * time, amount or reference), and no remedy, review or promotion topic the template did not raise. A rewrite that adds
 * one is discarded and the template draft stands; the cost is a plainer reply, never a wrong one.
 */
public final class RewriteGuard {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A topic: Latin-script word beginnings and Chinese/Japanese words, in the eight template languages. */
    private record Topic(String name, Pattern pattern) {

        static Topic of(String name, String latinStems, String cjkWords) {
            return new Topic(name, Pattern.compile("(?<!\\p{L})(?:" + latinStems + ")|" + cjkWords, FLAGS));
        }
    }

    private static final Topic REMEDY = Topic.of("remedy",
            "refund|reimburs|money back|replac|new one|resend|re-send|reship|send (?:you )?another|compensat|voucher|coupon|discount|credit"
                    + "|gift|free of charge|for free|% off|goodwill|make it up|erstatt|rückerstatt|zurückerstatt|geld zurück|ersatz|umtausch"
                    + "|gutschein|rabatt|gutschrift|geschenk|gratis|kostenlos|entschädig|kulanz|rembours|remplac|renvo|bon d'achat|avoir\\b"
                    + "|réduction|remise|cadeau|offert|geste commercial|dédommag|reembols|devol(?:ver|vemos|veremos) (?:el|su|tu) dinero|reempla"
                    + "|sustitu|reenv|cupón|descuento|regalo|compensaci|rimbors|sostitu|rispedi|nuovo invio|buono|sconto|omaggio|risarc"
                    + "|indennizz",
            "返金|返品|交換|代替品|再送|再発送|補償|お詫びの品|クーポン|割引|プレゼント|無料|ポイント|退款|退钱|退錢|退货|退貨|换货|換貨|补发|補發|重发|重發"
                    + "|赔偿|賠償|补偿|補償|优惠券|優惠券|折扣|红包|紅包|赠品|贈品|免费|免費|返现|返現|代金券");
    private static final Topic REVIEW = Topic.of("review",
            "review|rating|rate us|stars?\\b|bewert|rezension|sterne|avis\\b|évaluation|étoile|commentaire|reseña|valoraci"
                    + "|opini[oó]n|estrellas?|recension|valutazion|stelle|feedback",
            "レビュー|評価|星[1-5１-５]|[1-5１-５五]つ星|★|好评|好評|评价|評價|差评|差評|五星|追评|追評|晒图|曬圖");
    private static final Topic PROMOTION = Topic.of("promotion",
            "follow us|follow our|newsletter|subscribe|new arrival|new collection|our collection|our other|check out our|sale\\b|promo|abonn|kollektion"
                    + "|neuheit|nouveauté|nouvelle collection|notre collection|suscr|colecci[oó]n|novedad|iscriv|collezion|novità",
            "フォロー|新商品|新作|セール|メルマガ|关注|關注|收藏店铺|收藏店鋪|新品|上新|促销|促銷|活动|活動|直播");

    private RewriteGuard() {
    }

    /**
     * @param templateDraft the draft the rewrite replaces, as the buyer would get it
     * @param rewrite the LLM's reply, with personal data restored
     * @param alsoKnown what else the reply may repeat: the buyer's message ("your 2 mugs"), the order number it names
     * @return what kind of thing the rewrite adds that the template did not say ("number", "remedy", "review", "promotion"),
     *     or empty when it adds nothing; never the text itself, which may be personal (a phone number) and is logged nowhere
     */
    public static Optional<String> additions(String templateDraft, String rewrite, OrderFacts facts, String... alsoKnown) {
        StringBuilder known = new StringBuilder(templateDraft);
        facts.values().values().forEach(value -> known.append('\n').append(value));
        for (String text : alsoKnown) {
            known.append('\n').append(text == null ? "" : text);
        }
        String reference = normalized(known.toString());
        Set<String> knownNumbers = numbers(reference);
        String text = normalized(rewrite);
        for (String number : numbers(text)) {
            if (!knownNumbers.contains(number)) {
                return Optional.of("number");
            }
        }
        String template = normalized(templateDraft);
        for (Topic topic : new Topic[] {REMEDY, REVIEW, PROMOTION}) {
            if (topic.pattern().matcher(text).find() && !topic.pattern().matcher(template).find()) {
                return Optional.of(topic.name());
            }
        }
        return Optional.empty();
    }

    /** Full-width digits and letters as ASCII, lower case: "１２" and "12" are one number. */
    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Digit runs without leading zeros ("05" and "5" are one day); every run, so "3 days" and "NV3" both count. */
    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String run = m.group().replaceFirst("^0+(?=\\d)", "");
            numbers.add(run);
        }
        return numbers;
    }
}
