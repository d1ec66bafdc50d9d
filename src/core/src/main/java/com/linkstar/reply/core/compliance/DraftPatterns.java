package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.classify.Regexes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detectors behind {@link ComplianceCheck}, in the languages the drafts are written in (en, de, fr, es, it, ja, zh).
 * Patterns are matched on the draft as written (case-insensitive), so spans point into the draft.
 */
final class DraftPatterns {

    private DraftPatterns() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Something given to the buyer, and the apologies it is given with: together they are compensation. */
    private static final String REWARD = "(bon d'achat|remise|geste|crédit|cadeau|coupon|gutschein|rabatt|geschenk|cupón|regalo|descuento|buono|omaggio|"
            + "sconto|voucher|gift|credit|points|puntos|punti|\\d+ ?(€|eur|euros?|\\$|usd)"
            // small extras slipped into a parcel: "a little something", « une petite surprise », un regalito, etwas Schönes, おまけ, 小礼物
            + "|something extra|little something|little extra|surprise|regalit\\p{L}*|regalin\\p{L}*|etwas schönes|kleinigkeit|おまけ|粗品|プレゼント|小礼物|小禮物|礼物|禮物|赠品|贈品"
            // store credit and coupons in every script: « un avoir », クーポン, ポイント, 优惠券, 代金券, 免运费, 送料無料
            + "|(?:un|votre|d'un) avoir|クーポン|ポイント|割引券|送料無料|优惠券|優惠券|代金券|红包|紅包|积分|積分|免运费|免運費|免邮|免郵)";
    /** Carriers by name, for "it's in Royal Mail's hands", "liegt schon bei Hermes", "ya lo tiene SEUR", "ce l'ha già BRT". */
    private static final String CARRIER_NAMES = "royal mail|dhl|ups|usps|fedex|dpd|gls|hermes|evri|colissimo|chronopost|mondial relay|seur|correos|mrw|brt|sda|poste italiane"
            + "|yamato|ヤマト|佐川|日本郵便|顺丰|順豐|黑貓|黑猫|j&t|ninja van|cainiao|菜鸟|yunexpress|4px";
    /** A review, rating or stars, as whole words ("avis" but not "avisaremos"), in every language. */
    private static final String REVIEW_NOUN = "(?:\\b(?:reviews?|feedback|ratings?|reseñas?|valoraci[oó]n\\p{L}*|opini[oó]n\\p{L}*|avis|évaluations?|bewertung\\p{L}*|rezension\\p{L}*"
            + "|recension[ei]|valutazion[ei]|voto|stars?|sterne[n]?|étoiles|estrellas|stelle|stelline|estrellitas|sternchen)\\b|⭐|レビュー|評価|评价|評價|好评|好評|评论|評論)";
    /** Kind words, adjective and noun in either order: "a few kind words", „nette Zeilen“, « mots gentils », "parole gentili". */
    private static final String KIND_WORDS = "\\b(kind|nice|lovely|sweet|warm|nett\\p{L}*|freundlich\\p{L}*|lieb\\p{L}*|gentils?|gentili|bonitas|amables|sympas?) (words?|worte[n]?|zeilen|mots|palabras|parole)\\b"
            + "|\\b(mots|palabras|parole|zeilen|worte) (gentils|bonitas|amables|gentili|nette[n]?|sympas|doux)\\b|嬉しいお言葉|温かいお言葉|好话|好話";
    /** The buyer satisfied, as a condition: "if you like it", „wenn Sie zufrieden sind“, « si la tasse vous plaît », 気に入っていただけましたら. */
    private static final String SATISFIED = "(?:\\bif you(?:'re| are)? (?:happy|satisfied|pleased|loving|enjoying|delighted)\\b|\\bif you (?:like|love|liked|loved|enjoy|enjoyed) (?:it|them|the \\p{L}+|your \\p{L}+)\\b"
            + "|\\bif (?:it|the \\p{L}+)(?:'s| is| are)? (?:has )?(?:brightened|made|works|worked|helped|doing a good job|working well)\\b|\\bonce (?:it's|it is|everything's|everything is) (?:all )?(?:working|sorted|fine)\\b"
            + "|\\b(?:wenn|falls) (?:sie|du) zufrieden\\b|\\b(?:wenn|falls) (?:ihnen|dir) [^.!?,]{0,20}gef(?:ällt|allen)\\b"
            + "|\\bsi (?:vous êtes|tu es) (?:satisfait|content|ravi)\\p{L}*|\\bsi [^.!?,]{0,25}\\b(?:vous|te) pla(?:ît|isent|it)\\b|\\bsi (?:ça|cela) vous a plu\\b"
            + "|\\bsi (?:te|le|os) (?:ha )?(?:gustado|gusta|encanta|encantó|encantado)\\b|\\bsi (?:estás|está) (?:satisfech|content)\\p{L}*"
            + "|\\bse [^.!?,]{0,25}\\b(?:le|ti|vi) (?:piace|piacciono|è piaciut\\p{L}*)|\\bse (?:è|sei) (?:soddisfatt|content)\\p{L}*"
            + "|気に入っていただけ(?:ましたら|たら|れば)|ご満足いただけ(?:ましたら|たら|れば)|お気に召し(?:ましたら|たら)"
            + "|(?:用得|穿得|吃得)?(?:满意|滿意)(?:的话|的話)|如果(?:您)?(?:喜欢|喜歡|满意|滿意))";
    /** Where the kind words would go: the review or the product page. */
    private static final String REVIEW_PLACE = "(?:" + REVIEW_NOUN.substring(3, REVIEW_NOUN.length() - 1)
            + "|\\b(?:product page|listing|produktseite|fiche produit|fiche|página del producto|pagina del prodotto|under the product|unter dem artikel)\\b|商品ページ)";
    /** Something off or added, as an offer: a discount, a code, a coupon, a gift. */
    private static final String OFFER_WORD = "(?:\\d+ ?(?:%|％)|\\b(?:discount|code|coupon|voucher|gift|free|off|rabatt|gutschein|geschenk|gratis|réduction|remise|cadeau|offert|descuento|cupón|regalo|sconto|buono|codice|omaggio)\\b"
            + "|割引|クーポン|ポイント|プレゼント|無料|お得|优惠|優惠|折|券|立减|立減|红包|紅包|赠|贈|送您)";
    /** The buyer's next order or parcel, and a gift that might come with it. */
    private static final String NEXT_ORDER = "(next (order|parcel|purchase|package|shipment)|prochaine commande|prochain (colis|achat)|próximo (pedido|paquete|envío)|(próxima|siguiente) compra|siguiente (pedido|envío)"
            + "|prossimo (ordine|pacco|acquisto)|next haul|nächste\\p{L}* (bestellung|einkauf|lieferung|paket)|次回(の)?(ご注文|お届け|購入|ご購入)|下次(订单|訂單|购物|購物|下单|下單|购买|購買)|下一单|下一單)";
    private static final String GIFT = "(free|gift|regal\\p{L}*|omaggio|cadeau|geschenk|gratis|sample|muestra|campion\\p{L}*|échantillon|surprise|プレゼント|おまけ|サンプル|礼物|禮物|小样|小樣|赠品|贈品|送您|礼品|禮品)";
    /** Why it is given: to apologise or make up for the problem, in every language. */
    private static final String APOLOGY = "(pour la gêne occasionnée|por las molestias|per il disturbo|per scusarci|als (kleines )?dankeschön|für ihre geduld"
            + "|für die unannehmlichkeiten|als (kleine )?entschuldigung|als wiedergutmachung|to make up for|for the (trouble|inconvenience)"
            + "|pour nous faire pardonner|pour (compenser|vous dédommager)|para compensar|per farci perdonare|per compensare|お詫びに|お詫びとして"
            + "|为表歉意|為表歉意|为了弥补|為了彌補|弥补|彌補"
            + "|for the hassle|pour (le|ce) désagrément|pour la gêne|por el inconveniente|per l'inconveniente|für den ärger|trostpflaster|お詫びのしるし|ご迷惑をおかけしたお詫び)";


    /** A cost the buyer would otherwise pay: return postage, shipping, customs and duties, in every language. */
    private static final String COSTS = "(?:return (?:shipping|postage|label)|postage|shipping(?: costs?| fees?| charges?)?|delivery (?:charges?|costs?)|customs(?: charges?| fees?| duties)?|duties|import (?:tax|fees?)"
            + "|(?:rück)?versandkosten|(?:rück)?sendekosten|kosten für (?:die|den) (?:rücksendung|rückversand|versand|rückgabe)|rückversand|zoll(?:gebühren|kosten)?|porto|frais (?:de (?:retour|port|douane|livraison|renvoi))|droits de douane"
            + "|gastos (?:de (?:envío|devolución|aduana))|aranceles|aduana|spese (?:di (?:reso|spedizione|dogana))|dazi|dogana|送料|返送料|関税|配送料|運賃"
            + "|运费|運費|关税|關稅|邮费|郵費|退货运费|退貨運費)";
    /** The shop bearing it: "is on us", "we'll cover", „übernehmen natürlich wir“, « à notre charge », "a carico nostro", 当店が負担, 我们来出. */
    private static final String BORNE = "(?:(?:is|are)(?: all)? on us|on the house|we(?:'ll| will)?(?: gladly| happily)? (?:cover|pay for|refund|reimburse|take care of|absorb|foot)"
            + "|übernehmen (?:natürlich |selbstverständlich |gern |gerne )?wir|wir übernehmen|(?:geht|gehen) auf uns|erstatten wir|ersetzen wir"
            + "|(?:sont|est) à (?:notre|nos) (?:charge|frais)|(?:nous )?(?:prenons|prendrons) en charge|nous (?:remboursons|rembourserons)"
            + "|corren? (?:de|por) nuestra cuenta|(?:los |las )?(?:asumimos|pagamos|cubrimos|abonamos|asumiremos|pagaremos)|nos hacemos cargo"
            + "|(?:sono|è) a (?:nostro )?carico(?: nostro)?|a carico nostro|(?:li |le )?(?:paghiamo|copriamo|rimborsiamo|pagheremo)|ce ne facciamo carico"
            + "|(?:こちら|当店|弊社|弊店)(?:で|が)(?:お支払い|負担|補填|ご負担)|負担いたします|補填(?:いたします|します)"
            + "|(?:我们|我們|店家|本店)(?:这边|這邊)?(?:来|來)?(?:出|承担|承擔|负责|負責|报销|報銷|包了)|给您报销|給您報銷)";

