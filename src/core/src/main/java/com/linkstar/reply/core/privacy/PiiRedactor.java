package com.linkstar.reply.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in a buyer's text with placeholders before the text leaves the seller's account (for an LLM):
 * e-mail addresses, payment card numbers (Luhn-checked), phone numbers, street addresses and the names and handles of
 * the buyer where they are known. Order and tracking numbers are kept: the model needs them and they identify no person.
 * Placeholders are numbered per kind ({@code [EMAIL_1]}) and the originals are returned, so a reply can restore them.
 */
public final class PiiRedactor {

    /** The redacted text and what each placeholder stands for. */
    public record Redacted(String text, Map<String, String> originals) {

        public String restore(String withPlaceholders) {
            String restored = withPlaceholders;
            for (Map.Entry<String, String> entry : originals.entrySet()) {
                restored = restored.replace(entry.getKey(), entry.getValue());
            }
            return restored;
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** 13 to 19 digits, optionally grouped by spaces or dashes. */
    private static final Pattern CARD = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
    /** A run of 7 to 15 digits with phone-style separators, not glued to letters (which makes it a tracking or model number). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w./-])(?:\\+|00)?\\(?\\d[\\d ().\\/-]{5,20}\\d(?![\\w/-])");
    private static final Pattern AMAZON_ORDER = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final Pattern EBAY_ORDER = Pattern.compile("\\d{2}-\\d{5}-\\d{5}");
    /** Words that introduce an order or tracking number in the languages we serve: the number after them is kept. */
    private static final Pattern ORDER_CONTEXT = Pattern.compile(
            "(?i)(order|ordine|orden|pedido|commande|bestellung|bestellnr|auftrag|tracking|sendung|suivi|seguimiento|"
                    + "rma|invoice|rechnung|facture|factura|fattura|注文|订单|訂單|单号|單號|番号|#)[^\\d\\n]{0,12}$");
    private static final List<Pattern> ADDRESSES = List.of(
            // 221B Baker Street, 10 Downing St., 1600 Amphitheatre Parkway
            Pattern.compile("\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|"
                    + "Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Parkway|Close|Crescent|Terrace)\\b"),
            // Hauptstraße 12a, Lindenweg 3
            Pattern.compile("\\b[A-ZÄÖÜ][\\wäöüß-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm)\\s*\\d{1,4}\\s?[a-z]?\\b"),
            // 12 rue de la Paix, 3 bis avenue Victor Hugo
            Pattern.compile("(?i)\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|chemin|place|impasse|allée|quai)\\s+[\\p{L}' -]{2,40}"),
            // Calle Mayor 5, Avenida de América, 12; Via Roma 10, Piazza Garibaldi 3
            Pattern.compile("(?i)\\b(?:calle|c/|avenida|avda\\.?|plaza|paseo|carrera|via|viale|piazza|corso|rua)\\s+[\\p{L}' .-]{2,40},?\\s*\\d{1,4}"),
            // 東京都港区六本木1丁目2番3号, 1-2-3
            Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]{2,20}\\d{1,4}丁目\\d{1,4}(?:番地?|-)\\d{1,4}号?"),
            // 北京市朝阳区建国路88号
            Pattern.compile("[\\p{IsHan}]{2,20}(?:路|街|道|巷|大道)\\d{1,5}(?:号|號)"));

    /**
     * @param knownIdentifiers the buyer's name, handle or e-mail as the channel reported them; replaced wherever they appear
     * @param keepNumbers numbers to keep as they are (the order id, tracking numbers from order data)
     */
    public Redacted redact(String text, Collection<String> knownIdentifiers, Collection<String> keepNumbers) {
        Map<String, String> originals = new LinkedHashMap<>();
        Map<String, Integer> counters = new LinkedHashMap<>();
        String result = text;
        for (String identifier : knownIdentifiers) {
            if (identifier != null && identifier.strip().length() >= 3) {
                Pattern known = Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(identifier.strip()) + "(?![\\p{L}\\d])");
                result = replace(result, known, "NAME", originals, counters, m -> true);
            }
        }
        result = replace(result, EMAIL, "EMAIL", originals, counters, m -> true);
        result = replace(result, CARD, "CARD", originals, counters, m -> luhnValid(digits(m.group())) && !kept(m.group(), keepNumbers));
        for (Pattern address : ADDRESSES) {
            result = replace(result, address, "ADDRESS", originals, counters, m -> true);
        }
        String current = result;
        result = replace(result, PHONE, "PHONE", originals, counters, m -> isPhone(current, m, keepNumbers));
        return new Redacted(result, originals);
    }

    public Redacted redact(String text) {
        return redact(text, List.of(), List.of());
    }

    private interface Check {
        boolean accept(Matcher match);
    }

    private static String replace(String text, Pattern pattern, String kind, Map<String, String> originals, Map<String, Integer> counters,
            Check check) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            if (!check.accept(matcher) || matcher.group().startsWith("[")) {
                continue;
            }
            String original = matcher.group();
            String placeholder = originals.entrySet().stream().filter(e -> e.getValue().equals(original) && e.getKey().startsWith("[" + kind))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (placeholder == null) {
                int n = counters.merge(kind, 1, Integer::sum);
                placeholder = "[" + kind + "_" + n + "]";
                originals.put(placeholder, original);
            }
            out.append(text, last, matcher.start()).append(placeholder);
            last = matcher.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static boolean isPhone(String text, Matcher match, Collection<String> keepNumbers) {
        String candidate = match.group().strip();
        String digits = digits(candidate);
        if (digits.length() < 7 || digits.length() > 15) {
            return false;
        }
        if (AMAZON_ORDER.matcher(candidate).matches() || EBAY_ORDER.matcher(candidate).matches()) {
            return false;
        }
        if (kept(candidate, keepNumbers)) {
            return false;
        }
        String before = text.substring(Math.max(0, match.start() - 24), match.start());
        return !ORDER_CONTEXT.matcher(before.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean kept(String candidate, Collection<String> keepNumbers) {
        String digits = digits(candidate);
        return keepNumbers.stream().anyMatch(keep -> keep != null && !keep.isBlank() && digits(keep).equals(digits));
    }

    private static String digits(String value) {
        StringBuilder digits = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    static boolean luhnValid(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** For tests and logs: which kinds were found, never the values. */
    public static List<String> kinds(Redacted redacted) {
        List<String> kinds = new ArrayList<>();
        redacted.originals().keySet().forEach(k -> kinds.add(k.substring(1, k.lastIndexOf('_'))));
        return kinds;
    }
}
