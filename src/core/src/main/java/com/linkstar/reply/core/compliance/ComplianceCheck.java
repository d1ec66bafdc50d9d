package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.classify.LanguageDetector;
import com.linkstar.reply.core.model.Channel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compliance check of a reply draft: a pure function of the channel's policy (a versioned record), the draft, the
 * buyer's language and the order facts the seller's data confirms. Each finding names its rule, the span and what to do.
 * Detectors lean to recall: a flagged draft waits for a person, a missed one can cost the seller's account.
 */
public final class ComplianceCheck {

    /** The rules about what the seller says, which a quotation of the buyer does not break. */
    private static final java.util.Set<String> QUOTABLE = java.util.Set.of("off_platform", "review_solicitation", "marketing", "unconfirmed_promise",
            "unconfirmed_fact", "messaging_handle");

    private final Map<Channel, ChannelPolicy> policies;
    /** Each channel's "too many line breaks in a row" pattern, compiled once rather than on every draft. */
    private final Map<Channel, Pattern> lineBreakRuns = new EnumMap<>(Channel.class);
    private final LanguageDetector languages = new LanguageDetector();

    public ComplianceCheck(Map<Channel, ChannelPolicy> policies) {
        this.policies = Map.copyOf(policies);
        policies.forEach((channel, policy) -> lineBreakRuns.put(channel,
                Pattern.compile("(?:\\r?\\n[ \\t]*){" + (policy.maxLineBreaks() + 1) + ",}")));
    }

    public static ComplianceCheck bundled() {
        return new ComplianceCheck(ChannelPolicy.bundled());
    }

    public ChannelPolicy policy(Channel channel) {
        return policies.get(channel);
    }