    /**
     * One pattern for many alternatives, arranged so that a position is dismissed cheaply: the alternatives that begin
     * with a word boundary are tried only where a word begins, those that begin with a Chinese or Japanese character only
     * before one; the rest everywhere. A draft is a few hundred characters and these lists run to a hundred alternatives,
     * so most of the check's time is positions where no alternative can start.
     */
    private static Pattern any(String... alternatives) {
        List<String> words = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String alternative : alternatives) {
            for (String branch : Regexes.topLevelAlternatives(alternative)) {
                if (branch.startsWith("\\b") && !branch.startsWith("\\b|")) {
                    words.add(branch);
                } else if (startsWithCjk(branch)) {
                    cjk.add(branch);
                } else {
                    other.add(branch);
                }
            }
        }
        List<String> groups = new ArrayList<>();
        if (!words.isEmpty()) {
            groups.add("(?<![\\p{L}\\p{N}_])(?:" + String.join("|", words) + ")");
        }
        if (!cjk.isEmpty()) {
            groups.add("(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])(?:" + String.join("|", cjk) + ")");
        }
        groups.addAll(other);
        return Pattern.compile(withAccentedCapitals(String.join("|", groups)), Pattern.CASE_INSENSITIVE);
    }

    /**
     * The pattern with each accented small letter also matching its capital ("über" → "[üÜ]ber"), so that ASCII-only case
     * folding suffices: Unicode case folding compares every character through the Unicode tables and costs these long
     * alternations about twice as much.
     */
    static String withAccentedCapitals(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                int end = i + 2;
                if ((next == 'p' || next == 'P' || next == 'x') && end < regex.length() && regex.charAt(end) == '{') {
                    end = regex.indexOf('}', end) + 1; // \p{IsHan}, \x{1F300}
                } else if (next == 'u') {
                    end = Math.min(regex.length(), i + 6);
                }
                out.append(regex, i, end);
                i = end - 1;
                continue;
            }
            char upper = Character.toUpperCase(c);
            boolean accented = c > 127 && Character.isLowerCase(c) && upper != c;
            if (inClass) {
                out.append(c);
                if (accented) {
                    out.append(upper);
                }
                inClass = c != ']';
            } else if (accented) {
                out.append('[').append(c).append(upper).append(']');
            } else {
                out.append(c);
                inClass = c == '[';
            }
        }
        return out.toString();
    }

    /** Whether every match of the branch begins with a Chinese or Japanese character (a literal one, or a group of them). */
    static boolean startsWithCjk(String branch) {
        if (branch.isEmpty()) {
            return false;
        }
        char first = branch.charAt(0);
        if (first == '(') {
            if (branch.startsWith("(?") && !branch.startsWith("(?:")) {
                return false; // a lookaround or a flag group
            }
            int open = branch.startsWith("(?:") ? 3 : 1;
            int depth = 1;
            int end = open;
            for (; end < branch.length() && depth > 0; end++) {
                char c = branch.charAt(end);
                if (c == '\\') {
                    end++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            if (end < branch.length() && "?*{".indexOf(branch.charAt(end)) >= 0) {
                return false; // an optional group: what follows it may come first
            }
            return Regexes.topLevelAlternatives(branch.substring(open, end - 1)).stream().allMatch(DraftPatterns::startsWithCjk);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        boolean cjkLetter = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        // a lone CJK character made optional ("的?") may be skipped
        return cjkLetter && !(branch.length() > 1 && "?*{".indexOf(branch.charAt(1)) >= 0);
    }

    // ---------------------------------------------------------------- links

    record Link(int start, int end, String text, String domain) {
    }

    private static final String TLDS = "com|net|org|info|biz|io|co|shop|store|online|site|app|link|ly|me|eu|de|fr|es|it|uk|jp|cn|au|nl|be|ch|at|pl|se|us|ca|mx|br|sg|my|th|ph|vn|id|tw|hk|kr|in|ru|xyz|top|gl|gd|to"
            + "|ee|tv|cc|ws|ai|so|sh|page|bio|fm|am|lt|lv|cz|pt|gr|ie|dk|fi|no|hu|ro|nz|za|club|social";
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>\"'）)】」]+"
                    + "|(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:" + TLDS + ")(?:\\.[a-z]{2})?(?![\\w@-])(?:/[^\\s<>\"'）)】」]*)?",
            FLAGS);

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern PATH = Pattern.compile("[/:?#].*$");
    private static final Pattern WWW = Pattern.compile("(?i)^www\\.");
    private static final Pattern NUMERIC_HOST = Pattern.compile("[\\d.]+");
    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Z0-9-]*\\d[A-Z0-9-]*");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");

    static List<Link> links(String text) {
        List<Link> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String link = TRAILING_PUNCTUATION.matcher(m.group()).replaceFirst("");
            String host = WWW.matcher(PATH.matcher(SCHEME.matcher(link).replaceFirst("")).replaceFirst("")).replaceFirst("");
            if (!host.contains(".") || NUMERIC_HOST.matcher(host).matches()) {
                continue;
            }
            links.add(new Link(m.start(), m.start() + link.length(), link, host.toLowerCase(Locale.ROOT)));
        }
        return links;
    }

    /** The draft without links, order and tracking codes: what the language detector should read. */
    static String withoutCodesAndLinks(String text) {
        return CODE_TOKEN.matcher(LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    // ---------------------------------------------------------------- contact details

    /** "service#shop.cn (#换成@)": an address whose at is named in words after it. The other disguises are {@link Emails}'. */
    static final Pattern EMAILS = any(
            "[\\w.+-]+[#*＃][\\w-]+\\.[\\w.-]+.{0,30}(?:[#*＃]\\s*(?:换成|換成|替换为|替換為|改成|改为|を|→|->|=|by|with|durch|par|por|con|mit)\\s*[@＠]|replace\\s+[#*]\\s+(?:with|by)\\s+@)");

    private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?<![\\w/.,-])(?:\\+|00)?\\(?\\d[\\d \\u00a0().\\-/]{5,22}\\d(?![\\w-])");
    /** An Amazon order number, an ISO date, a time, or a day.month.year date that does not run on into more groups (06.12.34.56.78 is a phone). */
    private static final Pattern NOT_A_PHONE = Pattern.compile(
            "\\d{3}-\\d{7}-\\d{7}|(?<!\\d)20\\d\\d([-/.])\\d{1,2}\\1\\d{1,2}(?!\\d)|(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])([./])(?:0?[1-9]|1[0-2])\\2(?:\\d{4}|\\d{2})(?![./]\\d)"
                    + "|(?<![\\d.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2})(?!/\\d)|\\d{1,2}:\\d{2}");
    /** The tail of a code whose head has letters: "1Z 8F4 A29 03 4471 2260" (a UPS number), not a phone after "Tel.". */
    private static final Pattern CODE_HEAD = Pattern.compile("(?<![A-Za-z0-9])[A-Z0-9]*[A-Z][A-Z0-9]*\\d[A-Z0-9]*[ -]$|(?<![A-Za-z0-9])[A-Z0-9]*\\d[A-Z0-9]*[A-Z][A-Z0-9]*[ -]$");
    private static final Pattern CODE_CONTEXT = any(
            "(order|bestell\\w*|auftrag|commande|pedido|ordine|tracking|sendungs\\w*|suivi|seguimiento|tracciamento|spedizione|envío|envio|envoi|colis|paquete|pacco|"
                    + "rechnung|invoice|facture|factura|fattura|artikel|model|modell|modèle|modelo|modello|sku|asin|ean"
                    // part, product, reference and serial numbers: "part number 4410-220-18", "Teilenummer", "codice prodotto"
                    + "|part|teil\\w*|art\\.?-?nr|référence|réf|referencia|ref|codice|riferimento|serial|serie|s/n|pièce)[^\\d\\n;!?]{0,16}$",
            // the code named further back, with no phone word between: "the part number of the replacement gasket is 555-0142-88"
            "\\b(part|article|item|order|artikel|bestell|teile|référence|commande|pedido|ordine|articolo|codice)\\p{L}*\\s?(number|nummer|numéro|número|numero|no\\.?|code|nr\\.?)?\\b(?:(?!\\b(tel|phone|call|ring|anruf|appel|llam|chiam|telefon|téléphone|teléfono|whatsapp|reach|contact|kontakt|joindre|contatt)\\p{L}*)(?!\\.\\s)[^\\d\\n;!?]){0,55}$",
            "(注文|订单|訂單|单号|單號|追跡|运单|快递|物流|型番|型号|型號|品番|部品番号|货号|貨號|编号|編號)[^\\d]{0,8}$");
    private static final Pattern DIAL_SEPARATOR = Pattern.compile("[ ().\\-/\\u00a0+]");
    private static final Pattern CURRENCY_NEAR = any("[€$£¥₫₱฿₩]\\s*$", "\\b(rm|s\\$|rp|php|thb|vnd|idr)\\s*$", "^\\s*(€|eur|usd|gbp|jpy|cny|rmb|円|元|₫|vnd|đ)");

    /** Phone numbers: 7 to 15 digits with the usual separators, not the order's, tracking or RMA numbers, dates, times or prices. */
    static List<int[]> phones(String text, OrderFacts facts) {
        List<int[]> phones = new ArrayList<>();
        Matcher m = PHONE_CANDIDATE.matcher(text);
        while (m.find()) {
            String candidate = m.group().strip();
            String digits = NON_DIGIT.matcher(candidate).replaceAll("");
            if (digits.length() < 7 || digits.length() > 15 || NOT_A_PHONE.matcher(candidate).find()) {
                continue;
            }
            if (digits.equals(digitsOf(facts.text("order_id"))) || digits.equals(digitsOf(facts.text("tracking_number")))
                    || digits.equals(digitsOf(facts.text("rma_number"))) || alphanumericOf(facts.text("tracking_number")).contains(digits)) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (CODE_HEAD.matcher(before).find()) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            if (CODE_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 70), m.start())).find() || CURRENCY_NEAR.matcher(before).find() || CURRENCY_NEAR.matcher(after).find()) {
                continue;
            }
            if (!DIAL_SEPARATOR.matcher(candidate).find() && digits.length() > 11) {
                continue; // one long unbroken digit run is a code, not a number written for a person to dial
            }
            phones.add(new int[] {m.start(), m.start() + m.group().stripTrailing().length()});
        }
        return phones;
    }

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");

    /** The letters and digits of a code ("1Z 8F4 A29 …" → "1Z8F4A29…"); a string no digit run is part of when absent. */
    private static String alphanumericOf(String value) {
        return value == null ? "" : NOT_ALPHANUMERIC.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String digitsOf(String value) {
        return value == null ? "\u0000" : NON_DIGIT.matcher(value).replaceAll("");
    }

    private static final String DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
            + "double|triple|doppel|doppio|doble|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
            + "due|tre|quattro|cinque|sei|sette|otto|nove|〇|零|一|二|三|四|五|六|七|八|九|幺)";
    /** A phone number written out in words, seven digits or more ("zero one seven one …"). */
    static final Pattern SPELLED_PHONE = Pattern.compile("(?<![\\p{L}])" + DIGIT_WORD + "(?:[\\s,-]{0,3}" + DIGIT_WORD + "){6,}(?![\\p{L}])", FLAGS);

    /** A sentence that refuses or warns ("we don't take payments outside AliExpress", "LINEでのやり取りはしておりません"). */
    static final Pattern REFUSAL = any(
            "\\b(don'?t|do not|never|cannot|can'?t|won'?t) (pay|send|use|contact|share|take|accept|do|order|write|message|move|give)\\b",
            "\\bplease (don'?t|do not|never)\\b", "\\bonly (here|through|via|in|at|on)\\b", "\\bbeware\\b", "\\bscam",
            "\\b(bitte )?(nicht|nie|niemals) (per|via|bezahlen|überweisen|schreiben)\\b", "\\bnur (hier|über)\\b",
            "\\b(ne|n')\\p{L}* (pas|jamais) (payer|envoyer|écrire|utiliser|accept|commander|régler)", "\\buniquement (ici|par|via|sur)\\b",
            "\\b(no|nunca) (pague|pagues|envíe|envíes|use|uses|escriba|escribas|acepte|aceptamos|hacemos|tomamos|trabajamos|podemos|puedo|atendemos|usamos)\\b", "\\bsolo (aquí|por|a través|en)\\b",
            "\\bnon (scriver|pag|usa|invi|accett|facciamo|lavoriamo)\\p{L}*", "\\bsolo (qui|tramite|su)\\b",
            // the same refusal in other grammatical persons: „nehmen wir nicht an“, « nous n'acceptons pas », "no hagas transferencias",
            // "non faccia bonifici"
            "\\b(nehmen|akzeptieren) wir\\b[^.!?]{0,40}\\bnicht( an)?\\b", "\\b(akzeptieren|nehmen) (wir )?keine\\b", "\\bausschließlich über\\b",
            "\\b(n'|ne )(accept|pren|fais|travaill|utilis)\\p{L}* (pas|jamais|aucun)", "\\bno (hagas|haga|hagan|realices|realice|mandes|mande|transfieras|transfiera|aceptes)\\b",
            "\\bnon (faccia|fate|fare|effettu|mand|trasfer|ricaric)\\p{L}*", "\\bsolo (aceptamos|accettiamo)\\b", "\\b(only|just) accept\\b",
            // "we cannot continue this on WhatsApp", « nous ne pouvons pas poursuivre », "Bizum no es posible", „keine Zahlung … annehmen“
            "\\b(ne|n')\\s?(pouvons|peux|pourrons) pas (poursuivre|continuer|accepter|recevoir|utiliser|passer)\\b", "\\bnon (possiamo|posso) (proseguire|continuare|accettare|ricevere|usare)\\b",
            "\\b(können|dürfen) (wir|ich) (leider )?kein\\p{L}*\\b", "\\bno (es|está|son) (posible|permitid\\p{L}*)\\b", "\\bsolo (puedo|podemos) (cobrar|aceptar|recibir)\\b",
            "\\b(we|i) (can(no|')t|cannot|are not able to|'m not able to) (continue|move|take|accept|receive)\\b",
            // warnings against scams and the platform as the only channel: "we will never ask you to pay by Zelle", « nous ne demandons
            // jamais », "non chiediamo mai", „ausschließlich über Amazon“, "we can only talk with you here", お受けできかねます
            "\\b(we('ll| will)?|i('ll| will)?) never (ask|request|require)\\b", "\\bnunca (te|le|les|os) (vamos a pedir|pediremos|pedimos)\\b",
            "\\bnon (ti |le |vi )?chiediamo mai\\b", "\\bne (vous |te )?demandons jamais\\b", "\\bausschließlich (über|hier)\\b", "\\bniemals\\b",
            "\\b(we|i) can only (talk|speak|communicate|chat|write)\\b", "\\büberweisen sie kein\\p{L}*\\b", "\\bkein geld an\\b", "\\b(ne|n')\\s?(pouvons|peux) pas (échanger|communiquer|discuter|parler)\\b",
            "\\bnon (possiamo|posso) (sentirci|comunicare|parlare|scriverci)\\b", "\\bnon usiamo\\b", "\\bno usamos\\b", "\\bnous n'utilisons pas\\b", "\\bwir nutzen kein\\p{L}*",
            "(できかねます|ではございません|ものではありません|使えません)",
            "(しておりません|おりません|できません|禁止|ご遠慮|お控え)", "(请勿|請勿|禁止|一律只|只在|僅在|仅在|不能|不可以|不接受|不支持)",
            // "don't" refuses only what follows it: 不要私下转账 is a refusal, 请不要等亚马逊处理 (don't wait for Amazon) is not
            "不要(私下|转账|轉帳|轉賬|汇款|匯款|加|联系|聯繫|付款|支付|通过|通過|在|用|相信|点击|點擊|透露|提供)");

    /** An app named to describe a feature, not to be contacted on: "WhatsApp-style voice notes", LINEのようなスタンプ. */
    static final Pattern APP_AS_STYLE = Pattern.compile("^(?:[-‐ ]?(?:style|like|type|ähnlich\\p{L}*|artig\\p{L}*)\\b|のような|みたいな|风格|風格|式的|一样|一樣)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words before an app's name that decline it: "rather than", "instead of", "not via", "bitte nicht über". */
    static final Pattern DECLINED = any("\\b(ask|asked|asking) (whether|if)\\b[^.!?]{0,40}$",
            "\\b(doesn'?t|does not|can'?t|cannot|won'?t|will not) (run|use|support|have|work with)\\b[^.!?]{0,10}$",
            // the buyer's own contact, reported: „Ihre Nachricht enthielt einen Telegram-Kontakt“, "your message included a WhatsApp number"
            "\\b(your message|ihre nachricht|votre message|su mensaje|tu mensaje|il suo messaggio|il tuo messaggio)\\b[^.!?]{0,25}$", "\\b(rather not|rather than|instead of|not (via|on|through|by)|no need (for|to use)|don'?t (use|need)|without)\\b[^.!?]{0,25}$",
            "\\b(statt|anstatt|nicht (über|per|via)|kein)\\b[^.!?]{0,25}$", "\\b(plutôt que|au lieu de|pas (par|sur|via))\\b[^.!?]{0,25}$",
            "\\b(en lugar de|en vez de|no (por|en|vía))\\b[^.!?]{0,25}$", "\\b(invece di|anziché|non (su|via|tramite))\\b[^.!?]{0,25}$",
            "(ではなく|ではなくて|而不是)[^。]{0,15}$", "(不要|无需|無需|請勿|请勿)[^。]{0,15}$", "(不用|不必|没必要|沒必要)[^。，,]{0,6}$",
            // no need to go there: « inutile de passer par », "no hace falta", "non serve", „nicht nötig“
            "\\b(inutile de|pas besoin de|plus besoin de|no hace falta|no es necesario|non serve|non c'è bisogno di|nicht nötig|keine notwendigkeit)\\b[^.!?]{0,25}$");
    /**
     * The conversation kept on the platform, in the same sentence as the app's name: "could you attach it here in the chat
     * instead?", « on garde la conversation ici sur Amazon », "有问题直接在这里留言" — the app is named, not offered.
     */
    /** The app compared with the chat here, and preferred: "faster than here", „schneller als hier“, « plus rapide qu'ici ». */
    static final Pattern BETTER_THAN_HERE = any("\\b(faster|quicker|easier|simpler|better|schneller|einfacher|besser|plus (rapide|simple|facile)|más (rápido|fácil|sencillo)|più (veloce|rapido|semplice|comodo))\\b[^.!?]{0,12}\\b(than|als|que|qu'|di|che)\\b");
    static final Pattern KEEP_HERE = any(
            "\\bhere (in|on) (the|this|our) (chat|thread|conversation|message)", "\\bkeep (writing|messaging)( us)? (here|in this thread)\\b", "\\b(here|in this (chat|thread|conversation)) instead\\b", "\\bhere on (amazon|ebay|shopee|lazada|tiktok|aliexpress)\\b",
            "\\b(keep|continue|stay)\\b[^.!?]{0,30}\\bhere\\b", "\\bici (sur|dans) (amazon|ebay|la messagerie|le chat|cette conversation)", "\\bhier (im chat|über (amazon|ebay)|in diesem chat|im nachrichtenverlauf)",
            "\\baquí (en|por) (el chat|este chat|amazon|ebay|la plataforma)", "\\bqui (in|nella|su) (chat|questa chat|amazon|ebay)",
            "こちらの(メッセージ|チャット)", "(在这里|在這裡|这边|這邊)(留言|聊|沟通|溝通|说|說)");

    static final Pattern MESSAGING = Pattern.compile(
            "(?i:(?<![A-Za-z])(?:whats\\s?app|wechat|weixin|telegram|viber|kakao(?:talk)?|line\\s?id)(?![A-Za-z]))"
                    // Messenger the app ("Facebook Messenger", "on Messenger", "Messenger: …"), not a messenger bag or „Urban Messenger 20L“
                    + "|(?i:(?:facebook|fb)\\s+messenger\\b|(?<=\\b(?:on|via|über|auf|sur|par|en|por|su|tramite|by|per|am|im|dans|through)\\s)messenger\\b(?!\\s*-?\\s*(?:bag|tasche|sac|bolsa|borsa))|\\bmessenger\\s*[:：])"
                    + "|(?i:\\b(?:dm|message|contact|write|text|reach|add|find)\\s+(?:us|me)\\s+(?:on|via|at)\\s+(?:instagram|insta|facebook|fb|tiktok|line|x|twitter)\\b)"
                    + "|(?i:(?:instagram|インスタ|facebook|fb)の?\\s?DM)|(?i:(?:facebook|fb|instagram|ins|脸书|臉書)[^。\\n]{0,6}(?:私信|私訊))"
                    + "|(?i:\\bdm\\b.{0,12}\\b(?:instagram|insta|facebook|fb|tiktok|twitter)\\b)|(?i:\\b(?:instagram|facebook|twitter|x)\\.com/[\\w.]+)"
                    + "|(?i:\\b(?:instagram|insta|facebook|fb|ig|tiktok)\\b\\s*[:：]?\\s*@[\\w.]{2,})"
                    + "|(?<![\\w.@＠])@[A-Za-z][A-Za-z0-9_.]{2,29}\\b"
                    // ライン on its own, not inside オンライン, ガイドライン or ラインナップ
                    + "|微信|威信|vx号|加v|LINE(?:\\s?ID)?|(?<![\\p{IsKatakana}ー])ライン(?![\\p{IsKatakana}ー])|ＬＩＮＥ|(?i:\\bline\\b)\\s*[:：]\\s*\\w+");

    // ---------------------------------------------------------------- off platform, reviews, marketing

    /** "…directly from the same listing": the platform's own page follows, so the sale stays where it is. */
    private static final String ON_PLATFORM_AFTER = "(?! (from|on|in|through|via) (the |this |that |our )?(same )?(listing|offer|product page|page|amazon|ebay|shopee|lazada|tiktok|aliexpress|app)\\b)";

    /** Person-to-person money apps, which no marketplace checks out with; named with a payment, they take it off the platform. */
    private static final String P2P_WALLET = "(?i:\\b(venmo|zelle|cash ?app|revolut|postepay|satispay|paynow|paylah|swish|twint|mobilepay|interac|bizum)\\b)";

    static final Pattern OFF_PLATFORM = any(
            "\\b(bank|wire) transfer\\b", "\\bpay (us )?directly\\b", "\\bdirect payment\\b", "paypal\\.me", "\\bpaypal (me|us|directly|friends)",
            "\\b(send|pay)\\b.{0,25}\\bpaypal\\b.{0,25}\\b(directly|account|address|email|friends)\\b", "\\boutside (of )?(amazon|ebay|shopee|lazada|tiktok|aliexpress|the platform|the app)\\b",
            "\\boff[- ]platform\\b", "\\b(sell|order|buy)\\b.{0,25}\\bdirectly\\b" + ON_PLATFORM_AFTER, "\\bwithout (the )?(amazon|ebay|shopee|lazada|tiktok|aliexpress) fees\\b",
            "(cheaper|moins cher|más barato|billiger|günstiger|meno caro|più economico)\\b.{0,15}\\b(than|que|als|di|rispetto a)\\b.{0,8}\\b(amazon|ebay|shopee|lazada|tiktok|aliexpress)",
            "(comisiones|gebühren|frais|commissioni|fees) (de |von |d'|di |of )?(amazon|ebay|shopee|lazada|tiktok|aliexpress)",
            "(comprar|pedir|comprarnos|pedirnos) directamente", "\\b(pague|paga|pagar|pagarnos|pagadnos|zahlen|payez|payer|paghi|pagare|pay)\\b.{0,20}\\b(directamente|direkt|directement|direttamente|directly)\\b",
            "(revends|vends|vendre|revendre|revente) en direct", "\\ben direct\\b.{0,25}moins cher", "(bestellung|bestellen|kaufen|kauf) direkt (dort|bei uns|auf|über)", "\\bdirekt dort\\b", "(commandez|achetez|commander|acheter) directement", "(bestellen|kaufen) sie .{0,20}direkt",
            "(ordinare|acquistare|ordini|acquisti) direttamente", "\\b(on|from|at|via|through|visit) our (own )?(website|web ?shop|web ?store|homepage|online (store|shop)|site|store)\\b", "\\bour own (store|shop|site|website|web ?shop|web ?store)\\b",
            // (but "order it directly from the same listing" stays on the platform)
            "\\border (it |them )?directly\\b" + ON_PLATFORM_AFTER, "\\bbuy (it |them )?directly\\b" + ON_PLATFORM_AFTER, "\\bcheaper (on|at|in) our\\b", "\\b(contact|email|call) us directly\\b",
            "überweisung", "direkt (bei|über|an) uns", "\\b(unseren|unserem|unserer) (eigenen )?(online-?shop|webshop|website|homepage|webseite)\\b", "\\b(unseren|unserem|unserer) eigenen shop\\b",
            // "unseren Shop" alone may be the storefront on the platform: only ordering there takes the sale away
            "\\b(in|über) (unseren|unserem) shop\\b.{0,30}(bestell|kauf)", "(bestell|kauf)\\p{L}*\\b.{0,30}\\b(in|über) (unseren|unserem) shop\\b",
            "\\b(über|auf) unsere (eigene )?(seite|webseite|website|homepage)\\b",
            "außerhalb (von|der plattform)", "paypal direkt", "per paypal (direkt|an|auf)", "günstiger (bei uns|in unserem|direkt)",
            "\\bvirement\\b", "directement (chez|auprès de|sur notre|par)", "\\bnotre (propre )?(site|boutique en ligne|e-shop)\\b",
            "en dehors (d'|de )", "paypal directement",
            "transferencia (bancaria)?", "directamente (a|en|con|desde) (nosotros|nuestra|nuestro)", "\\bnuestra (propia )?(web|tienda online|página web)\\b",
            "fuera de (amazon|ebay|shopee|lazada|tiktok|aliexpress|la plataforma)", "por paypal (directo|directamente|amigos)", "\\bbizum\\b",
            "\\bbonifico\\b", "direttamente (da|sul|a|con) (noi|nostro|nostra)", "\\b(nostro|sul nostro|dal nostro) (sito|negozio online|e-shop)\\b",
            "fuori da (amazon|ebay|shopee|lazada|tiktok|aliexpress)", "tramite paypal (direttamente|amici)",
            "銀行振込", "直接(お)?(取引|購入|振込|振り込み|ご連絡|連絡)", "自社(サイト|ショップ|通販)", "公式(サイト|ショップ)で",
            "私下", "转账", "轉帳", "轉賬", "银行汇款",
            // the seller's own app: "our own app", „unsere eigene App“, « notre application », "app propia", "la nostra app", 当店のアプリ, 我们自己的APP
            "\\b(our|download our) (own )?(mobile )?app\\b", "\\bunsere[rnm]? (eigene[nm]? )?app\\b", "\\bnotre (propre )?(application|appli)\\b",
            "\\b(nuestra (propia )?(app|aplicación)|app propia|aplicación propia)\\b", "\\b(la )?nostra (app|applicazione)\\b",
            "(当店|弊社|弊店|自社)の?(公式)?アプリ", "(我们|我們)(自己)?的?(APP|app|App|应用|應用|小程序)", "自家(APP|app|App)",
            // person-to-person money apps, which no marketplace checks out with: "send $45 via Wise", "una ricarica PostePay", PayPayで直接
            "\\b(via|through|by|with|using|per|über|par|por|con|tramite|un virement|eine überweisung) Wise\\b", "\\bWise (transfer|payment|account)\\b",
            "\\b(pay|send|transfer|top.?up|ricarica|bezahl|zahl|überweis|pag|env[ií]a|manda|payer|virement|réglez)\\p{L}*\\b[^.!?\\n]{0,25}" + P2P_WALLET,
            P2P_WALLET + "(?: me\\b|[^.!?\\n]{0,25}\\b(pay|send|transfer|bezahl|zahl|überweis|pag|payer|réglez))",
            "(支付宝|支付寶|微信|alipay|wechat ?pay)[^。！]{0,6}(转|轉|付给|付給|打给|打給|汇给|匯給)",
            "\\b(überweisen sie|auf unser (geschäfts)?konto|unsere iban|iban folgt|die iban)\\b",
            // the platform bypassed: "without going through Amazon", « sans passer par », "senza passare da", Amazonを通さず
            "\\b(without going through|bypassing) (amazon|ebay|shopee|lazada|tiktok|aliexpress|the platform|the app)\\b", "\\bsans passer par (amazon|ebay|la plateforme|l'appli)",
            "\\bsin pasar por (amazon|ebay|la plataforma|la app)", "\\bsin intermediarios\\b", "\\bsenza passare (da|per|tramite) (amazon|ebay|la piattaforma|l'app)",
            "\\b(ganz )?ohne (amazon|ebay|die plattform)( dazwischen)?\\b", "(amazon|ebay|楽天|プラットフォーム|アプリ)を(通さず|介さず)",
            "\\b(contact|email|call|message|write to|reach) (us|me) directly\\b", "\\bcontáct\\p{L}*nos directamente\\b", "\\b(escríb|llám)\\p{L}*nos directamente\\b",
            "\\b(ci )?(contatti|contattateci|contattaci|scriva|scriveteci|scrivici|chiami|chiamateci)\\b[^.!?]{0,6}\\bdirettamente\\b",
            "直接(お)?(問い合わせ|お問い合わせ|メール|お電話|お支払い|支払)",
            // the fees named as the saving: "Amazonの手数料分お安く", 省掉平台手续费, „die eBay-Provision sparen“
            "(amazon|ebay|楽天|プラットフォーム|モール)の?手数料(分|が|を)?(お安く|安く|かから|不要|なし)", "(省|免|不用|省掉|省去)(掉|去)?平台的?(手续费|手續費|佣金|抽成)",
            "\\b(no|without|skip|avoid) (the )?(amazon|ebay|shopee|lazada|tiktok|aliexpress|marketplace|platform) (markup|cut|commission)\\b",
            "公式オンライン(ストア|ショップ)", "公式(サイト|ホームページ)(で|から|にて|の方が)", "\\bfrom our (website|web ?shop|web ?store|site|online (store|shop))\\b",
            "\\b(invoice|bill) you (from|through|on|via) our\\b",
            // outside the app, without naming the platform: "hors de l'appli", "por fuera de la app", アプリを通さずに, 不走平台
            "\\binstead of (going )?(through|via) the app\\b", "\\bwithout (going through|using) the app\\b", "statt über die app", "außerhalb der app", "hors de l'appli(cation)?", "(por )?fuera de la app",
            "fuori dall'app", "アプリを通さず", "不走平台", "(app|App|APP)里不好处理", "(app|App|APP)裡不好處理",
            // no platform fees: "skip the fees", "no platform fees", „sparen Sie sich die Gebühren“, 手数料がかからず, 免手续费
            "\\b(no|without|skip|avoid|save on) (the )?(platform|marketplace|app|amazon|ebay|shopee|lazada|tiktok|aliexpress) fees\\b", "\\bskip the fees\\b",
            "sparen sie sich (die )?gebühren", "se ahorra(s)? las comisiones", "niente commissioni", "手数料がかからずお得", "不用平台手续费", "不用平台手續費",
            "\\b(invoice|bill) (you )?directly\\b", "paypal\\b.{0,12}\\b(friends|tra amici|amici|entre amis|amigos|freunde)\\b",
            // cancel here and be sold the item another way: "stornieren Sie … wir schicken Ihnen das Teil auf Rechnung von uns aus"
            "(stornier|cancel|annul|cancela|annull)\\p{L}*\\b.{0,80}\\b(auf rechnung|von uns aus|virement|bank transfer|transferencia|bonifico|bizum)\\b",
            // found through a search engine: "search our shop name on Google", "búscanos por el nombre de la marca en Google"
            "\\b(search|google|busc|cherch|such|cerc|find)\\p{L}*\\b[^.!?\\n]{0,50}\\b(google|bing)\\b", "(搜一下|搜索|百度一下)[^。！]{0,12}(品牌|店名)",
            // the shop's own site or shop, in words: "nuestra tienda propia", "chat de nuestra página", 当店のホームページ, 我们自己的网店
            "(nuestra|la) (tienda|web|página) propia", "(chat|formulario|contacto) de nuestra (página|web)", "notre propre (site|boutique)",
            "(当店|弊店|弊社)の?(ホームページ|ＨＰ|HP|ウェブサイト|公式サイト|オンラインショップ|ネットショップ)",
            "(我们|我們)自己的(网店|網店|网站|網站|商城|店)", "(我们|我們|本店|店铺|店舖)的?(官网|官網)", "(官网|官網)(下单|下單|购买|購買|更便宜)", "线下", "線下", "直接(找我|联系|聯繫|購買|购买|下单|下單)", "平台外",
            // paid into the seller's account or wallet: "transfer the amount to our Maybank account", "Venmo us the $12", "send the balance by
            // PayPal to …", "compra en nuestra página", "settle this directly between us", « régler cela entre nous », 直接在微信下单付款
            "\\b(transfer|pay|send|deposit)\\b[^.!?\\n]{0,30}\\b(to|into) our (\\p{L}+ )?(bank )?account\\b", "\\b(venmo|zelle|cash ?app|paypal|revolut|wise) (us|me)\\b",
            "\\b(send|pay)\\b[^.!?\\n]{0,30}\\b(by|via|through) paypal (to|directly|at)\\b", "\\bcompra(r|d)? en nuestra (página|web)\\b",
            "\\b(settle|sort|handle|deal with) (this|it|things)( out)? (directly )?between (us|ourselves)\\b", "\\bdirect invoice\\b",
            "(支付宝|支付寶|微信|paypal|PayPal)(的)?(账号|帳號|账户|帳戶)?(发给|發給|告诉|告訴)(我们|我們)", "\\bpar paypal (à|sur)\\b", "\\b(régler|arranger) (cela|ça|ceci) entre nous\\b", "\\bentre nosotros\\b",
            "\\bcancel\\b[^.!?\\n]{0,40}\\b(buy|order|get)\\b[^.!?\\n]{0,30}\\bour (official )?(online )?(store|shop|site|website)\\b",
            "(微信|LINE|WhatsApp|ライン)(で|上)?直接(下单|下單|付款|お取引|取引|购买|購買)", "(以后|以後)[^。]{0,10}(直接)?(在|用)(微信|whatsapp)(下单|下單|付款|购买|購買)", "次回から[^。]{0,15}(LINE|ライン)で(直接)?");

    static final Pattern REVIEW_REQUEST = any(
            "\\b(leave|give|write|post|rate|consider|leaving|giving|writing)\\b.{0,25}\\b(positive|good|great|5[- ]?stars?|five[- ]?stars?|excellent|glowing|nice|favou?rable|top)\\b.{0,12}\\b(review|feedback|rating|comment)s?\\b",
            "\\b(leave|give|rate|award)\\b.{0,20}\\b(5|five) stars?\\b", "\\brate us (5|five|highly)\\b",
            "\\b(5[- ]?star|five[- ]?star|positive|glowing|good|great) (review|rating|feedback)s?\\b",
            "(recensione|valutazione|feedback) (a|da|con) (5|cinque) stelle", "(reseña|valoración|opinión) de (5|cinco) estrellas",
            "(avis|évaluation) (à |de )?(5|cinq) étoiles", "(5|fünf)-sterne-(bewertung|rezension)",
            "\\b(change|update|remove|delete|revise|edit|amend|withdraw|reconsider|improve|raise)\\b.{0,15}\\b(your|the|that|this)\\b.{0,20}\\b(review|feedback|rating)\\b",
            "(positive|gute|sehr gute|5-sterne-?|fünf-sterne-?)\\s?(bewertung|rezension|feedback)",
            "(geben|vergeben|hinterlassen|bewerten)\\b.{0,25}\\b(5|fünf) sterne", "\\b(5|fünf) sterne(n)? (geben|vergeben|hinterlassen)",
            "bewertung\\b.{0,35}(ändern|entfernen|löschen|anpassen|aktualisieren|überdenken|zurückziehen)", "(ändern|entfernen|löschen|anpassen) sie .{0,20}bewertung",
            "(avis|commentaire|évaluation) (très )?(positif|positive|favorable|5 étoiles|cinq étoiles)", "\\b(bon|excellent|super) (avis|commentaire)",
            "(laisser|donner|mettre|attribuer|noter)\\b.{0,20}\\b(5|cinq) étoiles", "(modifier|retirer|supprimer|changer|revoir) (votre|cet|l'|ce) ?(avis|évaluation|commentaire)",
            "(reseña|valoración|opinión|calificación) (muy )?(positiva|favorable|de 5 estrellas|de cinco estrellas)", "\\bbuena (reseña|valoración|opinión|calificación)",
            "(dejar|dar|poner|calificar|valorar|dejarnos|darnos)\\b.{0,20}\\b(5|cinco) estrellas", "(cambiar|modificar|eliminar|retirar|quitar) (su|tu|la|esa) (reseña|valoración|opinión|calificación)",
            "(recensione|valutazione|feedback) (molto )?positiv", "(lasciare|lascia|lasciaci|lasciarci|dare|dacci|darci|mettere|valutare)\\b.{0,20}\\b(5|cinque) stelle",
            "(modificare|rimuovere|cancellare|togliere|cambiare) (la sua|la tua|la|quella|il suo|il tuo|il|quel) (recensione|valutazione|feedback)",
            // little stars and a review traded for an offer in shorthand: "¿nos regalas unas estrellitas?", « un avis = 15 % de remise »
            "\\b(estrellitas|stelline|sternchen|petites étoiles)\\b", "\\b(a few|some|a couple of) stars\\b",
            "\\b(negative|neutrale|schlechte)?\\s?bewertung\\p{L}*\\b[^.!?]{0,30}\\b(anzupassen|anpassen|zu ändern|ändern|zu entfernen|entfernen|zurückzuziehen|zurückziehen|zu überdenken)\\b",
            "\\b(retir|quit|elimin|borr|cambi|modific)\\p{L}* (la|tu|su|esa) (valoración|reseña|opinión|calificación)\\b",
            "\\b(mets|mettez|laisse|laissez|donne|donnez)-(nous|moi) (cinq|5) étoiles\\b",
            // indirect asks in every language: stars, kind words, telling others, changing or removing a review
            "(chang|rais|updat|upgrad|turn|switch|alzar|alzi|cambiar|subir|ändern|umwandeln|überarbeiten|改成|改为|改為|上げ)\\p{L}*\\b.{0,40}(?:5|4|five|four|fünf|vier|cinq|quatre|cinco|cuatro|cinque|quattro|五|四|５|４)\\s?(?:stars?|sternen?|étoiles|estrellas|stelle|星)",
            "(?:5|4|five|four|fünf|vier|cinq|quatre|cinco|cuatro|cinque|quattro|五|四|５|４)\\s?(?:stars?|sternen?|étoiles|estrellas|stelle|星)\\b.{0,40}\\b(would|würden|wären|feraient|serían|renderebbero|make|help|freuen|plaisir|ayuda)",
            "\\b(alzare|alzi|subir|raise|upgrade|improve|verbessern|améliorer|remonter|migliorare)\\b.{0,12}\\b(valutazione|valoración|rating|bewertung|note|voto|feedback)\\b",
            "\\b(voto|valoración|valutazione|bewertung|feedback|recensione|reseña|évaluation) (positiv\\p{L}*|buen\\p{L}*|bonne|gut\\p{L}*)",
            "\\b(valóranos|valórenos|valutarci|rate us|bewerten sie uns|notez-nous)\\b",
            "\\b(bonne|good|buena|buenas|gute|buone|belle|nice|great|positiv[oae]?) (note|rating|valoración|bewertung|valutazione|stelle|estrellas|étoiles|voto|stars)\\b",
            // (but not "tell us whether the other parts are there", „erzählen Sie uns, ob die anderen …“: that asks the seller)
            "\\b(tell|racconta|raccontate|cuéntales|cuéntale|cuenta|dites|dis|erzählen)\\b(?! (us|me|uns|mir|nous|moi|nos|ci)\\b)(?! sie (uns|mir)\\b).{0,25}\\b(other|others|altri|otros|autres|anderen)\\b",
            "\\b(kind|nice|nette|gentili|amables|sympathiques|freundliche) (words?|worte|parole|palabras|mots)\\b",
            "\\b(remove|delete|withdraw|retire|retirez|borra|borras|borre|elimine|elimina|eliminar|cancella|cancelli|lösch|entfern|zurückziehen|ziehen sie)\\p{L}*\\b.{0,40}(?:review|rating|feedback|reseña|valoración|opinión|avis|évaluation|note|bewertung|rezension|recensione|valutazione|voto|レビュー|評価|评价|評價|差评|差評|好评)",
            "(?:review|rating|feedback|reseña|valoración|opinión|avis|évaluation|note|bewertung|rezension|recensione|valutazione|voto|レビュー|評価|评价|評價|差评|差評|好评).{0,40}(remove|delete|löschen|entfernen|zurückziehen|überarbeiten|umwandeln|更新|削除|取り消|删除|刪除|删掉|修改|改成|elimin|borr|cambi|modific|retir|supprim|rimuov|cancell|alzare|subir)",
            "(if you('re| are)? (satisfied|happy)|wenn sie zufrieden|si vous êtes satisfait|si estás satisfecho|si está satisfecho|se è soddisfatt|ご満足いただけ|如果您满意)\\p{L}*\\b.{0,70}(rate|review|stars|bewert|avis|note|valor|recension|valut|レビュー|評価|评价|好评)",
            "\\b(share your experience|partagez votre expérience|comparta su experiencia|comparte tu experiencia)\\b.{0,30}\\b(nice|good|belle|bonne|buena|great)\\b",
            "\\b(your|votre|tu|su|ihr|ihre|sua|suo|il suo|la sua)\\b.{0,20}(?:review|rating|feedback|reseña|valoración|opinión|avis|évaluation|note|bewertung|rezension|recensione|valutazione|voto|レビュー|評価|评价|評價|差评|差評|好评)\\b.{0,40}\\b(affects|matters|influence|afecta|perjudica|influisce|beeinflusst|weh)",
            "(星[5５]つ(を|で|が|いただ)|星を上げ|レビューを(更新|削除|取り消)|低評価を取り消|レビューの削除|ぜひレビュー|レビューでお伝え)",
            "(改成|改为|改為)(五星|5星|５星)", "一句好话", "一句好話", "(删除|刪除|删掉)\\p{L}{0,4}(差评|差評)", "(差评|差評)\\p{L}{0,4}(删|刪)",
            "高評価", "(星[5５]つ?|[5５]つ星|★[5５])(の)?(レビュー|評価)", "(レビュー|評価)(で|に|は)?.{0,4}(星[5５]|[5５]つ星|★[5５])",
            "\\b(tell|let) (other|others|other buyers|other customers|people|everyone)\\b.{0,30}\\b(happy|love|great|satisfied|pleased)",
            "\\ba good word\\b", "[⭐★]{4,5}", "(5|fünf) sterne (wären|würden|wäre)", "\\b(in eine positive|positiv) ändern",
            "(rimuov|cancell|togli|modific)\\p{L}* (la|sua|tua) recensione", "良い(レビュー|評価)", "(レビュー|評価)を?(変更|削除|修正|取り下げ|見直)",
            "(给|給|留|求|请|請|麻烦|麻煩|帮忙|幫忙).{0,6}(好评|好評)", "(五星|[5５]星|五颗星)(好评|好評|评价|評價)", "给.{0,4}(五星|[5５]星)", "(删除|修改|撤销|撤銷|刪除|删掉)(差评|差評|评价|評價|评论|評論)",
            "(差评|差評).{0,6}(删除|刪除|删掉|修改|撤销|撤銷)", "追评",
            // kind words for the review page, in either order of adjective and noun: "a few kind words on the product page",
            // "ein paar nette Zeilen", « quelques mots gentils », "unas palabras bonitas", "due parole gentili"
            "(" + KIND_WORDS + ")[^.!?\\n]{0,40}" + REVIEW_PLACE, REVIEW_PLACE + "[^.!?\\n]{0,40}(" + KIND_WORDS + ")",
            // the buyer's own praise, to be repeated in the review: "those same words in your feedback", "ponerlo tal cual en tu
            // valoración", 把您刚才说的话也写到评价里, いただいた嬉しいお言葉を商品ページにも
            "(same words|what you (told|wrote|said)|tal cual|lo que nos (dijiste|escribiste|contaste)|ce que vous nous avez (dit|écrit)|quello che ci ha(i)? (detto|scritto)|was sie uns (geschrieben|gesagt)|说的话|說的話|いただいた[^。]{0,6}お言葉|おっしゃって)"
                    + "[^.!?\\n。！？]{0,60}" + REVIEW_PLACE,
            REVIEW_NOUN + "[^.!?\\n。！？]{0,30}(saying|with) (what you (told|wrote|said)|the same words)",
            // stars asked for: "don't forget the stars", « n'oubliez pas les étoiles », "freuen wir uns über Ihre Sterne", 星をつけて, 点亮星星
            "\\b(forget|oubliez|oublie|olvide|olvides|dimenticare|dimentichi|dimenticate|vergessen sie)\\b.{0,20}\\b(stars?|étoiles|estrellas|stelle|stelline|sterne[n]?)\\b",
            "\\büber ihre sterne\\b", "星を(つけ|付け)", "(点亮|點亮)\\p{IsHan}{0,2}(星星|星)", "(给|給)(我们|我們)?(点|點)?(星星)",
            // a request that depends on the buyer being happy: "if you're loving it, …", "se sei soddisfatto", 満足していただけたら, 如果用得满意
            "(if you('re| are) (loving|enjoying|pleased with) it|if (everything|all) is (fine|ok|good|well)|si vous êtes content|si (está|estás) content|se (è|sei) soddisfatt|満足(していただけ|いただけ)|如果(用得|穿得)?(满意|滿意))"
                    + "[^。！]{0,80}(rate|review|stars?|love|bewert|sterne|avis|note|étoiles|valor|estrellas|recension|valut|stell|レビュー|評価|星|评价|評價|好评|分享|教えて)",
            "\\bshow (it|us|them) some love\\b",
            // a satisfied buyer asked for words or stars where reviews go: "if the lamp has brightened up your evenings, a
            // quick line under the product", „wenn Sie zufrieden sind, … ein paar Zeilen unter dem Artikel“, « si la tasse vous plaît,
            // quelques étoiles sur la fiche », "si te ha gustado, unas palabras en la página", "se la lampada Le piace, due righe",
            // 気に入っていただけましたら、商品ページにひとこと, 用得满意的话，麻烦在评价里多写几句
            SATISFIED + "[^.!?\\n。！？]{0,100}(" + REVIEW_PLACE + "|\\b(on|auf|sur|en|su) (amazon|ebay|aliexpress|shopee|lazada|tiktok)\\b)",
            "\\b(feedback|review|rating)\\b[^.!?\\n]{0,20}\\breflect\\p{L}* (that|this|it)\\b",
            "\\b(say|saying|write|writing|put|putting|post|posting) (exactly |just )?(that|this|the same|those words)\\b[^.!?\\n]{0,20}\\b(on|in) (amazon|ebay|aliexpress|the review|your review|the product page|the listing)\\b",
            "\\b(dej\\p{L}*|d[aé]s|d[aé]nos|pon\\p{L}*|regál\\p{L}*)\\b.{0,20}\\b(5|cinco) estrell\\p{L}*",
            // telling other buyers how good it is: « dire aux autres acheteurs », "cuéntales a los demás", "racconti agli altri", 他のお客様にも教えて
            "\\bdire aux autres (acheteurs|clients)\\b", "\\b(cuéntales|cuénteles|cuenta|cuente) a los (demás|otros)\\b", "\\braccont\\p{L}* (pure |anche )?agli altri\\b",
            "\\berzähl\\p{L}* (sie )?(doch )?(auch )?(den )?anderen\\b",
            "他の(お客様|方|購入者)(にも|へも)[^。]{0,20}(教えて|伝えて|お伝え)", "(跟|和|给|給|向)其他(买家|買家|顾客|顧客|人)[^。！]{0,10}(分享|说说|說說)",
            // revisiting a review already left: "updating the one-star review", "echarle otro vistazo a la valoración", 再看一下之前給的評價
            "\\b(changing|updating|removing|deleting|revising|editing|reconsidering|raising|adjusting|withdrawing)\\b.{0,15}\\b(your|the|that|this)\\b.{0,20}\\b(review|feedback|rating)",
            "(another look|second look|otro vistazo|otra mirada|altra occhiata|noch (ein)?mal (anschauen|ansehen|überdenken|anpassen)|\\brevoir (?=votre|la|l'|cet|cette|ce|son|sa)|reconsidérer|再看一下|再看看|重新考虑|重新考慮|見直)"
                    + "[^.!?\\n。！？]{0,30}(" + REVIEW_NOUN + "|\\bla note\\b)",
            REVIEW_NOUN + ".{0,15}(noch (ein)?mal anpassen|überdenken|再看一下|見直)",
            // pressure: the rating should not suffer ("we hope it won't be reflected in your rating"), 好评对我们很重要
            "\\b(hope|hopefully|please|wish)\\b[^.!?\\n]{0,30}\\b(reflect|affect|impact|hurt|count against)\\p{L}*\\b.{0,20}\\b(your )?(rating|review|feedback)\\b",
            "(好评|好評)[^。！]{0,12}(重要|拜托|拜託|支持|帮助|幫助|鼓励|鼓勵)");

    static final Pattern REVIEW_INCENTIVE = any(
            // a review traded for an offer in shorthand: « un avis = 15 % de remise », "review → free gift"
            REVIEW_NOUN + "[^.!?\\n]{0,30}(=|→|->)[^.!?\\n]{0,15}" + OFFER_WORD,
            "\\b(refund|discount|coupon|voucher|gift|(?<!feel )free|cashback|rebate|reward|\\d+ ?%)\\b.{0,60}\\b(for|in exchange for|in return for|if you|when you|once you|after you)\\b.{0,30}\\b(review|feedback|rating)",
            "\\b(review|feedback|rating)\\b.{0,40}\\b(and|to) (get|receive|claim|earn)\\b", "\\b(review|feedback|rating)\\b.{0,50}\\bwe('ll| will) (send|give|refund|credit|email|gift|offer)",
            "(gutschein|rabatt|geschenk|kostenlos|gratis|erstattung|rückerstattung|\\d+ ?%).{0,60}(für|gegen|wenn sie|nachdem sie).{0,30}(bewertung|rezension)",
            "(bewertung|rezension).{0,40}(erhalten sie|bekommen sie|schicken wir|senden wir|erstatten wir|schenken wir)",
            "(für|gegen) (eine|ihre) .{0,30}(bewertung|rezension).{0,60}(gutschein|rabatt|geschenk|schenken|erstatt|%)",
            "(laissez|donnez|écrivez|laisser|donner)(-nous)? .{0,30}(avis|évaluation|commentaire).{0,40}(recevez|obtenez|gagnez|profitez|remise|réduction|cadeau|%)",
            "si (nos )?(deja|dejas|escribe|escribes|da|das|publica|publicas)\\b.{0,40}(reseña|valoración|opinión).{0,60}(descuento|regal|gratis|cupón|reembols|%)",
            "se (ci )?(lascia|scrive|dà)\\b.{0,40}(recensione|valutazione).{0,60}(sconto|regal|omaggio|gratis|buono|rimbors|%)",
            "\\b(leave|write|post|give)\\b.{0,30}\\b(review|rating|feedback)\\b.{0,40}\\b(get|receive|enjoy)\\b.{0,20}(off|discount|gift|free|refund|voucher|%)",
            "(bon d'achat|remise|cadeau|gratuit|remboursement|réduction|\\d+ ?%).{0,60}(en échange d'|pour|si vous|dès que vous|une fois).{0,30}(avis|évaluation|commentaire)",
            "(avis|évaluation).{0,40}(vous recevrez|nous vous (enverrons|offrirons|rembourserons))",
            "(descuento|regalo|gratis|cupón|reembolso|\\d+ ?%).{0,60}(a cambio de|por|si (nos )?(deja|escribe|da)|cuando).{0,30}(reseña|valoración|opinión)",
            "(reseña|valoración|opinión).{0,40}(recibirá|le enviaremos|le regalaremos|le reembolsaremos)",
            "(sconto|buono|omaggio|gratis|gratuito|rimborso|\\d+ ?%).{0,60}(in cambio di|per|se (ci )?(lascia|scrive)|quando).{0,30}(recensione|valutazione)",
            "(recensione|valutazione).{0,40}(riceverà|le invieremo|le regaleremo|la rimborseremo)",
            "(レビュー|評価).{0,20}(いただけ|頂け|書いて|投稿|くださった).{0,30}(返金|割引|クーポン|プレゼント|無料|進呈)",
            "(返金|割引|クーポン|プレゼント|無料).{0,20}(レビュー|評価)",
            "(好评|好評|评价|評價|晒图|曬圖).{0,12}(返现|返現|红包|紅包|优惠券|優惠券|返\\d|送|退款)", "(返现|返現|红包|紅包).{0,12}(好评|好評|评价|評價)",
            REVIEW_NOUN // as whole words: "le avisaremos cuando el regalo…" is not a review
                    + ".{0,60}\\b(free|gratis|gratuit|kostenlos|regal\\p{L}*|cadeau|geschenk|omaggio|campione|gift|sample|coupon|cupón|gutschein|voucher)\\b",
            "(好评|五星|晒图|曬圖).{0,20}(获赠|獲贈|赠送|贈送|礼品|禮品|小礼物|小禮物)",
            // the reward further along the same sentence ("für eine Bewertung mit Foto in unserem Shop gibt es beim nächsten Einkauf
            // ein kleines Dankeschön gratis dazu"), and in Japanese and Chinese the sample or gift enclosed for it
            REVIEW_NOUN + "[^.!?\\n]{0,100}\\b(free|gratis|gratuit|kostenlos|offert|regal\\p{L}*|cadeau|geschenk|omaggio|campion\\p{L}*|muestra|échantillon|gift|sample|coupon|cupón|gutschein|voucher)\\b",
            "(レビュー|評価)[^。]{0,40}(サンプル|おまけ|プレゼント|クーポン|割引|無料|進呈)", "(评价|評價|好评|好評)[^。！]{0,30}(送您|送你|试用装|試用裝|小样|小樣|赠品|贈品|礼物|禮物)");

    static final Pattern MARKETING = any(
            "\\b(discount|promo(tion)?|coupon|voucher) code\\b", "\\buse (the )?code\\b", "\\b\\d+ ?% off\\b", "\\b(\\d+ ?%|discount|code|coupon|voucher|off)\\b.{0,30}\\byour next (order|purchase)\\b",
            "\\bnew (\\w+ )?(collection|arrivals|products?|range|season)\\b", "\\bcheck out our\\b", "\\bfollow (us|our (shop|store|page))\\b",
            "\\bflash sales?\\b", "\\bwe also sell\\b", "\\bcheck (them|it) out\\b", "\\bjust (launched|arrived|dropped)\\b", "\\bsaved sellers\\b",
            "\\bnew deals\\b", "\\bmatching\\b.{0,20}\\b(also|available|too)\\b", "\\bsubscribe\\b", "\\bnewsletter\\b",
            "\\bdon'?t miss\\b", "\\blimited[- ]time\\b", "\\bflash sale\\b", "\\bblack friday\\b", "\\bspecial offer\\b", "\\bvisit our (store|shop)\\b",
            "\\byou (might|may) also (like|love)\\b", "\\bbrowse our\\b",
            "rabattcode", "gutscheincode", "neue \\p{L}*kollektion", "passend dazu", "in neuen farben", "\\d+ ?% (günstiger|billiger|rabatt)", "schauen sie (auch |gern )?(bei|in) unse", "neue kollektion", "\\bneuheiten\\b", "folgen sie uns", "abonnieren",
            "sonderangebot", "nicht verpassen", "besuchen sie unseren (shop|store)", "könnte ihnen auch gefallen",
            "code promo", "code de réduction", "bon de réduction", "nouvelle collection", "\\bnouveautés\\b",
            "suivez-nous", "abonnez-vous", "nouvelle gamme", "découvrez aussi", "en vente dans notre boutique", "\\bassortie?s\\b", "à -\\d+ ?%", "offre spéciale", "offre limitée", "ne manquez pas", "découvrez (notre|nos)",
            "código (de descuento|promocional)", "también vendemos", "le (puede|podría) interesar", "a juego", "nueva colección", "\\bnovedades\\b", "síguenos",
            "suscríb", "oferta especial", "no se pierda", "no te pierdas", "descubr[ae] nuestr",
            "codice (sconto|promozionale)", "nuova collezione", "\\bnovità\\b", "seguici", "iscriviti", "offerta speciale",
            "non perdere", "scopri (la nostra|i nostri|le nostre|anche)", "vendiamo anche", "nuova linea", "(le|ti) consigliamo anche", "in offerta",
            "新商品", "新作", "同じシリーズ", "(あわせて|併せて)ご検討", "フォロー", "メルマガ", "セール", "お得な",
            "关注店铺", "關注店鋪", "上新", "优惠信息", "優惠信息", "直播间", "直播間", "买一送一", "買一送一", "新上架",
            "来店铺看看", "來店鋪看看", "同系列", "优惠码", "優惠碼", "关注我们", "關注我們", "订阅", "訂閱", "限时", "限時", "促销", "促銷",
            // 新品 is a new product line in Chinese ("新品已上架") but a brand-new unit in Japanese (新品を無償でご用意: a replacement)
            "新品(已|刚|剛)?(上架|上市|推荐|推薦|发布|發布|到货|到貨|首发|首發|优惠|優惠)", "(本店|店铺|店鋪|我们的|我們的)新品",
            // the next order with something off or added: "5 % auf Ihre nächste Bestellung", « -10 % sur votre prochaine commande »,
            // 次回のご注文で使えるクーポン, 下次下单立减 (but not "your next order will use the saved address")
            NEXT_ORDER + "[^.!?\\n。！？]{0,60}" + OFFER_WORD, OFFER_WORD + "[^.!?\\n。！？]{0,60}" + NEXT_ORDER,
            // new versions, colours and stock pointed out: "we now stock it in 12 more shades", „führen wir jetzt auch“, « on vient de
            // rentrer », "ya tenemos la versión con tapa", "è appena arrivata la versione", 新色が出ました, 出了新颜色
            "\\bwe (now|also) (stock|carry|sell)\\b", "\\b(more|new) (shades|colou?rs|sizes|flavou?rs|scents|designs|models|versions|styles|prints)\\b",
            "\\b(lightning|daily|flash) deals?\\b", "\\b(sets?|deals?|sale|collection|range|drop)\\b[^.!?\\n]{0,10}\\b(are|is) (now )?live\\b",
            "\\b(führen|verkaufen) wir (jetzt|nun|inzwischen|ab sofort|neu)\\b", "\\b(jetzt|ab sofort|neu) (auch )?(erhältlich|im sortiment|bei uns)\\b", "\\bneue \\p{L}+ eingetroffen\\b",
            "\\b(on vient|nous venons) de (rentrer|recevoir|sortir|lancer)\\b", "\\bexiste (désormais|maintenant|aussi) en\\b", "\\b(est|sont) (désormais|maintenant) disponibles? en\\b", "\\bnouveaux? (coloris|modèles|parfums|motifs)\\b",
            "\\bjet(ez|te) un (œil|oeil|coup d'œil|coup d'oeil) (à|sur) (la|notre|nos) (boutique|collection|nouveautés)",
            "\\bya tenemos (la|el|los|las) (versión|versiones|modelo|nuev\\p{L}+)\\b", "\\bnuevos (colores|modelos|sabores|diseños)\\b", "\\bpor si te interesa\\b", "\\bpor si le interesa\\b",
            "\\b(è|sono) appena arrivat[oaie]\\b", "\\bnuov[ie] (colori|modelli|versioni|fantasie)\\b", "\\babbiamo (anche|ora) (la|il) (versione|modello)\\b",
            "新色|新しい色|新モデル|新バージョン|(再入荷|入荷|発売|登場)(しました|いたしました)", "出了新(颜色|顏色|款|色)|新(颜色|顏色|色|款)(上市|到了|出了)",
            // also bought or liked: „Das könnte Sie auch interessieren“, "quizá también te guste", "potrebbe piacerLe anche", 猜你喜欢, もおすすめ
            "\\bkönnte(n)? (sie|dich) (auch|ebenfalls) (interessieren|gefallen)\\b", "\\b(quizá|quizás|tal vez) (también )?(te|le) (guste|gusten|interese|interesen)\\b",
            "\\bpotrebbe\\s?(piacer|interessar)\\p{L}*", "\\b(le|ti) potrebbe(ro)? (piacere|interessare)\\b", "猜你喜欢|猜你喜歡|(商品|ケース|セット|シリーズ|アイテム)もおすすめ",
            "\\bse llevan con (él|ella|este|esta)\\b|\\bque más se llevan\\b",
            // bundles and multi-buys: „im Doppelpack sogar günstiger“, "en pack de dos sale más barato", "in coppia con il macinino Le costa il 15 %
            // in meno", 2点セットでのご購入なら10%お得, 搭配…一起买更划算, „Wer zwei Paar nimmt, zahlt nur einmal Versand“
            "\\b(doppelpack|zweierpack|dreierpack|\\d+er-?pack|im set|bundle|pack|lot|coppia|kit|two-pack|3-pack|2-pack)\\b[^.!?\\n]{0,40}(cheaper|más barato|moins cher|in meno|günstiger|billiger|sparen|\\bsave\\b|ahorra|économis|risparmi|\\d+ ?% )",
            "(セット|まとめ買い|\\d点)[^。]{0,15}(お得|割引|\\d+ ?%|％)", "(一起买|一起買|搭配)[^。！]{0,15}(划算|劃算|便宜|优惠|優惠)",
            "\\bwer\\b[^.!?\\n]{0,20}\\b(zwei|drei|2|3|mehrere)\\b[^.!?\\n]{0,20}\\b(nimmt|kauft|bestellt)\\b", "\\bbuy (two|2|three|3)\\b[^.!?\\n]{0,20}\\b(get|save|free)\\b",
            // lists and shops to follow: „tragen Sie sich in unseren Verteiler ein“, « lettre d'information », "boletín", "tap follow on our shop"
            "\\b(verteiler|mailingliste|mailing list|email list|lettre d'info\\p{L}*|infolettre|boletín|bolet[ií]n de noticias)\\b",
            "\\b(tap|hit|click|press) (the )?follow\\b", "\\bfollow (on )?(our|the) (shop|store|page)\\b", "\\bunserem (\\p{L}+-)?(shop|store)\\b[^.!?\\n]{0,5}\\bvorbei\\b",
            "\\b(schau|stöber)\\p{L}*\\b[^.!?\\n]{0,20}\\b(in|bei|auf) unse\\p{L}* (\\p{L}+-)?(shop|store|laden)\\b",
            // a gift for a review that comes with the next order or parcel promotes a further purchase, as a discount on it does
            REVIEW_NOUN + "[^.!?\\n。！？]{0,80}"
                    + "(" + NEXT_ORDER + "[^.!?\\n。！？]{0,40}" + GIFT + "|" + GIFT + "[^.!?\\n。！？]{0,40}" + NEXT_ORDER + ")",
            // a new listing, pointed out: "we've just listed packs of 20", "acabamos de ponerlos a la venta", "gerade neu im Sortiment"
            "\\bwe('ve| have) just (listed|launched|restocked)\\b", "acabamos de (poner\\p{L}* a la venta|lanzar|sacar a la venta)", "appena (messo|messi|messa)\\b.{0,10}in vendita", "appena lanciat\\p{L}*",
            "\\bvenons d(e |')(en )?(mettre en vente|lancer|sortir)", "neu im sortiment", "neu eingetroffen", "新しく(出品|発売)", "刚上架|剛上架|新上架",
            // others buy it too: "many buyers also add our adapter", "viele Kunden nehmen … gleich mit", 多くの方が…も一緒に購入, 很多买家会顺便加购
            "\\b(many|most|lots of|other) (buyers|customers|people|shoppers) also (add|buy|get|take|pick up|order)\\b",
            "viele (kunden|käufer)\\p{L}* (nehmen|kaufen|bestellen)\\b.{0,40}(gleich mit|dazu|auch)", "beaucoup de (clients|acheteurs) (prennent|achètent|commandent) aussi",
            "(mucha gente|muchos clientes|muchos compradores) (se lleva|se llevan|compra|compran|pide|piden) también", "molti (clienti |acquirenti )?(prendono|comprano|acquistano) anche",
            "も一緒に(購入|ご購入|お買い)", "(很多|不少)(买家|買家|顾客|顧客)[^。！]{0,10}(顺便|順便|一起)(加购|加購|购买|購買|买|買)",
            // save or follow the shop: "save our shop", "merken Sie sich unseren Shop", « ajoutez notre boutique à vos favoris », 收藏我们店铺
            "\\b(save|bookmark|favou?rite|follow) (our|the) (shop|store)\\b", "\\b(save|bookmark|favou?rite|follow) our page\\b", "merken sie sich unseren (shop|store)", "notre boutique (à|dans|en) (vos )?favoris",
            "(guarda|guardar|añade|sigue) nuestra tienda", "il nostro negozio (tra i|nei) preferiti", "お気に入り登録", "收藏(一下)?(我们|我們)?的?(店铺|店鋪|小店)",
            // seasonal sales and shopping days: "our 11.11 deals are live", "Winteraktion", « soldes d'hiver », "saldi invernali", 冬季大促
            "\\b(winter|summer|holiday|christmas|year-end|11\\.11|12\\.12|singles' day) (sale|deals?|promo\\p{L}*)\\b", "\\b(spring|summer|autumn|fall|winter|holiday|christmas) (range|collection|line|drop)\\b", "\\bdeals are live\\b", "winteraktion|sommeraktion",
            "soldes d'(hiver|été)", "rebajas de (invierno|verano)", "saldi (invernali|estivi)", "大促", "(双11|双十一|雙11|雙十一)",
            // the seller's other listings: "have a look at my other listings", « mes autres annonces », "altri miei annunci", 他の出品
            "\\b(my|our) other (listings|items|auctions|products|lenses|records)\\b", "\\b(mes|nos) autres (annonces|articles|produits)\\b", "\\b(autres|otros|altri|anderen|weiteren) (mis |mes |miei |meine |unsere |nuestros )?(annonces|anuncios|annunci|artikel|angebote|auktionen)\\b",
            "\\b(mis|nuestros) otros (anuncios|artículos|productos)\\b", "\\b(i )?miei (altri )?annunci\\b", "\\b(meine|unsere) (anderen|weiteren) (artikel|angebote|auktionen)\\b", "(他の|ほかの)(出品|商品|出品中)", "(其他|别的|別的)(商品|宝贝|寶貝)",
            // seasonal and limited lines, live sessions, member deals: "our holiday scents drop next week", « coffrets de Noël … édition
            // limitée », "hacemos directo con productos nuevos", "restock alerts and members-only bundles"
            "\\b(holiday|christmas|xmas|seasonal|festive) (scents|sets|boxes|gift sets|bundles|edition|flavou?rs|candles)\\b", "\\bcoffrets? de noël\\b", "\\b(cofres|packs|lotes) de navidad\\b", "\\bcofanett\\p{L}* (natalizi|di natale)\\b",
            "\\bweihnachts(sets?|boxen|edition|kollektion)\\b", "\\b(limited|special) edition\\b", "\\bédition limitée\\b", "\\bedici[oó]n limitada\\b", "\\bedizione limitata\\b", "\\bprofitez-en\\b",
            "\\b(first dibs|restock alerts?|members?-only|vip (deals|prices|club))\\b", "\\b(hacemos|haremos) (un )?directo\\b", "\\b(productos nuevos|nuevos productos|prodotti nuovi|nuovi prodotti|neue produkte|nouveaux produits)\\b",
            "\\b(go|going|we('re| are)) live\\b(?! (chat|agent))", "\\b(drops?|launch(es)?) next (week|month)\\b",
            "\\b(siga|sigue|segua|segui|suivez|folgen sie) (nuestra|la nostra|il nostro|notre|unserem|unserer) (tienda|negozio|boutique|shop|store)\\b",
            "(\\d+ ?%|descuento|rabatt|réduction|sconto|\\boff\\b)[^.!?\\n]{0,25}\\b(en todos|en todas|en toda la tienda|on all|on everything|auf alle|auf das gesamte|sur tous|sur toute|su tutti|su tutto)\\b",
            "\\b(dia|dai|date) un'occhiata\\b[^.!?\\n]{0,30}\\b(nostr\\p{L}+|nuov\\p{L}+)", "\\ben toda (la|nuestra) tienda\\b",
            "(欢迎|歡迎)?(进店|進店)(看看|逛逛)", "(来|來)逛逛", "满\\d+减\\d+|滿\\d+減\\d+", "全场|全場", "新上了", "(活动|活動)(马上|馬上|即将|即將)?(开始|開始)", "双十二|雙十二|双12|雙12",
            // the shop's new model: "10 % auf unser neues Modell"
            "(\\d+ ?%|rabatt|discount|\\boff\\b|réduction|descuento|sconto|code)[^.!?\\n]{0,30}\\b(our|unser\\p{L}*|notre|nuestro|nostro) (new|neue[snm]?|nouveau|nuevo|nuovo) (model|modell|modèle|modelo|modello)\\b");

    /**
     * Offers that are marketing unless they answer the buyer's problem: a bare coupon, or the shop's own product on sale.
     * In a sentence that apologises or makes up for something ("un cupón de 10 € por las molestias", 为了弥补…补偿一张优惠券)
     * they are compensation, which the promise rule covers.
     */
    static final Pattern OFFER = any("\\bcupón\\b", "(?<!平台の|プラットフォームの)クーポン", "(?<!平台的|平台)优惠券", "(?<!平台的|平台)優惠券",
            "\\b(our|unsere\\p{L}*|notre|nos|nuestr[oa]s?|nostr[oaie]|le nostre|i nostri)\\b[^.!?\\n]{0,60}\\b(on sale|\\d+ ?% off|half price|discounted|reduziert|günstiger|im angebot|en promo|en solde|à -\\d+|rebajad\\p{L}*|a mitad de precio|de oferta|scontat\\p{L}*|in offerta|in saldo)",
            "\\b(on sale|reduziert|en promo|rebajad\\p{L}*|scontat\\p{L}*)\\b[^.!?\\n]{0,40}\\b(our|unsere\\p{L}*|notre|nuestr[oa]s?|nostr[oaie])\\b",
            "(当店|弊店|本店|我们的|我們的|本店的)[^。！]{0,40}(値下げ|セール|特价|特價|折扣|打折|(今週|今だけ|期間限定|セット)[^。]{0,10}お得)");
    /** A discount as such, and the order it is taken off: "20% off this order" answers the buyer (the promise rule's business). */
    /** The buyer asked about it: a product, stock or size named in answer is not promotion. */
    static final Pattern BUYER_ASKED = any("\\byou asked\\b", "\\byour question\\b", "\\basked (about|for|whether|if|which)\\b", "\\bsie (fragten|haben gefragt)\\b",
            "\\bihre frage\\b", "\\bnach (der|dem|denen|den) sie gefragt\\b", "\\bvous (nous )?(avez demandé|demandiez)\\b", "\\bvotre question\\b",
            "\\b(me|nos) (preguntas|pregunta|preguntaba|preguntó)\\b", "\\bsu pregunta\\b", "\\bci (chiede|chiedeva|ha chiesto)\\b", "\\bla sua domanda\\b",
            "お問い合わせいただいた", "ご質問", "お尋ねの", "您问的", "您問的", "您咨询的", "您諮詢的");
    /** What is promotion even in answer to a question: a code, a sale, a new line, a follow. */
    static final Pattern PROMOTION_ANYWAY = any(OFFER_WORD, "\\b(sale|deals?|drops?|live|follow|subscribe|newsletter|new (collection|arrivals?))\\b",
            "セール|クーポン|新作|新商品|优惠|優惠|关注|關注|上新|新品");
    /** "We also sell them on our own website": the other shop named is where the sale would go (off-platform), not a product promoted. */
    static final Pattern ALSO_SELL = any("\\bwe also sell\\b", "\\btambién vendemos\\b", "\\bvendiamo anche\\b", "\\bnous vendons aussi\\b", "\\bwir verkaufen auch\\b");
    static final Pattern DISCOUNT = any("\\d+ ?(%|％)", "\\boff\\b", "rabatt|réduction|remise|descuento|sconto|割引|折");
    /** Cheaper, said of a bundle: with the shop's own site named, it is the off-platform rule's business. */
    static final Pattern CHEAPER = any("cheaper|más barato|moins cher|in meno|günstiger|billiger|お得|划算|劃算|便宜");
    static final Pattern THIS_ORDER = any("\\b(this|your) (order|purchase)\\b(?<!next order)", "\\bdiese[rnm]? bestellung\\b", "\\bcette commande\\b", "\\beste pedido\\b",
            "\\bquesto ordine\\b", "今回のご注文", "(这|這)(个|個|笔|筆)?(订单|訂單)");
    /** A sale named as the reason for a delay: セール期間中のご注文が集中しており, "orders are slower during the Black Friday sale". */
    static final Pattern SALE_AS_REASON = any(
            "(sale|セール|促销|促銷|大促|双11|雙11|black friday|soldes|rebajas|saldi|aktion)\\p{L}*[^.!?。]{0,30}(delay|busy|high volume|slower|集中|混雑|遅れ|お時間|延迟|延遲|爆仓|爆倉|retard|retraso|ritard|verzöger)",
            "(delay|busy|high volume|slower|集中|混雑|遅れ|延迟|延遲|retard|retraso|ritard|verzöger)\\p{L}*[^.!?。]{0,40}(sale|セール|促销|促銷|大促|black friday|soldes|rebajas|saldi|aktion)");
    /** An offer explained as not applying to this order: "the code was only for a first order, so it couldn't apply". */
    static final Pattern OFFER_NOT_APPLIED = any("\\b(couldn'?t|could not|can'?t|cannot|doesn'?t|does not|didn'?t|did not) (apply|be applied|work)\\b",
            "\\bn'(apparaît|apparait|appara\\p{L}*|est) pas\\b", "\\bne (valait|vaut|s'applique|s'appliquait)\\b", "\\bno se (aplic\\p{L}*|pudo aplicar)\\b",
            "\\bnon (si applica|è stato applicato|valeva|vale)\\b", "\\bnicht (angewendet|gültig|anwendbar|eingelöst)\\b", "適用され(ません|ませんでした)|対象外", "(不适用|不適用|无法使用|無法使用|不能用)");

    /** Cheaper on the shop's own site is the off-platform rule's business, not a sale on the platform. */
    static final Pattern OWN_SITE_CONTEXT = any("官网|官網|公式サイト|ホームページ|自社サイト|\\b(website|web ?shop|webstore|our (own )?site|notre site|nuestra web|nostro sito)\\b",
            "\\b(tienda propia|propia tienda|nuestra tienda online|boutique en ligne|eigene[nm]? (shop|online-?shop)|negozio online|online (store|shop)|official (store|shop|site))\\b", "(自己的|自家)(网店|網店|店)",
            "\\b(directly|direkt|directement|directamente|direttamente)\\b", "直接");
    static final Pattern COMPENSATION_CONTEXT = any(APOLOGY, "\\b(compensat|make up for)", "(补偿|補償|弥补|彌補|お詫び|歉意|dédommag|compens|entschädig|risarc|indemniz)");

    // ---------------------------------------------------------------- promises

    record Claim(int start, int end, String message) {
    }

    /** @param afterShipping the wording is a promise only once the order has gone out (before, it is about the order itself) */
    private record PromiseFamily(String name, String requiredFact, Pattern pattern, boolean afterShipping) {
        PromiseFamily(String name, String requiredFact, Pattern pattern) {
            this(name, requiredFact, pattern, false);
        }
    }

    private static final List<PromiseFamily> PROMISES = List.of(
            new PromiseFamily("a refund", "refund_issued", any(
                    "\\b(we|i)('ve| have| will|'ll)( already)? (issue[ds]?|process(ed)?|sen[dt]|refund(ed)?|initiate[ds]?|give you|return(ed)?) .{0,25}(refund|your money|the money|the full amount|the amount|[€$£]\\s?\\d)",
                    "\\b(your|a|the|full|partial) refund (has been|was|is being|will be|is on its way|is on the way|has gone|went)",
                    "\\byou will (receive|get) (a |your |the )?(full |partial )?refund", "\\b(we|i)('ll| will)( (now|fully|immediately|gladly|happily|today|also))? (refund|reimburse)\\b", "\\brefunded (you|your|the)\\b",
                    "(haben|werden) (ihnen )?(den betrag|das geld|ihr geld|den kaufpreis)?\\s?(erstattet|zurückerstattet|zurücküberwiesen|zurückgezahlt)",
                    "(erstattung|rückerstattung) (wurde|ist|wird) (bereits )?(veranlasst|ausgelöst|durchgeführt|bearbeitet|angewiesen|erfolgt)", "\\bwir erstatten\\b", "erstatten wir ihnen",
                    "\\bgutschrift\\b", "(überweise|erstatte) ich ihnen", "(erstattung|ihr geld|der betrag) (ist|sind) (schon |bereits )?(unterwegs|auf dem weg)", "wir überweisen ihnen",
                    "\\bwe('re| are) (refunding|reimbursing)\\b", "\\byour (money|refund|payment) is (already )?on (its|the) way", "\\brefund(ing)? you (today|now|right away|immediately|in full)\\b",
                    "\\b(we'll|we will|we are|we're) (issu|process|send)\\w* (you )?(a |your |the )?(full |partial )?refund",
                    "\\b(te|le|os) (devolvemos|reembolsamos|devolveremos) (el|su|tu|vuestro)? ?(importe|dinero|pago)?", "(tu|su) dinero (ya )?está de camino",
                    "\\b(je vous|nous vous) rembourse", "(le |votre )?remboursement (partira|sera effectué|est en route|est parti)",
                    "\\b(ti|la|vi) rimborsiamo\\b", "il rimborso (partirà|è in arrivo)",
                    "返金手続きを(進め|開始)",
                    "\\b(we've|we have|i've|i have) (already |just )?(gone ahead and )?(refunded|reimbursed|sorted the refund|arranged (a|the) refund|processed (a|the|your) refund|issued (a|the|your) refund)",
                    "\\byour money('s| is) coming back\\b", "\\b(we'll|we will|i'll|i will) refund\\b",
                    "(wir haben|ich habe) (die |ihre )?(erstattung|rückerstattung) (erledigt|veranlasst|durchgeführt)", "das geld kommt zurück",
                    "\\b(sie )?(erhalten|bekommen) (von uns )?(eine )?(teilerstattung|erstattung|rückerstattung)",
                    "(votre )?remboursement (est en cours|a bien été effectué|a été effectué)", "nous vous avons remboursée?",
                    "te hemos (hecho el reembolso|reembolsado)", "(tu|su) reembolso ya está en camino", "\\bte reembolsamos\\b",
                    "\\bti rimborso\\b", "il rimborso è (già stato fatto|in arrivo)", "abbiamo già effettuato il rimborso", "ti faccio un rimborso", "\\ble rimborsiamo\\b",
                    "返金させていただきます", "返金処理は完了", "(给您|給您|为您|為您)(全额|全額)?退款", "退款已经(帮您)?处理好", "退款已經(幫您)?處理好", "退给您", "退給您", "退您运费",
                    "(nous avons|nous allons|je vais|j'ai)( vous)? (procédé au |effectué (le|votre) |émis le )?rembours", "(le |votre )?remboursement (a été|est|sera) (bien )?(effectué|émis|traité|envoyé|validé|lancé)",
                    "vous serez remboursée?", "nous vous rembours",
                    "(hemos|vamos a|le vamos a|te vamos a) (realizado el |emitido el |procesado el )?(reembols|devolver(le|te)? el dinero)",
                    "(el |su )?reembolso (ya )?(ha sido|fue|será|está) (emitido|procesado|realizado|enviado|aprobado)", "le reembolsaremos", "te reembolsaremos", "recibirá (el|su) reembolso",
                    "(abbiamo|provvederemo a|procederemo al?) (effettuato il |emesso il )?rimbors", "(il )?rimborso (è stato|sarà|verrà) (effettuato|emesso|elaborato|inviato|disposto)",
                    "la rimborseremo", "riceverà il rimborso",
                    "返金(いたしました|しました|済み|を行いました|手続きを(完了|行いました)|いたします|します)",
                    "(已|已经|已經)(为您|給您|给您|帮您|幫您)?(退款|退還|退还)", "退款已(到账|到賬|发起|發起|处理|處理|完成|退回)", "(会|會|将|將|今天就|马上|立即|立刻)(为您|給您|给您)?(全额|全額)?退款",
                    // the money named and sent back, without the word refund: "you'll have your money back by Friday",
                    // "we've put the difference back on your card", "the money goes straight back to your card"
                    "\\b(money|refund|(price )?difference|balance|full (price|amount)|what you paid|your payment)\\b[^.!?\\n]{0,40}\\b(back (on|to|in|into|by|within|today|tomorrow)|straight back|go(es)? back|will be back|comes back|'ll be back)\\b",
                    "\\b(have|get|receive|see) (your |the )?(money|full (price|amount)|(price )?difference|payment)( \\p{L}+)? back\\b", "\\bput (the )?(\\p{L}+ )?(difference|money|amount) back\\b",
                    "\\b(we|i)('ll| will| can| could| would)? (send|pay|transfer|wire|give) you (back )?the (balance|difference|money|amount)\\b(?! (in|between|of)\\b)",
                    "\\b(send|transfer|put|pay)\\b[^.!?\\n]{0,20}\\b(difference|money|amount|balance)\\b[^.!?\\n]{0,20}\\b(to|on|into) your (card|account|wallet|paypal|bank)\\b",
                    "\\b(see|find) the (credit|refund) on your (statement|card|account)\\b",
                    "\\bconsider (it|this|that|the (order|sale|purchase|item)) (as )?(refunded|replaced|credited|reimbursed)\\b",
                    "\\b(taken care of|sorted( out)?|arranged|handled|settled) (the|your) (refund|money|reimbursement)\\b",
                    "\\b(your |the )?(refund|money|reimbursement) is (all )?(sorted|taken care of|arranged|handled|settled)\\b",
                    "\\bwe('ll| will) accept (it|the (refund|return|claim|dispute)|your (refund|return) request)\\b",
                    "(geld|betrag|differenz\\p{L}*|kaufpreis|summe)\\b[^.!?\\n]{0,50}\\b(zurück|wieder auf (dem|ihrem) konto)\\b",
                    "betrachten sie\\b.{0,40}\\bals (erstattet|ersetzt|gutgeschrieben)", "\\b(schreiben|buchen) wir ihnen\\b.{0,25}\\bgut\\b",
                    "(argent|montant|somme|différence|remboursement)\\b[^.!?\\n]{0,40}(sur votre compte|vous revient|reversons|reverserons|rendons|rendrons)",
                    "(retrouverez|récupérerez|reverserons|reversons|rendrons|rendons)\\b[^.!?\\n]{0,20}(argent|montant|somme|différence)",
                    "\\bconsidérez\\b.{0,30}\\bcomme (remboursée?s?|remplacée?s?)",
                    "(dinero|importe|reembolso|diferencia)\\b[^.!?\\n]{0,40}\\b(te llega|le llega|llegará a (tu|su)|vuelve a (tu|su)|volverá|de vuelta)",
                    "\\bcuent[ae] con (tu|su|el) (reembolso|dinero)", "(hemos devuelto|devolvemos|devolveremos|abonamos|abonaremos|hemos abonado|reintegramos|reintegraremos)\\b[^.!?\\n]{0,30}(dinero|importe|lo que pag|diferencia|pago|precio|íntegro)",
                    "(reembolso|disputa|devolución)\\b[^.!?\\n]{0,40}\\b(la|lo) acept(amos|aremos)\\b",
                    "(soldi|denaro|importo|differenza)\\b[^.!?\\n]{0,40}\\b(tornano|torna|torneranno|tornerà|restituiamo|restituiremo|sul (suo |tuo )?conto)",
                    "\\bconsideral\\p{L}*( pure| già| ormai)? (come )?(rimborsat|sostituit)", "\\brimborso (è|sarà|verrà)\\b.{0,12}(in arrivo|partit|fatto|effettuat|emess|disposto|inviat)",
                    "(代金|差額|お金|ご購入金額|料金|送料)[^。]{0,25}(お戻し|戻り|戻し|返し|ご返金)(いたします|します|ます|いたしました|しました|ておきました|させていただきます)",
                    "(钱|款项|款項|货款|貨款|差价|差價|运费|運費)[^。！]{0,15}(回到|退回|返回|退给|退給|退还|退還|退到|原路|补给|補給|还给|還給|返给|返給)",
                    // the money promised in other words: "the full purchase price comes back", "the refund follows the same day",
                    // "we'll make sure you're not out of pocket", "we've knocked 20% off this order", « on vous rembourse »,
                    // "Le restituiamo l'intero importo", "glieli ridiamo", „das Finanzielle regeln wir“, « le remboursement, on s'en charge »
                    "\\b(purchase price|price|amount|sum|cost)\\b[^.!?\\n]{0,30}\\b(comes back|goes back|will come back|is returned|gets returned)\\b",
                    "\\b(the |your )?(refund|reimbursement|money)\\b (follows|will follow|goes out)\\b",
                    "\\bwe('ll| will)? make sure you('re| are| won't be| will not be)(?= (not )?out of pocket)", "\\b(knock|knocked|take|took|taken) (\\d+ ?%|[$€£]\\s?\\d+|\\d+ ?(€|eur|euros?|dollars?|pounds?)) off (this|your|the) (order|purchase|price|item)\\b",
                    "\\bon vous rembours", "\\b(restituiamo|restituiremo|ridiamo|ridaremo|rendiamo|renderemo|riaccreditiamo|riaccrediteremo|rimborsiamo)\\b[^.!?\\n]{0,30}\\b(soldi|denaro|importo|differenza|tutto|somma|prezzo)",
                    "\\b(glieli|glielo|gliela|ve li|te li|te lo|ve lo) (ridiamo|ridaremo|restituiamo|restituiremo|riaccreditiamo|rimborsiamo)\\b", "\\briaccredit(iamo|eremo|ato)\\b",
                    "(das finanzielle|die erstattung|das geld|den betrag)\\b[^.!?\\n]{0,15}\\b(regeln|klären|erledigen|übernehmen) wir\\b", "\\bwir (regeln|erledigen|klären) (das finanzielle|die erstattung)",
                    "(remboursement|argent)\\b[^.!?\\n]{0,20}\\b(on s'en charge|nous nous en chargeons|on s'en occupe|nous nous en occupons)",
                    "(reembolso|dinero)\\b[^.!?\\n]{0,20}\\bnos (encargamos|ocupamos)\\b", "\\bnos (encargamos|ocupamos) (del|de tu|de su) (reembolso|dinero)",
                    "(rimborso|soldi)\\b[^.!?\\n]{0,15}\\b(ci )?pensiamo noi\\b", "(我们|我們)(这边|這邊)?(会|會|将|將|就|马上|馬上)?(为您|給您|给您)?(全额|全額)(退款|退钱|退錢)")),
            new PromiseFamily("a replacement", "replacement_shipped", any(
                    "\\b(we|i)('ve| have| will|'ll|'re| are)( already)? (send(ing)?|sent|ship(ped|ping)?|dispatch(ed|ing)?|post(ed|ing)?|mail(ed|ing)?)\\b.{0,30}\\b(new|replacement|another|second|fresh)\\b"
                            // a new tracking number, label or link is not a new item
                            + "(?! (tracking|number|link|label|invoice|code|message|photo|e-?mail|address)\\b)",
                    "\\breplacement( item| unit| parcel)? (has been|was|is being|will be|is on its way|is on the way)",
                    "\\b(a |your |the )?(new|replacement) (one|unit|item|product|pair|parcel) (is|will be|has been) (on its way|sent|shipped|dispatched)",
                    "\\bwe('ll| will) (replace|reship|resend)\\b", "\\b(reshipped|resent) (your|the)\\b",
                    "\\b(a |the |your )?(replacement|new one|new \\p{L}+) (ships|goes out|is going out|will go out|leaves|is leaving)\\b",
                    "\\b(ein|eine|einen) (neue[rns]?|ersatz)\\p{L}* .{0,30}(geht|gehen) .{0,20}raus", "(spediamo|inviamo|mandiamo)\\b.{0,30}\\bnuov[oa]",
                    "\\b(a )?replacement went out\\b", "\\b(new set|new one|new unit) (is being packed|will go out|goes out)", "\\byou'll get a new one\\b",
                    "\\bwe('re| are) sending (you )?the (correct|right) one\\b", "\\b(sie )?bekommen ein(en)? neue[ns]?\\b",
                    "(on vous|nous vous) (renvoie|renvoyons|envoie|envoyons) (un|une) (article |exemplaire |produit )?(neuf|nouveau|nouvelle)", "un nouvel exemplaire part",
                    "(hoy mismo|mañana) te enviamos", "te enviamos el correcto", "le arriva un nuovo", "代わりの商品を.{0,6}発送", "新しい商品を.{0,6}(お送り|発送)",
                    "重新发一件", "重新發一件", "(马上|馬上)(给您|給您)?寄新的",
                    "(schicken|senden|versenden|liefern) (wir )?ihnen\\b.{0,30}\\b(neue|neues|neuen|ersatz)",
                    "ersatz(gerät|lieferung|artikel|paket)? (wurde|ist|wird) (bereits )?(versandt|verschickt|unterwegs|losgeschickt)",
                    "(haben|werden) (ihnen )?(einen |ein |eine )?(neue[ns]?|ersatz\\w*) .{0,20}(geschickt|versandt|verschickt|zugeschickt|senden|schicken)",
                    "(nous (vous )?(avons|allons)|je vais|nous vous|je vous) .{0,12}(envoy|expédi|renvoy|réexpédi)\\w*\\b.{0,30}(nouveau|nouvelle|remplacement|autre)",
                    "(produit|article|colis) de remplacement (a été|est|sera) (envoyé|expédié)", "nous (allons )?rempla[cç]\\w+ (votre|le|la)",
                    "(enviamos|enviaremos|hemos enviado|vamos a enviar|mandamos|mandaremos|reenviaremos|reenviamos)\\b.{0,30}\\b(nuevo|nueva|reemplazo|repuesto|otro|otra)",
                    "(el )?(reemplazo|producto de reemplazo) (ha sido|fue|será|está) (enviado|despachado)", "lo reemplazaremos", "lo sustituiremos",
                    "(invieremo|abbiamo inviato|spediremo|abbiamo spedito|mandiamo|manderemo|rispediremo|inviamo)\\b.{0,30}\\b(nuov[oa]|sostituzione|sostitutiv|altr[oa])",
                    "(la )?sostituzione (è stata|sarà|verrà) (inviata|spedita)", "lo sostituiremo",
                    "(交換品|代替品|新しい(商品|もの|品))を?(発送|お送り|送付)(いたしました|しました|いたします|します|済み)", "再送(いたします|しました|いたしました|します)",
                    "(已|已经|已經|会|會|将|將|马上|立即|立刻|今天就)(为您|给您|給您|帮您|幫您)?.{0,4}(补发|補發|重新发货|重新發貨|重发|重發|寄出新的|换新|換新|发新的)",
                    "(新的|换货|換貨|补发的|補發的)(商品|包裹)?已(寄出|发出|發出|发货|發貨)", "(补寄|補寄|重寄)",
                    // a new one described instead of named: "a fresh unit is on the house", "the right one is already packed",
                    // « un appareil neuf vous attend, sans frais », "el correcto va de nuestra parte", 新品を無償でご用意
                    "\\b(fresh|new|replacement|another|spare|second) (unit|one|pair|set|item|bottle|piece|parcel|device)\\b[^.!?\\n]{0,30}\\b(on the house|on us|free of charge|at no (extra )?cost|(is )?(already )?(packed|reserved|ready|set aside|waiting)|goes out|will go out|in the post)",
                    "\\b(brand-new|replacement|another|spare|second) \\p{L}+\\b[^.!?\\n]{0,20}\\b(will be with you|is on its way|no charge|free of charge)\\b",
                    // the same item sent again: "we'll send it again", « on vous renvoie un colis », "te lo reenviamos", "ti rimandiamo il pezzo",
                    // „wir schicken es Ihnen noch einmal“, 给您补一个新的
                    "\\b(we('ll| will)|i('ll| will)) (resend|reship|send|ship|post) (it|them|the (parcel|order|item)) (out )?again\\b",
                    "\\b(on vous|nous vous) (renvoie|renvoyons|renverrons|réexpédions|réexpédierons) (un|une|le|la|votre) (colis|article|produit|pièce|exemplaire|appareil|paire|sachet)\\b",
                    "\\b(te|le|se) (lo|la|los|las) (reenviamos|reenviaremos|volvemos a enviar|volveremos a enviar|mandamos de nuevo)\\b",
                    "\\b(ti|le|vi) (rimandiamo|rispediamo|rimanderemo|rispediremo)\\b", "\\b(schicken|senden) (wir )?(es|sie|ihn) ihnen (noch ?(ein)?mal|erneut|nochmals)\\b",
                    "(补|補)(一个|一個|一件|个|個)?新的",
                    "\\bthe (right|correct|proper) (one|size|colou?r|shade|item|model)\\b[^.!?\\n]{0,30}\\b(packed|on its way|goes out|ships|will ship|is ready|reserved)",
                    "(neue[snrm]?|ersatz)\\p{L}*\\b[^.!?\\n]{0,40}\\b(für sie reserviert|kostet sie (selbstverständlich |natürlich )?nichts)",
                    "(neuf|neuve|nouveau|nouvel|nouvelle|de remplacement)\\b[^.!?\\n]{0,30}(vous attend|sans frais|part chez vous)",
                    "\\b(correct[oa]|nuev[oa]|otr[oa]|reemplazo|repuesto)\\b[^.!?\\n]{0,30}\\b(va de nuestra parte|corre de nuestra cuenta|sin costo|sin coste|sale (hoy|mañana|esta semana|con (el|la) próxim[oa] (envío|recogida)))",
                    "(nuov[oa]|sostitutiv\\p{L}*|altr[oa])\\b[^.!?\\n]{0,40}(messo da parte|messa da parte|a costo zero|gratis|in omaggio|le arriva|ti arriva)",
                    "(新品|新しい(もの|商品|品)|代わりの(品|商品|もの)|交換品|代替品)を?[^。]{0,8}(ご用意|お送り|お届け|発送|手配)(いたします|します|させていただきます|いたしました|しました)",
                    "(正确的|正確的|新的|另一个|另一個)[^。！]{0,25}(寄给您|寄給您|给您寄|給您寄|寄过去|寄過去)",
                    // missing parts sent on: a reshipment of part of the order ("die fehlenden Schrauben … ein Beutel ist unterwegs")
                    "\\b(missing|fehlende\\p{L}*|manquant\\p{L}*|que falta\\p{L}*|mancant\\p{L}*)\\b[^.!\\n]{0,90}(\\b(we('ll| will)?|i('ll| will)?) (send|ship|post)\\b|on (its|their) way|goes out|\\bunterwegs|(schicken|senden) wir|part(ent|ira)? chez vous|(nous|on) vous (envoie|envoyons|renvoyons)|\\b(te|le|se) (la |lo |las |los )?(mandamos|enviamos|mandaremos|enviaremos)|\\b(le|ti) (arriva|arriverà|mandiamo|inviamo|spediamo))",
                    "(不足|足りな|欠品|入っていなかった)[^。]{0,25}(手配|発送|お送り|送付)(いたします|します|いたしました|しました)",
                    "(缺少|缺的|少了|漏发|漏發)[^。]{0,25}(寄|补发|補發)",
                    // a new or the right item on its way in other words: "One's going in the mail to you tomorrow", "the right size will be
                    // sent", "la buena ya va de camino", "il pezzo mancante te lo spediamo", « nous vous envoyons un plaid neuf »,
                    // „… und schicken ihn los“, « la pièce manquante part demain »
                    "\\bthe (right|correct|proper|new|replacement|missing) \\p{L}+\\b[^.!?\\n]{0,20}\\b(will be|is being|'ll be|gets?) (sent|shipped|posted|dispatched|mailed|resent)\\b",
                    "\\b(la|el|las|los) (buen[oa]s?|correct[oa]s?|nuev[oa]s?|otr[oa]s?|de repuesto|que falta\\p{L}*)\\b[^.!?\\n]{0,15}\\b(ya )?(va|van|está|sale|saldrá|irá|llegará) (de camino|en camino|hoy|mañana|esta semana)",
                    "\\b(on vous|nous vous) (renvoie|renvoyons|envoie|envoyons|enverrons|expédions|expédierons|renverrons) (un|une|le|la|les|des) (\\p{L}+ ){0,2}(neuf|neuve|neufs|neuves|nouveau|nouvelle|de remplacement|manquant\\p{L}*)",
                    "(manquant\\p{L}*|de remplacement|neuf|neuve)\\b[^.!?\\n]{0,20}\\b(part|partira|partent|partiront) (demain|aujourd'hui|ce soir|cette semaine|dès|lundi|mardi|mercredi|jeudi|vendredi)",
                    "\\b(schicken|senden) wir (ihnen )?(den|die|das) (fehlenden|neuen|richtigen|korrekten)\\b")),
            // sending something once the order has already gone out is sending it again: "one's going in the mail tomorrow",
            // "te lo spediamo domani", „… und schicken ihn los“ (before the order ships, the same words are about the order itself)
            new PromiseFamily("a reshipment", "replacement_shipped", any(
                    "(?<!\\b(this|that|your|the|which|each|every|no) )\\b(a new |another |a replacement |a spare )?one('s| is)( already)? (going (in|into) the (mail|post)|going out|being (posted|sent|shipped)|in the (mail|post))\\b",
                    "\\b(te|ti|le|gli|ve|vi|glie)\\s?(lo|la|li|le)?\\s?(mandiamo|inviamo|spediamo|rispediamo|manderemo|invieremo|spediremo|rispediremo)\\b(?! (?:a breve |presto |subito |quanto prima |al più presto )?(il link|il codice|l'etichetta|la fattura|le istruzioni|una foto|il numero|la ricevuta|una mail|un'e-?mail|un messaggio|i dettagli|una risposta|un aggiornamento|aggiornamenti|notizie|la conferma))",
                    "\\b(schicken|senden) (ihn|sie|es)( ihnen)?( (heute|morgen|gleich|noch))* (los|raus|ab)\\b", "\\b(geht|gehen) (morgen|heute|gleich) (raus|in die post)\\b",
                    "\\b(we('ll| will)|i('ll| will)) (send|ship|post|mail) (it|them|one) (out )?(today|tomorrow|this (week|afternoon|morning)|first thing|right away)\\b",
                    "\\b(te|se|le) (lo|la|los|las) (mandamos|enviamos|mandaremos|enviaremos) (hoy|mañana|esta semana|enseguida)\\b",
                    "\\b(on vous|nous vous|je vous) l'(envoie|envoyons|enverrons|expédions|expédierons|expédie) (demain|aujourd'hui|cette semaine|dès)"), true),
            new PromiseFamily("a return authorisation", "return_authorized", any(
                    "\\b(here is|attached is|attached you will find|we have (sent|attached|emailed)|we've (sent|attached)|please find attached|we('ll| will)( also)? (send|e-?mail|forward|post) you) (you )?(your |the |a )?(prepaid |free )?return (label|shipping label)",
                    "\\breturn (request )?(has been|is|was) (approved|authori[sz]ed|accepted)", "\\bwe (have )?(approved|authori[sz]ed|accepted) your return",
                    "rücksende(etikett|schein|label) (im anhang|anbei|finden sie|haben wir|senden wir|schicken wir)",
                    "(anbei|hiermit|im anhang)\\b.{0,40}rücksende(etikett|schein|label)", "(schicke|sende) ich ihnen .{0,20}rücksende", "rücksendung (wurde|ist) (genehmigt|akzeptiert|freigegeben)",
                    "étiquette de retour (ci-jointe|en pièce jointe|vous a été envoyée|vous sera envoyée)", "retour (a été|est) (accepté|approuvé|autorisé)",
                    "etiqueta de devolución (adjunta|le hemos enviado|le enviaremos)", "devolución (ha sido|está) (aprobada|autorizada|aceptada)",
                    "etichetta di reso (in allegato|allegata|le abbiamo inviato|le invieremo)", "reso (è stato|è) (approvato|autorizzato|accettato)",
                    "返品(を)?(承認|受付|お受け)(いたしました|しました)", "返品(用)?ラベルを(お送り|添付|送付)",
                    "(已|已经|已經)(同意|批准)(您的)?退货", "退货(申请)?已(通过|批准|同意)", "退貨(申請)?已(通過|批准|同意)",
                    "\\b(send|sending|envoyons|enviaremos|enviamos|inviamo|invieremo)\\b.{0,30}(label|étiquette|etiqueta|etichetta|etikett)",
                    "\\breturn label is on its way\\b", "(rücksendung|devolución|retour|reso) (ist|está|est|è) (bereits )?(genehmigt|autorizada|autorisé|approvato)",
                    "hemos autorizado la devolución", "返品用の.{0,10}(伝票|ラベル)をお送り", "退货已经为您审核通过", "退貨已經為您審核通過", "已经同意了", "已經同意了",
                    // the return waved through or its label on the way, without "approved": "your return is good to go, print the label we sent"
                    "\\b(your |the )?return is (good to go|fine|ok(ay)?|sorted|all set)\\b",
                    "\\blabel\\b[^.!?\\n]{0,25}\\b(we('ve| have)? sent|we('ll| will) send|is on its way|will follow|follows)",
                    "(rücksendung|rückgabe|retoure) (geht in ordnung|ist in ordnung|passt)", "etikett\\p{L}*\\b.{0,40}(bekommen sie|erhalten sie|senden wir|schicken wir)",
                    "étiquette\\b.{0,30}(vous parvien|vous arrive|vous sera envoyée|suit)", "etiqueta\\b.{0,30}(le llega|te llega|le enviamos|te mandamos|le mandamos)",
                    "etichetta\\b.{0,30}(le arriva|ti arriva|le mandiamo|ti mandiamo|le inviamo)", "(伝票|ラベル)を?[^。]{0,10}(お送り|送付|発行)(します|いたします|しました|いたしました)",
                    "(退货|退貨)(没问题|沒問題)", "(寄件代码|寄件代碼|退货地址|退貨地址|退货单|退貨單|退货面单|退貨面單)[^。]{0,10}(传给|傳給|发给|發給|给您|給您)")),
            new PromiseFamily("compensation", null, any(
                    "\\b(we|i)('ll| will| have|'ve| would like to| are happy to| can| want to) (offer|give|send|credit|provide|add) (you )?(a |an )?(\\d+ ?%|partial refund|goodwill|voucher|gift card|coupon|credit|compensation|discount|store credit)",
                    "\\bcompensation\\b", "\\bgoodwill (gesture|payment|credit)\\b", "\\b(credit|add)\\b.{0,15}\\bto your account\\b",
                    "\\bcredit (your|the) account\\b",
                    "kulanz", "entschädigung", "geste commercial", "dédommag", "compensación", "indemnización", "gesto comercial",
                    "risarcimento", "indennizzo", "gesto di cortesia", "ポイントを(付与|進呈)", "お詫びとして", "補償",
                    "\\b(free gift|bonus gift|free set|voucher|coupon|credit|points)\\b.{0,40}\\b(for the trouble|for your trouble|as (an|our) apology|to make up|for the wait|for the inconvenience|to apologi[sz]e)",
                    "\\b(make it right with|as (our|an) apology)\\b", "作为补偿", "作為補償", "nous créditons", "ti accreditiamo", "te regalamos \\d+ puntos",
                    // apologies alone are not compensation: only with something given
                    REWARD + ".{0,60}" + APOLOGY, APOLOGY + ".{0,60}" + REWARD, "お詫びの(品|しるし|クーポン)", "补偿", "補償", "赔偿", "賠償",
                    // a later order, the postage or the return paid by the shop: "your next order is on us", "los gastos de envío corren
                    // de nuestra cuenta", « votre prochaine commande est pour nous », 次回のご注文分は当店が負担, 运费由我们承担
                    "\\b(next (\\p{L}+ )?order|postage|shipping|return (postage|shipping)|delivery)\\b[^.!?\\n]{0,20}\\b(is|are|'s)( all)? (on us|on the house)\\b",
                    "\\bcorren? (de|por) nuestra cuenta\\b", "prochaine commande\\b.{0,20}(est pour nous|offerte|gratuite|à nos frais)",
                    "prossimo ordine\\b.{0,20}(lo offriamo|è offerto|gratis|a nostro carico)", "\\blo offriamo noi\\b", "\\ba nostro carico\\b",
                    "(nächste\\p{L}* (bestellung|lieferung)|versandkosten|rückversand)\\b.{0,30}(geht auf uns|übernehmen wir|ist gratis)",
                    "(当店|弊社|弊店|こちら)(が|で)負担", "(运费|運費|费用|費用|邮费|郵費)[^。]{0,8}(由|算)(我们|我們)", "(由|算)(我们|我們)(来|來)?(承担|承擔)",
                    // a cost borne by the shop, either way round: "the return postage is on us", "we'll cover the return shipping",
                    // „die Kosten für den Rückversand übernehmen natürlich wir“, « les frais de retour sont à notre charge », 退货的运费我们来出
                    COSTS + "[^.!?\\n。！？]{0,40}" + BORNE, BORNE + "[^.!?\\n。！？]{0,20}" + COSTS,
                    "\\bwe('ll| will)( gladly| happily)? (cover|reimburse|refund|pay for) (it|that|them|the (cost|charge|fee)s?)\\b",
                    // something slipped into the parcel to make up for it: „legen wir Ihrer nächsten Lieferung … bei“, "we'll throw in a spare"
                    "\\b(legen wir|wir legen)\\b(?![^.!?\\n]{0,40}\\b(rechnung|lieferschein|retourenschein|rücksendeschein|anleitung)\\b)[^.!?\\n]{0,60}\\bbei\\b",
                    "\\bwe('ll| will) (include|add|throw in|pop in|slip in|tuck in)\\b(?! (the|your|an?) (invoice|receipt|manual|label|return label|instructions|packing slip|note|message|comment|gift message|tracking))[^.!?\\n]{0,40}\\b(your|the) (next )?(parcel|order|package|box|shipment)\\b",
                    "\\b(nous )?(glisserons|glissons|ajouterons|ajoutons)\\b[^.!?\\n]{0,30}\\b(dans|à) votre (prochain )?colis\\b", "(te|le) (incluimos|incluiremos|metemos|meteremos|añadimos|añadiremos)\\b[^.!?\\n]{0,40}(pedido|paquete|caja)",
                    "(le|ti) (aggiungiamo|aggiungeremo|mettiamo|metteremo)\\b[^.!?\\n]{0,40}(pacco|ordine)", "同梱(いたします|します|させていただきます)", "(给您|給您)(多)?(放|塞|加)(一|个|個|点|點)")),
            // the remedy verb in the future or future passive, which commits whatever the sentence around it says:
            // « nous vous rembourserons », « vous sera remboursé », "le reembolsaremos", "le rimborseremo", "will be refunded",
            // „wird Ihnen erstattet“, 全額返金となります, 我们将为您办理部分退款
            new PromiseFamily("a refund", "refund_issued", any(
                    "\\b(rembourser(ai|ons|a)|remboursera|procéderons au remboursement|reembolsar(é|emos|á)|devolver(é|emos|á) (el|su|tu) (dinero|importe)|rimborser(ò|emo|à))\\b",
                    "\\b(vous )?(sera|seront) (intégralement |entièrement )?(rembours\\p{L}*|recrédit\\p{L}*)", "\\b(será|serán) (reembolsad\\p{L}*|devuelt[oa]s?)\\b",
                    "\\b(sarà|saranno|verrà|verranno) (interamente |completamente )?(rimborsat\\p{L}*|riaccreditat\\p{L}*)", "\\b(wird|werden) (ihnen )?(\\p{L}+ ){0,3}(zurück)?erstattet\\b",
                    "\\b(will|shall) be (fully |partially )?(refunded|reimbursed|credited back|paid back|returned to (you|your (card|account|wallet)))\\b",
                    "\\b(te|le|os) vamos a (devolver|reembolsar|abonar)\\b", "\\b(le|ti|vi) rimborso\\b", "\\b(provvederemo|procederemo) (a|al|all')\\s?rimbors",
                    "\\b(le|te) (hacemos|haremos|hago) (la |una )?transferencia\\b", "\\b(we('ll| will)|i('ll| will)) (transfer|wire|send) you (the money|the amount|the difference|\\p{Sc})",
                    "\\bsort (the |your )?money out\\b", "\\bknock (a little|a bit|something|some|\\d+ ?%|[$€£]\\s?\\d+) off\\b", "\\b(we('ll| will)|i('ll| will)) agree to (a |the )?(\\d+ ?%|partial refund|full refund|refund)",
                    "返金(と|に)なります", "返金処理(いたします|します|を行います|させていただきます)",
                    "(会|會|将|將|马上|馬上|立即|今天)[^。，！]{0,8}(办理|辦理)?(部分|全额|全額)?退款", "把(退款|钱|錢|款)[^。，]{0,4}(转|轉|打|退)(给|給)(您|你)")),
            new PromiseFamily("a replacement", "replacement_shipped", any(
                    "\\b(remplacer(ons|ai|a)|renverr(ons|ai)|réexpédier(ons|ai)|reemplazar(é|emos)|sustituir(é|emos)|reenviar(é|emos)|sostituir(ò|emo)|rispedir(ò|emo))\\b",
                    "\\b(we('ll| will)|i('ll| will))( now| also| gladly| happily)? (pop|put|send|get|have)\\b[^.!?\\n]{0,15}\\b(replacement|new one|fresh one|spare)\\b(?! (request|option|process|policy))",
                    "\\b(a |the )?(complete|new|fresh|replacement|full) (set|kit|pack|one)\\b[^.!?\\n]{0,10}\\b(is|are) (already )?on (its|their|the) way\\b",
                    "\\b(schicken|senden) (wir )?(dir|ihnen)\\b[^.!?\\n]{0,50}\\b(nochmal|noch einmal|erneut) zu\\b",
                    "\\bsend you (\\p{L}+ )?(more|another|an extra|a spare)\\b(?! (photo|picture|message|e-?mail|update|link|detail))",
                    "\\b(a |your |the )?(fresh|new|replacement) (one|unit|item|pair|set)\\b[^.!?\\n]{0,15}\\b(will be with you|'ll be with you|is heading your way|is coming your way|will be on its way)",
                    "\\b(we('ll| will)|i('ll| will)) send (you )?the \\p{L}+ (out )?(to you )?(in a separate (parcel|package)|separately|at no (extra )?charge|free of charge)",
                    "(別の|新しい|代わりの)(もの|商品|品|部品)?を?[^。]{0,8}(無料で|無償で)?(お送り|発送|送付)(いたします|します|させていただきます)",
                    "(再|重新)(给您|給您|为您|為您)?(寄|发|發)(一个|一個|一件|一份|个|個)")),
            new PromiseFamily("compensation", null, any(
                    "\\b(compenser(ons|ai)|dédommager(ons|ai)|compensar(é|emos)|(le|te|les) compensamos|compenser(ò|emo)|risarcir(ò|emo)|entschädigen wir)\\b",
                    "\\b(nous vous|on vous|je vous) offr(ons|irons|e|irai)\\b", "\\b(le|te|les) (regalamos|regalaremos|ofrecemos|ofreceremos)\\b(?! (la posibilidad|ayuda))",
                    "\\b(le|ti|vi) (offriamo|offriremo|regaliamo|regaleremo)\\b(?! (la possibilità|assistenza|aiuto))", "\\bwir schenken ihnen\\b",
                    "\\b(schreiben|buchen) wir\\b[^.!?\\n]{0,40}\\bgut\\b", "\\b\\d+ (treue|bonus)?punkte\\b[^.!?\\n]{0,30}\\bgut",
                    "\\b(we('ll| will| have|'ve)|i('ll| will)) (add(ed)?|credit(ed)?|give|gave|put) (you )?\\d+ (loyalty |reward |bonus )?points\\b")));

    /** Thanks for a review already given, or telling the buyer there is nothing to change: no request. */
    static final Pattern NOT_A_REVIEW_REQUEST = any(
            "\\b(thank you|thanks) (so much )?for (your|the)\\b", "\\b(don'?t|do not|no need to|not) (have to|need to|feel obliged)", "\\bno obligation\\b",
            "\\b(danke|vielen dank) für\\b", "\\b(nicht|keineswegs) (ändern|anpassen|entfernen)", "\\bselbstverständlich nicht\\b",
            "\\bmerci (beaucoup )?pour\\b", "\\b(pas|aucune) (besoin|obligation)\\b", "\\bgracias por\\b", "\\bno (tiene|tienes) que\\b",
            "\\bgrazie (mille )?per\\b", "\\bnon (deve|devi|è necessario)\\b", "(ありがとうございます|ありがとうございました|必要はございません|必要はありません)",
            "(谢谢|謝謝|感谢|感謝)(您|你)?的", "(不必|不用|无需|無需)(修改|更改|删除|刪除)", "完全不必",
            // an invitation that does not depend on the experience being good: "whatever your experience", "good or bad"
            "\\b(whatever|good or bad|positive or negative|egal wie|quelle qu'elle soit|bonne ou mauvaise|sea cual sea|buena o mala|qualunque|positiva o negativa)\\b",
            "\\b(positive ou non|positif ou négatif|positiv oder negativ|gut oder schlecht|positiva o no|positivo o negativo|buona o cattiva)\\b",
            "(良い点も悪い点も|良くも悪くも|无论好评还是差评|無論好評還是差評|好评差评|好評差評)",
            // stars that rate something else: "5-star hotels", "a one-to-five star rating from the guide's authors"
            "\\b(hotels?|restaurants?|hôtels?|hoteles|alberghi|films?|movies?|the authors|the guide)\\b");

    /** A negation inside a "since you didn't find it" clause does not negate what follows it. */
    private static final Pattern CAUSAL_NEGATION = any(
            "\\b(since|because|as|weil|da|puisque|parce que|comme|ya que|porque|como|visto che|poiché|perché|siccome)\\b[^.!?。,;:，；：]{0,25}\\b(not|no|nicht|kein|pas|ne|non|n')\\b");
    /**
     * A promise that waits on someone's decision is not a promise: "if the return is approved, Amazon shows the label",
     * « si le retour est accepté », "falls die Rücksendung genehmigt wird", 承認された場合. A promise tied to an event is one.
     */
    private static final Pattern DECIDED_ELSEWHERE = any(
            "\\b(if|once|when|whether|falls|wenn|sobald|si|se|une fois|dès que|una vez|en cuanto|non appena|qualora)\\b[^.!?。]{0,80}$",
            "(もし|如果|若|一旦)[^。]{0,20}$",
            // the decision as a Japanese or Chinese condition: 承認されましたら、… / 退货申请通过后，…
            "(承認|許可)[^。]{0,8}(たら|れば|次第|場合)[^。]{0,30}$", "(通过|通過|批准|同意)(后|後|之后|之後)[^。]{0,30}$");
    private static final Pattern DECISION_WORD = any(
            "^[^.!?。]{0,40}?\\b(approv|accept|authori[sz]|confirm|valid|eligible|possible|granted|genehmig|freigegeben|akzeptiert|bestätigt|möglich|accepté|approuv|autorisé|aprob|aprueb|acept|autoriz|posible|approvat|accettat|autorizzat|possibile)",
            "^[^。]{0,20}?(承認|許可|批准|通过|通過|同意)");
    /** "we will check whether a refund is possible", « nous vérifions si », "prüfen, ob", かどうか, 是否, 能不能: what will be checked. */
    private static final Pattern WHETHER = any(
            "\\b(whether|ob)\\b", "\\b(check|see|verify|look into|find out|prüfen|klären|vérifi\\p{L}*|regard\\p{L}*|revis\\p{L}*|comprob\\p{L}*|verific\\p{L}*|valut\\p{L}*|controll\\p{L}*)\\b[^.!?]{0,40}\\b(if|si|se)\\b",
            "(かどうか|可否|是否|能不能|能否|可不可以)");
    /** The same decision named after the promise: "the refund follows once Amazon approves the return". */
    private static final Pattern DECIDED_AFTER = any(
            "^[^.!?。]{0,60}?\\b(if|once|when|as soon as|falls|wenn|sobald|si|se|une fois|dès que|una vez|en cuanto|non appena|qualora)\\b[^.!?。]{0,40}"
                    + "(approv|accept|authori[sz]|confirm|valid|genehmigt|freigegeben|akzeptiert|bestätigt|accepté|approuvé|autorisé|aprobad|aceptad|autorizad|approvat|accettat|autorizzat)");
    /** What the buyer can do is not the seller's promise: "you can get your money back through the A-to-z Guarantee". */
    private static final Pattern BUYER_CAN = any("\\byou (can|could|may)( also)?( still)?\\s*$", "\\b(können|könnten) sie( auch)?\\s*$",
            "\\bvous (pouvez|pourrez|pourriez)\\s*$", "\\b(puede|puedes|podrá|podrás)\\s*$", "\\b(può|puoi|potrà|potrai)\\s*$");
    /** A negation inside a promise's own words: "you will not get your money back". */
    private static final Pattern NEGATION_INSIDE = any("\\b(not|nicht|kein\\p{L}*|pas|no|non|never|nie|jamais|nunca|mai)\\b|n't\\b", "ません");
    /** "no problem" negates nothing: „kein Problem“, « pas de souci », "no es problema", "non sono un problema". */
    private static final Pattern NO_PROBLEM = any("\\b(no|kein|keine|pas de|no es|non (è|sono) un|nessun) (problem\\p{L}*|souci|soucis|worries|sorge|sorgen)\\b",
            // nor do the reassurances: "don't worry", « ne vous inquiétez pas », "no se preocupe", "non si preoccupi", ご心配なく, 别担心
            "\\b(don'?t|do not) worry\\b", "\\bne (vous|t')\\s?inquiét\\p{L}* pas\\b", "\\bno (se|te) preocup\\p{L}*", "\\bnon (si|ti) preoccup\\p{L}*",
            "ご心配(なく|には及びません)", "(别|別|不用)担心|(别|別|不用)擔心");

    private static final Pattern NEGATION_BEFORE = any(
            "\\b(not|no|cannot|can't|unable|won't|hasn't|haven't|isn't|wasn't|weren't|didn't|doesn't|don't|nicht|kein|keine|pas|ne|no|non|nessun)\\b[^.!?。,;:，；：]{0,25}$", "(ません|できず|できない|不|没|沒|无法|無法|暂不)[^。，、]{0,10}$");
    private static final Pattern CONDITION_BEFORE = any(
            "\\b(if|once|as soon as|after|when|whether|wenn|sobald|nachdem|ob|falls|si|une fois|dès que|cuando|una vez|en cuanto|se|quando|non appena|appena)\\b[^.!?。]{0,60}$",
            "(次第|後に|たら|れば|一旦|如果|确认后|確認後|收到后|收到後|核实后|核實後)[^。]{0,25}$");

    /** Promises of a refund, replacement, return or compensation that the facts do not back. */
    static List<Claim> promises(String text, OrderFacts facts) {
        List<Claim> claims = new ArrayList<>();
        for (PromiseFamily family : PROMISES) {
            if (family.requiredFact() != null && facts.confirmed(family.requiredFact())) {
                continue;
            }
            if (family.afterShipping() && !facts.confirmed("shipped") && !facts.confirmed("delivered") && facts.text("shipped_at") == null) {
                continue;
            }
            Matcher m = family.pattern().matcher(text);
            while (m.find()) {
                // "once the parcel is back we will refund you" still promises the refund: a negation, a decision still to be
                // taken by someone ("if the return is approved") or a "whether" (what will be checked) clears it
                String before = sentenceBefore(text, m.start());
                if (NEGATION_BEFORE.matcher(NO_PROBLEM.matcher(before).replaceAll(" ")).find() && !CAUSAL_NEGATION.matcher(before).find()) {
                    continue;
                }
                if (BUYER_CAN.matcher(before).find()) {
                    continue;
                }
                if (DECIDED_ELSEWHERE.matcher(before).find() && DECISION_WORD.matcher(text.substring(lastCondition(before) + m.start() - before.length())).find()) {
                    continue;
                }
                if (WHETHER.matcher(sentenceAround(text, m.start(), m.end())).find() || NEGATION_INSIDE.matcher(NO_PROBLEM.matcher(m.group()).replaceAll(" ")).find()
                        || DECIDED_AFTER.matcher(text.substring(m.end())).find()) {
                    continue;
                }
                claims.add(new Claim(m.start(), m.end(), family.requiredFact() == null
                        ? "promises compensation, which no order data confirms: offer it only once the seller has decided it"
                        : "promises " + family.name() + " that the order data does not confirm (" + family.requiredFact()
                                + "): say what will be checked instead, or confirm it first"));
            }
        }
        return claims;
    }

    /** The sentence around [start, end), ended by . ! ? and their full-width forms or a line break (not by a semicolon). */
    private static String sentenceAt(String text, int start, int end) {
        return between(text, start, end, ".!?。！？\n");
    }

    /** The text around [start, end) up to the nearest of {@code stops} on either side. */
    private static String between(String text, int start, int end, String stops) {
        int from = start;
        while (from > 0 && stops.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && stops.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Where, in {@code before}, the last condition word starts. */
    private static int lastCondition(String before) {
        Matcher m = DECIDED_ELSEWHERE.matcher(before);
        return m.find() ? m.start() : before.length();
    }

    /** The sentence (or clause after a semicolon) around [start, end). */
    static String sentenceAround(String text, int start, int end) {
        return between(text, start, end, ".!?;。！？；\n");
    }

    private static String sentenceBefore(String text, int at) {
        int from = Math.max(0, at - 80);
        String window = text.substring(from, at);
        int end = Math.max(Math.max(window.lastIndexOf(". "), window.lastIndexOf('。')), Math.max(window.lastIndexOf("! "), window.lastIndexOf('\n')));
        return end >= 0 ? window.substring(end + 1) : window;
    }

    // ---------------------------------------------------------------- order facts

    private static final Pattern SHIPPED_CLAIM = any(
            "\\b(has|have|was|were) (already |now )?(been )?(shipped|dispatched|sent out|posted|handed (over )?to)\\b",
            "\\bis (now )?(on its way|in transit|out for delivery)\\b", "\\bwe (have |'ve )?(shipped|dispatched|sent) (your|the) (order|parcel|package|item)",
            "\\bleft our warehouse\\b", "\\b(order|parcel|package|item|shipment)s? (was |were |has |have )?(just |already )?(shipped|dispatched)\\b",
            "\\bwe (just |already )?(shipped|dispatched)\\b", "\\bshipped (yesterday|today|this morning|this afternoon|last night)\\b",
            "\\bit (has )?(shipped|left our)\\b", "(ist|ging) (heute|gestern|bereits) (raus|rausgegangen)", "\\bsalió (ayer|hoy|esta mañana)\\b",
            "\\best parti (hier|ce matin|aujourd'hui)\\b", "\\b(è|sono) (già )?partit[oa]\\b", "本日発送", "(已经|今天|昨天)(寄出|发出|發出)",
            "(wurde|ist|wurden|sind) (bereits |heute |gestern |am [^ ]+ )?(versandt|verschickt|versendet|unterwegs|an [^ ]+ übergeben)",
            "haben (ihre|die) (bestellung|sendung|ware|paket) .{0,20}(versandt|verschickt)",
            "(a été|ont été|est|sont) (bien |déjà )?(expédiée?s?|envoyée?s?|remise? au transporteur)", "est en (cours de )?(livraison|acheminement)",
            "nous avons (bien )?expédié",
            "(ha sido|fue|han sido|fueron) (enviad[oa]s?|despachad[oa]s?)", "(está|va) en camino", "está en tránsito", "hemos enviado su (pedido|paquete)",
            "(è stato|è stata|sono stati|sono state) (già )?(spedit[oa]|inviat[oa]|affidat[oa] al corriere)", "è in viaggio", "è in transito", "abbiamo (già )?spedito",
            "発送(いたしました|しました|済み|されました|されております)", "出荷(いたしました|しました|済み)",
            "(已|已经|已經)(发货|發貨|寄出|发出|發出|出库|出庫)", "(正在|在)(运输|運輸|配送)(途中|中)", "包裹已(发出|寄出|發出)",
            // gone from the warehouse or into the carrier's hands, without "shipped": "your parcel left our warehouse on Monday",
            // "it's in Royal Mail's hands", "hat unser Lager verlassen", « a quitté notre entrepôt », "salió de nuestro almacén",
            // "ha lasciato il nostro magazzino", 倉庫を出ております, 已经从我们仓库出去了
            "\\b(left|has left|departed( from)?) (our|the) (warehouse|depot|facility)\\b", "\\bin (the )?(courier|carrier|driver|" + CARRIER_NAMES + ")('s|’s) hands\\b", "\\b(went|has gone|was handed|were handed|has been handed)( over)? to the (courier|carrier|driver)\\b",
            "\\b(is|it's) on the (van|truck|lorry)\\b", "\\b(scanned|collected|picked up)\\b[^.!?\\n]{0,30}\\b(hub|depot|sorting|facility|warehouse|centre|center)\\b",
            "\\bpicked up by (the )?(courier|carrier|driver|" + CARRIER_NAMES + ")\\b", "\\b(is|it's) (now )?(sitting )?at the (local )?(depot|sorting (centre|center)|hub)\\b", "\\bwith the (rider|driver|courier) for delivery\\b",
            "(lager|warenlager|versandlager)\\b.{0,25}\\bverlassen\\b", "\\b(liegt|ist) (schon |bereits )?bei (der post|" + CARRIER_NAMES + ")\\b",
            "a quitté (notre|l') ?(entrepôt|dépôt)", "\\best entre les mains de\\b",
            "(salió|ha salido) de (nuestro|el) (almacén|depósito)", "\\bya lo tiene (el transportista|la mensajería|" + CARRIER_NAMES + ")\\b",
            "\\b(pedido|paquete|envío)\\b.{0,10}\\bya está en \\p{L}+", "ha lasciato il (nostro )?magazzino", "ce l'ha (già )?(il corriere|" + CARRIER_NAMES + ")\\b",
            "\\b(ordine|pacco|spedizione)\\b.{0,10}\\bè già in \\p{L}+",
            "倉庫を出て", "(に|へ)お渡し(して|いた)(おります|しました)", "(すでに|既に)[^。]{0,10}(日本に)?到着",
            "(仓库|倉庫)(出去|发出|發出|出来)", "(包裹|订单|訂單|货|貨|商品)[^。，]{0,4}(已经|已經|已)(交给|交給|到了)");
    private static final Pattern DELIVERED_CLAIM = any(
            "\\b(was|has been|were|is) (successfully )?delivered\\b", "\\b(wurde|ist)\\b(?:(?!\\bwird\\b).){0,90}\\bzugestellt\\b", "(a été|est) (bien )?livrée?\\b(?! avec)",
            "(ha sido|fue) entregad[oa]", "\\bse entregó\\b", "(è stato|è stata)\\b.{0,40}\\bconsegnat[oa]\\b(?! al corriere)", "(è stato|è stata) consegnat[oa](?! al corriere)", "配達(完了|済み|されました)", "お届け(済み|しました)",
            "已(签收|簽收|送达|送達|妥投)", "已(经|經)?于?[^。，,]{0,12}(送达|送達|签收|簽收|妥投)",
            // left at the door or with a neighbour, signed for: "the driver dropped it at your door", "hat … beim Nachbarn abgegeben",
            // « déposé chez votre voisin », "dejó el paquete en la portería", "lasciato il pacco al Suo vicino", 放在您家门口, 玄関先でお受け取り
            "\\b(dropped|left|put|placed|delivered)( (it|them|the (parcel|package)|your (parcel|package|order)))?\\b.{0,25}\\b(at|on|with|in) (your|the) (door|doorstep|neighbou?r|porch|mailbox|letterbox|reception|locker|front door|safe place|parcel box)",
            "\\b(was|were|been) signed for\\b", "\\b(it|parcel|package|order|shipment) reached (you|your (address|door|home))\\b",
            "\\bbei (ihrem|ihren|einem) nachbarn\\b.{0,20}\\b(abgegeben|abgelegt|hinterlegt|zugestellt)",
            "(déposé|laissé|remis)\\b.{0,30}(chez (votre|un) voisin|devant votre porte|dans votre boîte|à votre porte)",
            "(dejó|dejaron|ha dejado|entregó)\\b.{0,30}(portería|conserjería|puerta|vecin[oa]s?|buzón)",
            "(glissé|déposé|laissé|mis)\\b.{0,30}(boîte aux lettres|boîte à lettres|point relais|consigne)",
            "\\b(liegt|lag|ist)\\b (schon |bereits |jetzt )?(in der packstation|in der filiale|im paketshop|im paketkasten|in ihrem briefkasten|im briefkasten)",
            "(lasciato|consegnato)\\b.{0,30}\\b(vicino|portineria|portiere|porta|cassetta)",
            // the carrier's record of the delivery: "laut DHL … in Ihrer Packstation hinterlegt", "SEUR confirma que entregó", "marca … como entregado"
            "\\b(in|an) (ihrer|ihre|der|die) (packstation|filiale|paketbox|postfiliale)\\b[^.!?\\n]{0,20}\\b(hinterlegt|abgelegt|zugestellt|eingelegt)",
            "\\b(hinterlegt|abgelegt) (in|an) (ihrer|der) (packstation|filiale|paketbox)", "\\b(confirma|indica|dice) que (lo |la )?entreg(ó|aron|ado)\\b",
            "\\b(marca|aparece|figura|consta)\\b[^.!?\\n]{0,30}\\b(como )?entregad[oa]\\b", "\\b(shows|marks|lists)\\b[^.!?\\n]{0,30}\\bas delivered\\b",
            "\\b(indique|affiche|montre)\\b[^.!?\\n]{0,30}\\b(comme )?livrée?\\b", "\\b(risulta|indica|segna)\\b[^.!?\\n]{0,30}\\bconsegnat[oa]\\b",
            "(放在|放到|交给|交給)[^。，]{0,6}(门口|門口|邻居|鄰居|快递柜|快遞櫃|驿站|驛站|门卫|門衛)",
            "(玄関|宅配ボックス|ご近所|お隣)[^。]{0,10}(お受け取り|お届け済|配達済|置き)");
    private static final Pattern TRACKING_CONTEXT = any(
            "(track|seguir|seguimiento|suivre|verfolg|traccia|rastre)[^\\n]{0,40}(número|number|nummer|numéro|numero|n°)[^\\n]{0,6}$",
            "(tracking|track(ing)? (number|no\\.?|id|code)|sendungs(nummer|verfolgung)|paketnummer|numéro de suivi|suivi|número de seguimiento|seguimiento|"
                    + "numero di (tracking|spedizione|tracciamento)|tracciamento|追跡番号|伝票番号|お問い合わせ番号|运单号|運單號|快递单号|快遞單號|物流单号|(?<![订訂])单号|(?<![订訂])單號)[^\\n]{0,12}$",
            // the number named a little further back: "el número de seguimiento de su pedido es …"
            "(número de seguimiento|numéro de suivi|tracking number|sendungsnummer|numero di tracking|追跡番号|运单号|運單號)[^\\n\\d.!?]{0,28}$");
    private static final Pattern AMAZON_ORDER = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{6,32}[A-Z0-9]");
    private static final List<String> CARRIERS = List.of("DHL", "UPS", "FedEx", "USPS", "Royal Mail", "Evri", "Hermes", "DPD", "GLS", "Colissimo",
            "Chronopost", "Mondial Relay", "Correos", "SEUR", "MRW", "BRT", "Poste Italiane", "SDA", "Yamato", "ヤマト", "佐川", "日本郵便",
            "顺丰", "順豐", "中通", "圆通", "申通", "韵达", "京东物流", "极兔", "J&T", "Ninja Van", "クロネコ", "ゆうパック", "嘉里",
            "新竹物流", "宅配通", "中華郵政", "中国邮政", "德邦", "EMS", "西濃", "福山通運", "Correos Express", "Colis Privé", "Australia Post", "Canada Post", "La Poste", "bpost", "PostNL",
            "YunExpress", "Cainiao", "菜鸟", "4PX", "Amazon Logistics", "OnTrac", "Parcelforce", "InPost", "Yodel", "Kerry", "黑猫", "黑貓",
            "Flash Express", "Lazada Express", "SPX", "Shopee Xpress", "Best Express", "Kerry Express", "Pos Malaysia", "Singpost", "LBC",
            "Thailand Post", "Aramex", "Asendia", "Sagawa", "Japan Post", "Deutsche Post", "Nacex", "TNT", "Bartolini");
    /** Each carrier's name as a whole word (Latin letters only count as word characters: "ヤマト運輸" and "via DHL" both match). */
    private static final List<Pattern> CARRIER_PATTERNS = CARRIERS.stream()
            .map(name -> Pattern.compile((name.matches("[A-Za-z].*") ? "(?<![A-Za-z-])" : "") + Pattern.quote(name)
                    + (name.matches(".*[A-Za-z]") ? "(?![A-Za-z-])" : ""), name.matches("[A-Z&]{2,5}") ? 0 : FLAGS)) // "UPS", not "close-ups"
            .toList();
    /** Any carrier at all: most drafts name none, and one scan then spares the sixty. */
    private static final Pattern ANY_CARRIER = Pattern.compile(CARRIER_PATTERNS.stream().map(p -> (p.flags() == 0 ? "(?-i:" : "(?:") + p.pattern() + ")")
            .collect(java.util.stream.Collectors.joining("|")), FLAGS);
    private static final Pattern DATE = any(
            "(?<!\\d)(20\\d\\d)[-/年](\\d{1,2})[-/月](\\d{1,2})日?(?!\\d)", "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(20\\d\\d|\\d\\d)?(?!\\d)",
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})(/(20\\d\\d|\\d\\d))?(?![\\d/])",
            "(?<![\\d年])(\\d{1,2})月(\\d{1,2})日",
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(jan\\w*|feb\\w*|fév\\w*|mär\\w*|mar\\w*|apr\\w*|avr\\w*|abr\\w*|may\\w*|mai\\w*|mayo|maggio|jun\\w*|juin|giu\\w*|jul\\w*|juil\\w*|lug\\w*|aug\\w*|août|ago\\w*|sep\\w*|set\\w*|oct\\w*|okt\\w*|ott\\w*|nov\\w*|dec\\w*|dez\\w*|déc\\w*|dic\\w*|gen\\w*|ene\\w*|janv\\w*)\\b",
            "\\b(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** Words that make a nearby date a delivery date, and words that make it a shipping date. */
    /** "Nothing has shipped yet": no parcel is the subject. */
    private static final Pattern NOTHING_YET = any("\\bnothing\\b[^.!?]{0,10}$", "\\b(noch )?nichts\\b[^.!?]{0,10}$", "\\brien\\b[^.!?]{0,10}$", "\\bnada\\b[^.!?]{0,10}$",
            "\\bniente\\b[^.!?]{0,10}$");
    /** The refund or the money is what "has gone out" or "è partito": not the parcel. */
    private static final Pattern MONEY_SUBJECT = any(
            "\\b(refund|money|payment|rimborso|soldi|denaro|remboursement|argent|virement|erstattung|rückerstattung|geld|gutschrift|reembolso|dinero|importe)\\b[^.!?]{0,40}$",
            "(返金|退款|款项|款項)[^。]{0,10}$");
    /**
     * A carrier named for the return (the label the platform gives, the drop-off point) or as the order's earlier carrier
     * in the same breath: not a claim about how the order ships.
     */
    private static final Pattern RETURN_CONTEXT = any(
            "\\breturn(s)? (label|parcel|shipment|drop|process)|\\bdrop(-| )?off\\b|\\bparcel ?shop\\b|\\bpost office\\b|\\bsend (it|the \\p{L}+) back\\b",
            "rücksende\\p{L}*|retoure\\p{L}*|rücksendung|paketshop|abgeben|filiale", "étiquette (de retour|retour)|point relais|bureau de poste|renvoyer",
            "etiqueta de devoluci[oó]n|devoluci[oó]n|oficina de correos", "etichetta di reso|\\breso\\b|ufficio postale",
            "返品|返送|郵便局", "退货|退貨|退件|网点|網點");
    /** A deadline, not an order fact: « date limite pour une livraison avant le 24 décembre », "cut-off", "return window". */
    private static final Pattern DEADLINE = any("\\b(date limite|deadline|cut-?off|last day|stichtag|letzte[rn]? tag|fecha l[ií]mite|[uú]ltimo d[ií]a|termine ultimo|ultimo giorno)\\b",
            "\\b(return window|rückgabefrist|délai de retour|plazo de devoluci[oó]n|periodo di reso)\\b", "(締め切り|期限)", "(截止|最晚|期限)");
    /** A condition on the parcel not arriving, up to the date: "if it hasn't arrived by", « si le colis n'arrive pas d'ici le ». */
    private static final Pattern NOT_ARRIVED_BY = any(
            "\\b(if|unless|si|wenn|falls|sollte|se|qualora|sauf si|a menos que|a meno che)\\b[^.!?]{0,50}(\\b(not|pas|nicht|noch nicht|no|non|never)\\b|n't\\b|\\bn')[^.!?]{0,40}$",
            "(もし|万一|如果|若)[^。]{0,30}(届かない|届いていない|未到|没到|沒到|还没收到|還沒收到)[^。]{0,15}$");
    private static final Pattern DELIVERY_WORDS = any(
            "deliver|arriv|reach|expected|due|estimated|eta\\b|remis|remettr|voraussichtlich|erwartet|prévu|previst|estimad|zustell|zugestellt|liefer|ankunft|ankommen|livr|entreg|lleg|consegn|お届け|到着|配達|送达|送達|到达|到達|签收|簽收|预计|預計|預定|送到|到货|到貨|届く|届き|bei ihnen sein|chez vous|a casa (sua|tua)|en (su|tu) casa|with you|at your door|お手元|手元|到您手");
    private static final Pattern SHIP_WORDS = any(
            "ship|dispatch|post|sent|send|left|versand|versend|verschickt|übergeben|verlassen|expédi|envoy|quitt|envi|despach|sali|sped|inviat|lasciat|partit|倉庫を出|出て|仓库|倉庫|离开|離開|発送|出荷|发货|發貨|发出|發出|寄出|出库|出庫|交由|交给|交給|配送");
    /** Where one clause about the parcel ends and the next begins: "… verlassen und soll …", "… salió … y llegará …". */
    private static final Pattern CLAUSE_END = Pattern.compile("[.。!?！？\\n，,;；、]| (?:and|und|et|y|e|then|dann|puis|luego|poi) ");
    private static final Pattern CLAUSE_JOIN = Pattern.compile(" (?:and|und|et|y|e|then|dann|puis|luego|poi) |、");
    private static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?";
    private static final Pattern AMOUNT = Pattern.compile("([€$£¥]|\\b(?:sgd|myr|rm|php|thb|usd|eur|gbp|s\\$|hk\\$|nt\\$))\\s?(" + NUMBER + ")|(" + NUMBER + ")\\s?(€|eur|usd|gbp|jpy|cny|rmb|sgd|myr|円|元|euros?)", FLAGS);
    private static final Pattern REFUND_WORDS = any("refund|erstatt|rembours|reembols|rimbors|返金|退款|退還|退还");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("gen", 1), Map.entry("feb", 2),
            Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("mär", 3), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mag", 5), Map.entry("jun", 6), Map.entry("jui", 6), Map.entry("giu", 6),
            Map.entry("jul", 7), Map.entry("lug", 7), Map.entry("aug", 8), Map.entry("aoû", 8), Map.entry("ago", 8), Map.entry("sep", 9),
            Map.entry("set", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("ott", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("dez", 12), Map.entry("déc", 12), Map.entry("dic", 12));

    /** Order facts the draft states that the order data does not hold: shipped, delivered, tracking number, carrier, dates, amounts. */
    static List<Claim> unconfirmedFacts(String text, OrderFacts facts) {
        List<Claim> claims = new ArrayList<>();
        if (!facts.confirmed("shipped") && !facts.confirmed("delivered") && !facts.confirmed("replacement_shipped") && facts.text("shipped_at") == null) {
            find(SHIPPED_CLAIM, text, claims, "says the order shipped, which the order data does not confirm: check the order status first");
        }
        String status = facts.text("tracking_status");
        if (!facts.confirmed("delivered") && facts.text("delivered_at") == null && (status == null || !status.toLowerCase(Locale.ROOT).contains("deliver"))) {
            find(DELIVERED_CLAIM, text, claims, "says the order was delivered, which the order data does not confirm");
        }
        Matcher code = CODE.matcher(text);
        String tracking = normalisedCode(facts.text("tracking_number"));
        while (code.find()) {
            String candidate = code.group().strip();
            if (NON_DIGIT.matcher(candidate).replaceAll("").length() < 4 || AMAZON_ORDER.matcher(candidate).matches()
                    || normalisedCode(candidate).equals(normalisedCode(facts.text("order_id"))) || !TRACKING_CONTEXT.matcher(text.substring(Math.max(0, code.start() - 40), code.start())).find()) {
                continue;
            }
            if (!normalisedCode(candidate).equals(tracking)) {
                claims.add(new Claim(code.start(), code.start() + candidate.length(), tracking == null
                        ? "gives a tracking number the order data does not have: use the carrier's number from the order, or leave it out"
                        : "gives a tracking number that differs from the order's (" + facts.text("tracking_number") + ")"));
            }
        }
        String carrier = facts.text("carrier");
        boolean namesCarrier = ANY_CARRIER.matcher(text).find();
        for (int i = 0; i < CARRIERS.size() && namesCarrier; i++) {
            String name = CARRIERS.get(i);
            Matcher m = CARRIER_PATTERNS.get(i).matcher(text);
            while (m.find()) {
                if (RETURN_CONTEXT.matcher(sentenceAt(text, m.start(), m.end())).find()) {
                    continue;
                }
                if (carrier == null || !sameCarrier(carrier, name)) {
                    claims.add(new Claim(m.start(), m.end(), carrier == null ? "names a carrier (" + name + ") the order data does not have"
                            : "names " + name + " but the order ships with " + carrier));
                }
            }
        }
        List<int[]> shipDates = monthDays(facts, "shipped_at");
        List<int[]> deliveryDates = monthDays(facts, "estimated_delivery", "delivered_at");
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            List<int[]> readings = monthDays(date);
            if (readings.isEmpty()) {
                continue;
            }
            String before = text.substring(Math.max(0, date.start() - 60), date.start());
            if (NOT_ARRIVED_BY.matcher(sentenceBefore(text, date.start())).find() || DEADLINE.matcher(sentenceAt(text, date.start(), date.end())).find()) {
                continue; // "if it has not arrived by 30 November, …": a deadline the seller sets, not a date the order data gives
            }
            // "it left our warehouse on the 16th and should be with you on the 19th": a word of the other clause is not this date's
            String[] clauses = CLAUSE_JOIN.split(before);
            before = clauses[clauses.length - 1];
            String after = text.substring(date.end(), Math.min(text.length(), date.end() + 30)); // this clause only
            after = CLAUSE_END.split(after, 2)[0];
            // the nearest shipping or delivery word, before or after the date, says which date it is
            int delivery = distance(DELIVERY_WORDS, before, after);
            int shipping = distance(SHIP_WORDS, before, after);
            if (delivery == Integer.MAX_VALUE && shipping == Integer.MAX_VALUE) {
                continue; // a date that is not about shipping or delivery (a return deadline, the buyer's own date)
            }
            List<int[]> known = delivery <= shipping ? deliveryDates : shipDates;
            boolean confirmed = readings.stream().anyMatch(r -> known.stream().anyMatch(k -> k[0] == r[0] && k[1] == r[1]));
            if (!confirmed) {
                claims.add(new Claim(date.start(), date.end(), "gives a " + (known == deliveryDates ? "delivery" : "shipping")
                        + " date the order data does not have"));
            }
        }
        BigDecimal refund = amount(facts.text("refund_amount"));
        Matcher money = AMOUNT.matcher(text);
        while (money.find()) {
            String around = text.substring(Math.max(0, money.start() - 40), Math.min(text.length(), money.end() + 20));
            if (!REFUND_WORDS.matcher(around).find()) {
                continue;
            }
            BigDecimal stated = amount(money.group(2) != null ? money.group(2) : money.group(3));
            if (refund == null || stated == null || stated.compareTo(refund) != 0) {
                claims.add(new Claim(money.start(), money.end(), refund == null ? "states a refund amount the order data does not have"
                        : "states a refund amount that differs from the order's (" + facts.text("refund_amount") + ")"));
            }
        }
        return claims;
    }

    private static void find(Pattern pattern, String text, List<Claim> claims, String message) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String before = sentenceBefore(text, m.start());
            if (NEGATION_BEFORE.matcher(before).find() || CONDITION_BEFORE.matcher(before).find() || NOTHING_YET.matcher(before).find()
                    || MONEY_SUBJECT.matcher(before).find()) {
                continue;
            }
            claims.add(new Claim(m.start(), m.end(), message));
        }
    }

    /** Names of one carrier in several scripts and spellings. */
    private static final List<List<String>> CARRIER_ALIASES = List.of(
            List.of("yamato", "ヤマト", "クロネコ", "黑猫", "黑貓"), List.of("sagawa", "佐川"), List.of("japan post", "日本郵便", "ゆうパック"),
            List.of("sf express", "sf-express", "顺丰", "順豐", "順丰"), List.of("zto", "中通"), List.of("yto", "圆通", "圓通"), List.of("sto", "申通"),
            List.of("yunda", "韵达", "韻達"), List.of("jd logistics", "京东", "京東"), List.of("j&t", "极兔", "極兔"), List.of("cainiao", "菜鸟", "菜鳥"),
            List.of("kerry", "嘉里"), List.of("hermes", "evri"), List.of("deutsche post", "dhl"), List.of("poste italiane", "poste"),
            List.of("correos", "correos express"), List.of("la poste", "colissimo"), List.of("spx", "shopee xpress"),
            List.of("lazada express", "lex"), List.of("brt", "bartolini"));

    private static boolean sameCarrier(String carrier, String name) {
        String a = carrier.toLowerCase(Locale.ROOT);
        String b = name.toLowerCase(Locale.ROOT);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        for (List<String> aliases : CARRIER_ALIASES) {
            if (aliases.stream().anyMatch(a::contains) && aliases.stream().anyMatch(b::contains)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SPACE_OR_DASH = Pattern.compile("[\\s-]");

    private static String normalisedCode(String code) {
        return code == null ? null : SPACE_OR_DASH.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static List<int[]> monthDays(OrderFacts facts, String... keys) {
        List<int[]> dates = new ArrayList<>();
        for (String key : keys) {
            int[] monthDay = isoMonthDay(facts.text(key));
            if (monthDay != null) {
                dates.add(monthDay);
            }
        }
        return dates;
    }

    /** How many characters lie between the date and the nearest match of {@code pattern}, before or after it. */
    private static int distance(Pattern pattern, String before, String after) {
        int nearest = Integer.MAX_VALUE;
        Matcher m = pattern.matcher(before);
        while (m.find()) {
            nearest = Math.min(nearest, before.length() - m.end());
        }
        m = pattern.matcher(after);
        if (m.find()) {
            nearest = Math.min(nearest, m.start());
        }
        return nearest;
    }

    private static int[] isoMonthDay(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(iso.substring(5, 7)), Integer.parseInt(iso.substring(8, 10))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The (month, day) readings of a date as written: both for an ambiguous 07/11, one for the rest. */
    private static List<int[]> monthDays(Matcher m) {
        String match = m.group();
        if (SLASH_DATE.matcher(match).matches()) {
            String[] parts = match.split("/");
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            List<int[]> readings = new ArrayList<>();
            if (valid(b, a) != null) {
                readings.add(valid(b, a));
            }
            if (valid(a, b) != null) {
                readings.add(valid(a, b));
            }
            return readings;
        }
        int[] one = monthDay(match);
        return one == null ? List.of() : List.of(one);
    }

    private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
    private static final Pattern ISO_DATE = Pattern.compile("20\\d\\d[-/年]\\d{1,2}[-/月]\\d{1,2}日?");
    private static final Pattern ISO_DATE_SEPARATOR = Pattern.compile("[-/年月]");
    private static final Pattern DOT_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2,4})?");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}{3,}");

    private static int[] monthDay(String match) {
        try {
            if (ISO_DATE.matcher(match).matches()) {
                String[] parts = ISO_DATE_SEPARATOR.split(match.replace("日", ""));
                return valid(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            if (DOT_DATE.matcher(match).matches()) {
                String[] parts = match.split("\\.");
                return valid(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            if (match.contains("月")) {
                String[] parts = match.replace("日", "").split("月");
                return valid(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
            String lower = match.toLowerCase(Locale.ROOT);
            Matcher day = DAY_NUMBER.matcher(lower);
            Matcher month = MONTH_WORD.matcher(lower.replace("de ", ""));
            while (month.find()) {
                // "juillet" shares its first three letters with "juin": July, not June
                Integer number = month.group().startsWith("juil") ? Integer.valueOf(7) : MONTHS.get(month.group().substring(0, 3));
                if (number != null && day.find()) {
                    return valid(number, Integer.parseInt(day.group()));
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int[] valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new int[] {month, day} : null;
    }

    private static final Pattern NOT_A_NUMBER_CHAR = Pattern.compile("[^\\d.,]");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern THOUSANDS_DOTS_DECIMAL_COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d{1,2}");
    private static final Pattern THOUSANDS_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private static BigDecimal amount(String text) {
        if (text == null) {
            return null;
        }
        String number = NOT_A_NUMBER_CHAR.matcher(text).replaceAll("");
        if (DECIMAL_COMMA.matcher(number).matches() || THOUSANDS_DOTS_DECIMAL_COMMA.matcher(number).matches()) {
            number = number.replace(".", "").replace(',', '.'); // 34,90 and 1.234,50
        } else if (THOUSANDS_DOTS.matcher(number).matches()) {
            number = number.replace(".", ""); // 2.480 (thousands)
        } else {
            number = number.replace(",", "");
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- emoji

    static final Pattern EMOJI = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{1F000}-\\x{1F2FF}\\x{2600}-\\x{27BF}\\x{2B50}\\x{2B55}\\x{2764}\\x{FE0F}\\x{1F900}-\\x{1F9FF}]+");
}
