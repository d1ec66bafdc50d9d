package com.linkstar.reply.core.compliance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, written plainly or disguised. Rather than one pattern per disguise, the draft is first rewritten into
 * a canonical copy — full-width forms folded, every spelled-out "at" and "dot" in every language replaced by one sign,
 * the spaces of "s u p p o r t @ s h o p . d e" and "name @ shop . de" closed — and a few address patterns are matched on
 * that copy. Each character of the copy remembers where it came from, so a finding's span points into the draft.
 */
final class Emails {

    private Emails() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A spelled-out at that only an address uses: "arobase", "(at)", "[arroba]", "ät", アットマーク, 艾特. */
    private static final char AT = '@';
    /** A spelled-out at that is also an ordinary word ("at", « chez », "en", "su", "bei"): it needs a spelled-out dot too. */
    private static final char WEAK_AT = '\uE000';
    /** A spelled-out dot that only an address uses ("dot", "(punto)", "[punkt]", ドット): the label after it must be a top-level domain. */
    private static final char DOT = '\uE001';
    /** A spelled-out dot that is also an ordinary word (« point », "punto", "Punkt", 点): « en magasin point de vente » is no address. */
    private static final char WEAK_DOT = '\uE002';

    private static final String OPEN = "[ \\t]*[(\\[{<]\\s*";
    private static final String CLOSE = "\\s*[)\\]}>][ \\t]*";
    /** The disguises: a bracketed word, a word between spaces, a CJK word that needs no spaces. */
    private static final Pattern SPELLED = Pattern.compile(
            "(?<at>" + OPEN + "(?:at|a|arobase|arroba|chiocciola|chiocciolina|ät|klammeraffe|atmark|アット|アットマーク|あっと|艾特)" + CLOSE
                    + "|[ \\t]*(?:アットマーク|あっとまーく|アット|あっと|艾特)[ \\t]*"
                    + "|(?<=[\\w.-])[ \\t]+(?:arobase|arroba|chiocciola|ät|klammeraffe|atmark)[ \\t]+(?=[\\w-]))"
                    + "|(?<weakat>(?<=[\\w.-])[ \\t]+(?:at|chez|en|su|bei|auf|sur|em|在)[ \\t]+(?=[\\w-]))"
                    + "|(?<dot>" + OPEN + "(?:dot|punto|punkt|point|ponto|ドット|どっと|点|點)" + CLOSE + "|[ \\t]*(?:ドット|どっと)[ \\t]*"
                    + "|(?<=[\\w-])[ \\t]+dot[ \\t]+(?=[a-z])"
                    // 点 run into the address, only before a top-level domain: linhome艾特qq点com
                    + "|(?<=[A-Za-z0-9-])[点點](?=(?:com|net|org|cn|hk|tw|jp|sg|my)(?![A-Za-z])))"
                    + "|(?<weakdot>(?<=[\\w-])[ \\t]+(?:punto|punkt|point|ponto|点|點)[ \\t]+(?=[a-z]))",
            FLAGS);
    /** Spaces around an at or a dot between two parts of an address: "name @ shop . de", "contact ＠ maison-olive ． fr". */
    private static final Pattern SPACED_SIGN = Pattern.compile("(?<=[\\w-])[ \\t\\u00a0]+([@.])[ \\t\\u00a0]+(?=[\\w-])");
    /** Letters written one by one: "s u p p o r t @ d r o n e h u b . c n". */
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\w.@-])(?:[\\w.@-] ){4,}[\\w.@-](?![\\w.@-])");

    static final String TLDS = "com|net|org|info|biz|io|co|shop|store|online|site|app|me|eu|de|fr|es|it|uk|jp|cn|au|nl|be|ch|at|pl|se|us|ca|mx|br"
            + "|sg|my|th|ph|vn|id|tw|hk|kr|in|ru|pt|ie|dk|fi|no|cz|gr|nz|xyz|top|email|mail";
    private static final String PROVIDERS = "gmail|googlemail|yahoo|hotmail|outlook|live|msn|gmx|web|t-online|icloud|me|aol|qq|163|126|139|sina|yeah|foxmail"
            + "|orange|free|wanadoo|laposte|sfr|libero|tiscali|alice|virgilio|proton|protonmail|mail|yandex|naver|docomo|ezweb|softbank|ymail";
    private static final String ANY_DOT = "[.\\uE001\\uE002]";
    private static final String LABEL = "[\\w-]+";

    private static final List<Pattern> ADDRESSES = List.of(
            // a plain address (full-width ＠ and 。 folded), or one with a spelled-out at and real dots: service(at)shop.de
            Pattern.compile("[\\w.+-]+@" + LABEL + "(?:\\." + LABEL + ")+", FLAGS),
            // a spelled-out dot before the top-level domain: "name at shop dot co dot uk", "ventas[arroba]luna[punto]es", 艾特 163 点 com
            Pattern.compile("[\\w.+-]+[@\\uE000]" + LABEL + "(?:" + ANY_DOT + LABEL + ")*\\uE001(?:" + TLDS + ")(?:" + ANY_DOT + "(?:" + TLDS + "))?(?![\\w-])", FLAGS),
            Pattern.compile("[\\w.+-]+@" + LABEL + "(?:" + ANY_DOT + LABEL + ")*" + ANY_DOT + "(?:" + TLDS + ")(?:" + ANY_DOT + "(?:" + TLDS + "))?(?![\\w-])", FLAGS),
            // two ordinary words (« chez … point fr ») only around a name that looks like an address's: boutique.mireille chez free point fr
            Pattern.compile("[\\w+-]*[\\d._][\\w.+-]*\\uE000" + LABEL + "(?:" + ANY_DOT + LABEL + ")*\\uE002(?:" + TLDS + ")(?:" + ANY_DOT + "(?:" + TLDS + "))?(?![\\w-])", FLAGS),
            // an ordinary-word at with a real dot only for mail providers: "name at gmail.com" (but "scan at fedex.com" is a link)
            Pattern.compile("[\\w.+-]+\\uE000(?:" + PROVIDERS + ")\\.[a-z]{2,}(?:\\.[a-z]{2})?(?![\\w-])", FLAGS));

    /**
     * A mail account named by its provider, without the domain: "my Gmail is harbourvinyl.records", „unsere GMX-Adresse
     * lautet lampenwelt-kundendienst“, « notre adresse Gmail, c'est bijouxclaire75 », "su Gmail: ceramiche_faenza",
     * GmailのIDは hanako.shop2020, 我的QQ邮箱是 2231456789, 163邮箱：lanxin_shop, "mi correo es ceramicasol en gmail". The account
     * must look like one (a digit, dot, underscore or hyphen in it), so "your Gmail is full" is not an address.
     */
    private static final String NAMED_PROVIDERS = "(?<![A-Za-z0-9])(?:gmail|googlemail|yahoo|hotmail|outlook|gmx|icloud|aol|foxmail|protonmail|proton|libero|wanadoo"
            + "|laposte|t-online|yandex|naver|ymail|sina|(?:qq|163|126)\\s?(?=邮箱|郵箱|信箱|mail))(?![A-Za-z0-9])";
    private static final Pattern NAMED_ACCOUNT = Pattern.compile(
            NAMED_PROVIDERS + "(?:[- ]?(?:address|adresse|account|konto|id|mail|アドレス|アカウント|の?ID|邮箱|郵箱|信箱|号|號))?"
                    + "[^\\n.!?。！？]{0,20}?(?:(?<![a-z])(?:is|ist|lautet|est|c'est|es|è)(?![a-z])|[:：=]|は|是|为|為|(?<=邮箱|郵箱|信箱|号|號)\\s)\\s*[«\"„“「『]?\\s*"
                    + "(?<account>[A-Za-z0-9][\\w.+-]{2,}[A-Za-z0-9])"
                    + "|(?:mail|correo|adresse|address|indirizzo|konto|cuenta|compte)(?![a-z])[^\\n.!?]{0,20}?(?<![\\w.-])(?<local>[A-Za-z0-9][\\w.+-]{2,}[A-Za-z0-9])"
                    + "[@\\uE000]" + NAMED_PROVIDERS + "(?![.\\w-])",
            FLAGS);
    private static final Pattern ACCOUNT_MARK = Pattern.compile("[\\d._-]");

    /** Each e-mail address in the draft as [start, end) of the draft. */
    static List<int[]> find(String text) {
        Canonical canonical = Canonical.of(text);
        List<int[]> spans = new ArrayList<>();
        for (Pattern address : ADDRESSES) {
            Matcher m = address.matcher(canonical.text);
            while (m.find()) {
                add(spans, canonical.start(m.start()), canonical.end(m.end()));
            }
        }
        Matcher m = NAMED_ACCOUNT.matcher(canonical.text);
        while (m.find()) {
            String account = m.group("account") != null ? m.group("account") : m.group("local");
            if (m.group("account") == null || ACCOUNT_MARK.matcher(account).find()) {
                add(spans, canonical.start(m.start()), canonical.end(m.end()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    private static void add(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                span[0] = Math.min(span[0], start);
                span[1] = Math.max(span[1], end);
                return;
            }
        }
        spans.add(new int[] {start, end});
    }

    /** The draft rewritten for matching addresses, and where each of its characters came from. */
    private static final class Canonical {
        final String text;
        /** For character i of {@code text}: the draft's range [from[i], to[i]) it stands for. */
        final int[] from;
        final int[] to;

        private Canonical(String text, int[] from, int[] to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        int start(int index) {
            return from[index];
        }

        int end(int index) {
            return to[index - 1];
        }

        static Canonical of(String draft) {
            int n = draft.length();
            StringBuilder folded = new StringBuilder(n);
            int[] from = new int[n];
            int[] to = new int[n];
            for (int i = 0; i < n; i++) {
                char c = draft.charAt(i);
                char f = c;
                if (c == '。' || c == '｡') {
                    f = '.'; // "info＠shop。jp": the ideographic full stop stands for a dot
                } else if (c >= 0xFF01 && c <= 0xFF5E || c == 0x3000) {
                    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                    f = nfkc.length() == 1 ? nfkc.charAt(0) : c;
                }
                folded.append(f);
                from[i] = i;
                to[i] = i + 1;
            }
            Canonical canonical = new Canonical(folded.toString(), from, to);
            canonical = canonical.replace(SPELLED, m -> m.group("at") != null ? AT : m.group("weakat") != null ? WEAK_AT
                    : m.group("dot") != null ? DOT : WEAK_DOT);
            canonical = canonical.replace(SPACED_LETTERS, null);
            return canonical.replace(SPACED_SIGN, m -> m.group(1).charAt(0)); // not "Instagram @handle": spaces on both sides only
        }

        /** Each match replaced by one character, or, without a replacement, with its spaces removed when it holds an at. */
        private Canonical replace(Pattern pattern, java.util.function.Function<Matcher, Character> replacement) {
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return this;
            }
            StringBuilder out = new StringBuilder(text.length());
            int[] newFrom = new int[text.length()];
            int[] newTo = new int[text.length()];
            int last = 0;
            do {
                for (int i = last; i < m.start(); i++) {
                    newFrom[out.length()] = from[i];
                    newTo[out.length()] = to[i];
                    out.append(text.charAt(i));
                }
                if (replacement == null) {
                    if (m.group().indexOf('@') >= 0) {
                        for (int i = m.start(); i < m.end(); i++) {
                            if (text.charAt(i) != ' ') {
                                newFrom[out.length()] = from[i];
                                newTo[out.length()] = to[i];
                                out.append(text.charAt(i));
                            }
                        }
                    } else {
                        for (int i = m.start(); i < m.end(); i++) {
                            newFrom[out.length()] = from[i];
                            newTo[out.length()] = to[i];
                            out.append(text.charAt(i));
                        }
                    }
                } else {
                    char sign = replacement.apply(m);
                    if (m.end() > m.start()) {
                        newFrom[out.length()] = from[m.start()];
                        newTo[out.length()] = to[m.end() - 1];
                        out.append(sign);
                    }
                }
                last = m.end();
            } while (m.find());
            for (int i = last; i < text.length(); i++) {
                newFrom[out.length()] = from[i];
                newTo[out.length()] = to[i];
                out.append(text.charAt(i));
            }
            return new Canonical(out.toString(), java.util.Arrays.copyOf(newFrom, out.length()), java.util.Arrays.copyOf(newTo, out.length()));
        }
    }
}