    public List<Finding> check(Channel channel, String draft, String buyerLanguage, OrderFacts facts) {
        ChannelPolicy policy = policies.get(channel);
        List<Finding> findings = new ArrayList<>();
        String text = draft == null ? "" : draft;
        List<List<int[]>> addresses = new ArrayList<>(1);
        // full-width ｍａｉｌ＠ｓｈｏｐ．ｊｐ and ０３－１２３４ are read as ASCII; the spans stay valid while the lengths match
        String compatible = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        String contacts = compatible.length() == text.length() ? compatible : text;
        if (policy.applies("url")) {
            DraftPatterns.links(contacts).stream().filter(link -> !ownPlatform(link.domain(), policy)).forEach(link -> findings.add(
                    new Finding("url", link.start(), link.end(), link.text(), "a link to " + link.domain()
                            + " outside " + channel.wireName() + ": remove it or link to the platform's own page")));
        }
        if (policy.applies("email")) {
            String message = "an e-mail address: " + channel.wireName() + " does not allow contact details; remove it";
            emails(text, addresses).forEach(span -> findings.add(new Finding("email", span[0], span[1], text.substring(span[0], span[1]), message)));
            spans(DraftPatterns.EMAILS, contacts, "email", message, findings);
        }
        if (policy.applies("phone")) {
            DraftPatterns.phones(contacts, facts).forEach(span -> findings.add(new Finding("phone", span[0], span[1],
                    text.substring(span[0], span[1]), "a phone number: " + channel.wireName() + " does not allow contact details; remove it")));
            spans(DraftPatterns.SPELLED_PHONE, contacts, "phone", "a phone number written out: " + channel.wireName()
                    + " does not allow contact details; remove it", findings);
        }
        if (policy.applies("messaging_handle")) {
            List<Finding> handles = new ArrayList<>();
            spans(DraftPatterns.MESSAGING, text, "messaging_handle", "a messaging app or social handle: keep the conversation on "
                    + channel.wireName(), handles);
            // "let's keep it here rather than WhatsApp" names an app only to decline it
            handles.stream().filter(h -> !DraftPatterns.DECLINED.matcher(text.substring(Math.max(0, h.start() - 40), h.start())).find()
                    && !DraftPatterns.APP_AS_STYLE.matcher(text.substring(h.end())).find()
                    && !refused(text, h) && !keptHere(text, h)).forEach(findings::add);
        }
        if (policy.applies("off_platform")) {
            List<Finding> offPlatform = new ArrayList<>();
            spans(DraftPatterns.OFF_PLATFORM, text, "off_platform", "takes the sale, payment or contact off " + channel.wireName()
                    + ": platforms penalise this; remove it", offPlatform);
            offPlatform.stream().filter(f -> !refused(text, f)).forEach(findings::add);
        }
        if (policy.applies("review_solicitation")) {
            spans(DraftPatterns.REVIEW_INCENTIVE, text, "review_solicitation", "offers something for a review: not allowed anywhere",
                    findings);
            if (policy.strictReviews()) {
                List<Finding> requests = new ArrayList<>();
                spans(DraftPatterns.REVIEW_REQUEST, text, "review_solicitation", "asks for a positive review or to change one: "
                        + "only a neutral request for feedback is allowed", requests);
                requests.stream().filter(r -> !DraftPatterns.NOT_A_REVIEW_REQUEST.matcher(sentenceOf(text, r)).find()).forEach(findings::add);
            }
        }
        if (policy.applies("marketing")) {
            List<Finding> promotions = new ArrayList<>();
            spans(DraftPatterns.MARKETING, text, "marketing", "promotion unrelated to the buyer's question: remove it", promotions);
            boolean buyerAsked = !promotions.isEmpty() && DraftPatterns.BUYER_ASKED.matcher(text).find();
            // a discount on this order for the trouble is a (partial refund) promise; a sale named as the reason for a delay, or an
            // offer explained as not applying ("the welcome code was only for a next order"), promotes nothing
            promotions.stream().filter(f -> {
                String sentence = sentenceOf(text, f);
                return !(DraftPatterns.DISCOUNT.matcher(f.excerpt()).find() && (DraftPatterns.THIS_ORDER.matcher(sentence).find()
                        || DraftPatterns.COMPENSATION_CONTEXT.matcher(sentence).find()))
                        && !((DraftPatterns.CHEAPER.matcher(f.excerpt()).find() || DraftPatterns.ALSO_SELL.matcher(f.excerpt()).find())
                                && DraftPatterns.OWN_SITE_CONTEXT.matcher(sentence).find())
                        && !DraftPatterns.SALE_AS_REASON.matcher(sentence).find() && !DraftPatterns.OFFER_NOT_APPLIED.matcher(sentence).find()
                        // a product, stock or size the buyer asked about, without an offer on it, answers the buyer
                        && !(buyerAsked && !DraftPatterns.PROMOTION_ANYWAY.matcher(sentence).find());
            }).forEach(findings::add);
            // a coupon or a reduced product given to make up for the buyer's trouble is compensation (the promise rule), not promotion
            List<Finding> offers = new ArrayList<>();
            spans(DraftPatterns.OFFER, text, "marketing", "promotion unrelated to the buyer's question: remove it", offers);
            offers.stream().filter(f -> {
                String sentence = sentenceOf(text, f);
                return !DraftPatterns.COMPENSATION_CONTEXT.matcher(sentence).find() && !DraftPatterns.OWN_SITE_CONTEXT.matcher(sentence).find();
            }).forEach(findings::add);
        }
        if (policy.applies("unconfirmed_promise")) {
            DraftPatterns.promises(text, facts).forEach(promise -> findings.add(new Finding("unconfirmed_promise", promise.start(),
                    promise.end(), text.substring(promise.start(), promise.end()), promise.message())));
        }
        if (policy.applies("unconfirmed_fact")) {
            DraftPatterns.unconfirmedFacts(text, facts).forEach(fact -> findings.add(new Finding("unconfirmed_fact", fact.start(),
                    fact.end(), text.substring(fact.start(), fact.end()), fact.message())));
        }
        if (policy.applies("emoji")) {
            Matcher emoji = DraftPatterns.EMOJI.matcher(text);
            while (emoji.find()) {
                findings.add(new Finding("emoji", emoji.start(), emoji.end(), emoji.group(), "emojis are not allowed on "
                        + channel.wireName() + ": remove them"));
            }
        }
        if (policy.applies("line_breaks")) {
            Matcher breaks = lineBreakRuns.get(channel).matcher(text);
            while (breaks.find()) {
                findings.add(new Finding("line_breaks", breaks.start(), breaks.end(), "", "more than " + policy.maxLineBreaks()
                        + " line breaks in a row: " + channel.wireName() + " allows at most " + policy.maxLineBreaks()));
            }
        }
        if (policy.applies("language_mismatch") && buyerLanguage != null && !buyerLanguage.isBlank()) {
            String buyer = buyerLanguage.toLowerCase(Locale.ROOT);
            String readable = DraftPatterns.withoutCodesAndLinks(withoutEmails(text, emails(text, addresses)));
            String written = writtenLanguage(readable, buyer);
            if (!written.equals(buyer)) {
                findings.add(new Finding("language_mismatch", 0, text.length(), "", "the draft reads as '" + written
                        + "' but the buyer wrote in '" + buyerLanguage + "': reply in the buyer's language"));
            } else {
                // a whole sentence in another language, in a reply otherwise in the buyer's
                String foreign = ForeignSentences.find(readable, buyer, facts.text("items"));
                if (foreign != null) {
                    findings.add(new Finding("language_mismatch", 0, text.length(), "", "a whole sentence of the draft is in '" + foreign
                            + "' but the buyer wrote in '" + buyerLanguage + "': write every sentence in the buyer's language"));
                }
            }
        }
        // the buyer's own words quoted back are not the seller's push, promise or request
        findings.removeIf(f -> QUOTABLE.contains(f.rule()) && reported(text, f.start(), f.end()));
        List<Finding> kept = withoutDoubleCounts(findings);
        kept.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return kept;
    }

    /**
     * One wording, one finding: the domain inside an e-mail address is not also a link (nor the digits of 12345678@qq.com
     * a phone number), a reward offered for a review is
     * not also a compensation promise, and "a replacement is on its way" is a promise, not also a shipping fact.
     */
    private static final List<String[]> SUBSUMED = List.of(new String[] {"url", "email", "0"}, new String[] {"phone", "email", "0"},
            new String[] {"unconfirmed_promise", "review_solicitation", "40"}, new String[] {"unconfirmed_fact", "unconfirmed_promise", "20"});

    /** The order itself refunded or replaced, as opposed to a gift card or coupon offered alongside. */
    private static final Pattern ORDER_REMEDY = Pattern.compile(
            "refund|reimburs|rembours|reembols|devolv|rimbors|erstatt|返金|退款|退還|退还|replace|new|neu|nuov|nuev|neuf|nouve|ersatz|sostitu|reemplaz|代わり|新しい|新的|补寄|補寄"
                    + "|another|\\botr[oa]\\b|\\baltr[oa]\\b|\\bautre\\b|\\bandere[ns]?\\b|另一",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static List<Finding> withoutDoubleCounts(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            boolean subsumed = false;
            for (String[] pair : SUBSUMED) {
                int reach = Integer.parseInt(pair[2]); // how close counts as the same wording
                // a refund or replacement offered for a review is a promise too; only a gift or credit for it is not
                boolean exempt = pair[0].equals("unconfirmed_promise") && !finding.message().startsWith("promises compensation")
                        && ORDER_REMEDY.matcher(finding.excerpt()).find();
                // only "it is on its way" and an amount belong to a promise's wording; a delivery date or "delivered" never does
                exempt |= pair[0].equals("unconfirmed_fact") && !finding.message().startsWith("says the order shipped")
                        && !finding.message().startsWith("states a refund amount");
                if (!exempt && finding.rule().equals(pair[0]) && findings.stream().anyMatch(other -> other.rule().equals(pair[1])
                        && other.start() < finding.end() + reach && finding.start() < other.end() + reach)) {
                    subsumed = true;
                }
            }
            if (!subsumed) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /**
     * The draft's language, by its bulk: a reply to a Japanese buyer that is English after a Japanese salutation reads as
     * English. Chinese or Japanese script must carry at least a third of the letters of a reply to a zh/ja buyer, and
     * at most a third of a reply in a Latin-script language; otherwise the detector decides.
     */
    private static final Pattern CJK_LETTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private String writtenLanguage(String text, String buyerLanguage) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    cjk++;
                }
            }
        }
        boolean cjkBuyer = buyerLanguage.equals("ja") || buyerLanguage.equals("zh");
        // a CJK character carries about as much as a short Latin word: weigh it three times
        double cjkShare = letters == 0 ? 0 : 3.0 * cjk / (3.0 * cjk + (letters - cjk));
        if (cjkBuyer && cjkShare < 1 / 3.0) {
            return languages.detect(CJK_LETTER.matcher(text).replaceAll(" "));
        }
        if (!cjkBuyer && cjkShare > 1 / 3.0) {
            return languages.detect(text);
        }
        if (cjkBuyer) {
            // a Chinese reply may quote a Japanese name (日本郵便, a shop called 絹の森): a few kana do not make it Japanese
            int kana = (int) text.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
            // …nor a Japanese tea's name (ほうじ茶) in a Chinese sentence that says 这款 and 您
            return kana * 10 < cjk || ForeignSentences.chineseOnly(text) >= 2 && kana * 3 < cjk ? "zh" : "ja";
        }
        // a short Latin reply: another language only when it clearly reads as one (twice the buyer's language's score)
        Map<String, Integer> scores = languages.latinScores(text);
        String best = buyerLanguage;
        int bestScore = scores.getOrDefault(buyerLanguage, 0);
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        return bestScore >= 3 && bestScore > 1.5 * scores.getOrDefault(buyerLanguage, 0) ? best : buyerLanguage;
    }

    private static final Pattern HANDLE_AFTER = Pattern.compile("^[^.!?。！？\\n]{0,25}?[:：@\\d]");

    /** An app named in a sentence that keeps the conversation here, with no handle or number after it: the app is not offered. */
    private static boolean keptHere(String text, Finding finding) {
        String sentence = sentenceOf(text, finding);
        // "per WhatsApp, das geht schneller als hier im Chat": here is what the app is compared with, not where the chat stays
        return DraftPatterns.KEEP_HERE.matcher(sentence).find() && !DraftPatterns.BETTER_THAN_HERE.matcher(sentence).find()
                && !HANDLE_AFTER.matcher(text.substring(finding.end(), Math.min(text.length(), finding.end() + 30))).find();
    }

    /** Quotation marks, opening and the marks that close them („…“ and „…” in German, “…” in English, «…», 「…」, "…"). */
    private static final String[][] QUOTES = {{"„", "“”"}, {"“", "”"}, {"«", "»"}, {"‹", "›"}, {"「", "」"}, {"『", "』"}, {"\"", "\""}};
    /** Words that report what the buyer wrote, before the quotation: "Sie fragen: „…“", « vous écrivez », 您说“…”. */
    private static final Pattern REPORTED_BEFORE = Pattern.compile("(?:\\b(?:you|buyer|customer)\\b[^\\n]{0,12}\\b(?:wrote|write|said|say|asked|ask|mention(?:ed)?|told us)"
            + "|\\b(?:schreiben|schrieben|fragen|fragten|meinen|meinten|écrivez|écriviez|avez écrit|dites|demandez|dices|decís|escribes|escribe|escribís|preguntas|pregunta"
            + "|scrive|scrivi|chiede|chiedi|dice|dici)\\b|说|說|问|問|写道|寫道|提到|留言)[^\\n]{0,12}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** …or after it: 「返金してくれないなら…」とのこと. */
    private static final Pattern REPORTED_AFTER = Pattern.compile("^\\s*(?:と|って)?\\s*(?:のこと|おっしゃ|お書き|書かれ|伺|ご指摘)");

    /** The finding is inside the buyer's words, quoted back ("You asked: „Can I pay by PayPal directly?“ No - …"). */
    static boolean reported(String text, int start, int end) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        for (String[] quote : QUOTES) {
            int open = -1;
            if (quote[0].equals("\"")) {
                for (int i = paragraph; i < start; i++) {
                    if (text.charAt(i) == '"') {
                        open = open < 0 ? i : -1;
                    }
                }
            } else {
                int candidate = text.lastIndexOf(quote[0], start - 1);
                if (candidate >= paragraph) {
                    boolean closed = false;
                    for (int i = candidate + 1; i < start && !closed; i++) {
                        closed = quote[1].indexOf(text.charAt(i)) >= 0;
                    }
                    open = closed ? -1 : candidate;
                }
            }
            if (open < 0) {
                continue;
            }
            int close = -1;
            for (int i = end; i < text.length() && close < 0 && text.charAt(i) != '\n'; i++) {
                if (quote[1].indexOf(text.charAt(i)) >= 0) {
                    close = i;
                }
            }
            if (close < 0) {
                continue;
            }
            if (REPORTED_BEFORE.matcher(text.substring(Math.max(paragraph, open - 40), open)).find()
                    || REPORTED_AFTER.matcher(text.substring(close + 1, Math.min(text.length(), close + 12))).find()) {
                return true;
            }
        }
        return false;
    }

    /** The draft's e-mail addresses, found once for the e-mail rule and the language rule. */
    private static List<int[]> emails(String text, List<List<int[]>> found) {
        if (found.isEmpty()) {
            found.add(Emails.find(text));
        }
        return found.get(0);
    }

    /** The draft with its e-mail addresses blanked out (same length): "s u p p o r t @ …" is no sentence in any language. */
    private static String withoutEmails(String text, List<int[]> emails) {
        if (emails.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int[] span : emails) {
            for (int i = span[0]; i < span[1]; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The finding sits in a sentence that refuses or warns against the very thing ("please don't pay outside eBay"). */
    private static boolean refused(String text, Finding finding) {
        return DraftPatterns.REFUSAL.matcher(sentenceOf(text, finding)).find();
    }

    /** The sentence (or clause after a semicolon) around a finding. */
    private static String sentenceOf(String text, Finding finding) {
        return DraftPatterns.sentenceAround(text, finding.start(), finding.end());
    }

    /** Second-level suffixes under which the registrable name is one label further left (amazon.co.uk). */
    private static final java.util.Set<String> COMPOUND_SUFFIXES = java.util.Set.of("co.uk", "com.au", "co.jp", "com.br", "com.mx",
            "com.sg", "com.my", "co.id", "com.ph", "co.th", "com.vn", "com.tr", "com.cn", "com.tw", "com.hk", "co.kr");

    /** The link's registrable name (amazon of www.amazon.co.uk) is one of the platform's own: amazon.evil.com is not. */
    static boolean ownPlatform(String domain, ChannelPolicy policy) {
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return false;
        }
        String suffix = labels[labels.length - 2] + "." + labels[labels.length - 1];
        int name = COMPOUND_SUFFIXES.contains(suffix) && labels.length >= 3 ? labels.length - 3 : labels.length - 2;
        return policy.linkDomains().contains(labels[name]);
    }

    private static void spans(Pattern pattern, String text, String rule, String message, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            findings.add(new Finding(rule, matcher.start(), matcher.end(), matcher.group(), message));
        }
    }
}
