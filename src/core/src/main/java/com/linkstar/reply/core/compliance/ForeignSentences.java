package com.linkstar.reply.core.compliance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole sentence in another language inside a reply that is otherwise in the buyer's: "Die Dichtung passt auf alle
 * Modelle. Please let us know if you need anything else." The threshold (README, "Foreign sentences"): outside quotation
 * marks, links, e-mail addresses, codes and the ordered item's own title,
 * <ul>
 * <li>a Latin-script sentence of at least five words of which at least three are function words of one other language,
 * and more than twice as many as of the buyer's language (plus one);</li>
 * <li>in a reply to a Latin-script buyer, a sentence of at least eight Chinese or Japanese characters;</li>
 * <li>in a reply to a Japanese buyer, a sentence of at least eight Han characters without kana and with a character only
 * Chinese writes (这, 您, 请, 们, 钱…); in a reply to a Chinese buyer, a sentence of at least eight Chinese or
 * Japanese characters of which at least a third are kana and none is such a Chinese-only character.</li>
 * </ul>
 * A greeting, a two-word toast ("Buon appetito!"), a brand or a quoted product title or menu name is never a sentence
 * that counts.
 */
final class ForeignSentences {

    private ForeignSentences() {
    }

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "a", "an", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was",
                    "were", "be", "been", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "i",
                    "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "this", "that",
                    "these", "those", "what", "which", "who", "when", "where", "why", "how", "not", "no", "yes", "please", "thank", "thanks", "let", "know",
                    "need", "anything", "else", "any", "some", "all", "more", "very", "just", "also", "there", "here", "about", "into", "out", "up", "so",
                    "than", "too", "only", "again", "now", "then", "still", "soon", "today", "hope", "enjoy", "great", "nice", "day", "feel", "free",
                    "further", "questions", "unfortunately", "however", "note", "cannot", "itself", "time", "purchase", "shopping"),
            "de", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "wenn", "als", "ist",
                    "sind", "war", "waren", "sein", "haben", "hat", "hatte", "wird", "werden", "wurde", "kann", "können", "muss", "soll", "sollte", "ich",
                    "du", "er", "sie", "es", "wir", "ihr", "ihnen", "ihre", "ihren", "ihrem", "mein", "meine", "unser", "unsere", "uns", "mich", "mir",
                    "dich", "dir", "sich", "nicht", "kein", "keine", "ja", "nein", "bitte", "danke", "gern", "gerne", "mit", "von", "zu", "zum", "zur",
                    "bei", "für", "auf", "aus", "nach", "über", "unter", "vor", "im", "am", "um", "auch", "noch", "schon", "nur", "sehr", "wie", "was",
                    "wo", "wann", "warum", "dass", "dann", "hier", "dort", "heute", "leider", "vielen", "dank", "grüße", "freundlichen", "alle", "etwa"),
            "fr", Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "si", "est", "sont", "était", "être", "avoir", "ont",
                    "avons", "avez", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "on", "me", "te", "se", "lui", "leur", "mon", "ma", "mes",
                    "ton", "ta", "son", "sa", "ses", "notre", "nos", "votre", "vos", "ce", "cette", "ces", "qui", "que", "où", "quand", "comment",
                    "pourquoi", "ne", "pas", "plus", "non", "oui", "merci", "bonjour", "au", "aux", "avec", "pour", "par", "sur", "dans", "sans", "chez",
                    "en", "y", "très", "bien", "aussi", "encore", "déjà", "toujours", "ici", "bonne", "journée", "cordialement", "bientôt", "à", "c", "d",
                    "l", "n", "qu", "s", "j"),
            "es", Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "si", "es", "son", "era", "fue", "ser", "estar", "está",
                    "están", "estoy", "he", "ha", "han", "hemos", "tengo", "tiene", "tienen", "yo", "tú", "él", "ella", "nosotros", "usted", "ustedes", "le",
                    "les", "lo", "me", "te", "se", "nos", "su", "sus", "tu", "tus", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "que", "qué",
                    "quien", "cuando", "donde", "como", "por", "para", "con", "sin", "en", "de", "del", "al", "muy", "más", "también", "ya", "no", "sí",
                    "gracias", "hola", "aquí", "hoy", "mañana", "saludos", "atentamente", "muchas", "mucho", "esta", "este", "estos", "estas", "eso", "a",
                    "disfrutes", "compra"),
            "it", Set.of("il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "e", "o", "ma", "se", "è", "sono", "era", "essere", "avere", "ho", "ha",
                    "hanno", "abbiamo", "io", "tu", "lui", "lei", "noi", "voi", "loro", "mi", "ti", "ci", "vi", "si", "suo", "sua", "suoi", "sue", "mio",
                    "mia", "tuo", "tua", "nostro", "nostra", "che", "chi", "quando", "dove", "come", "perché", "non", "sì", "grazie", "buongiorno", "ciao",
                    "per", "con", "senza", "in", "di", "del", "della", "dei", "delle", "al", "alla", "da", "dal", "dalla", "su", "sul", "nel", "nella",
                    "molto", "più", "anche", "già", "ancora", "qui", "oggi", "domani", "saluti", "cordiali", "presto", "acquisto", "a", "l", "un'"),
            "pt", Set.of("o", "os", "a", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "se", "é", "são", "era", "foi", "ser", "estar", "está",
                    "estão", "tenho", "tem", "têm", "eu", "você", "vocês", "ele", "ela", "nós", "lhe", "lhes", "me", "te", "nos", "seu", "sua", "seus",
                    "suas", "meu", "minha", "nosso", "nossa", "que", "quando", "onde", "como", "por", "para", "com", "sem", "em", "de", "do", "da", "dos",
                    "das", "no", "na", "nas", "ao", "aos", "pelo", "pela", "muito", "mais", "também", "já", "não", "sim", "obrigado", "obrigada", "olá",
                    "aqui", "hoje", "amanhã", "encomenda", "cumprimentos", "atenciosamente", "qualquer", "dúvida", "só", "pode", "vai", "ainda", "assim"));
    private static final List<String> LATIN = List.of("en", "de", "fr", "es", "it", "pt");

    /** Quoted text of any kind: a product title, a menu name, the buyer's words. */
    private static final Pattern QUOTED = Pattern.compile("„[^“”\\n]{0,200}[“”]|“[^”\\n]{0,200}”|\"[^\"\\n]{0,200}\"|«[^»\\n]{0,200}»|‹[^›\\n]{0,200}›"
            + "|「[^」\\n]{0,200}」|『[^』\\n]{0,200}』|《[^》\\n]{0,200}》|【[^】\\n]{0,200}】|‘[^’\\n]{0,200}’|\\([^)\\n]{0,60}\\)|（[^）\\n]{0,60}）");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？\\n]+");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");
    /** Characters Chinese writes and Japanese does not (simplified and traditional): 这 您 请 们 吗 么 没 给 说 让 … */
    private static final String CHINESE_ONLY = "这這您请们們吗嗎么麼沒给说說让讓呢吧哦亲谢该單时为样过现发个买卖东车门问题钱运费递邮货订电话听读认识觉实际应对开关还";

    /** How many characters of the text only Chinese writes. */
    static int chineseOnly(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CHINESE_ONLY.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * The language of the first whole sentence written in another language than the buyer's, or null.
     *
     * @param item the ordered item's title, which may be in any language and is not a sentence of the reply
     */
    static String find(String text, String buyerLanguage, String item) {
        String cleaned = QUOTED.matcher(text).replaceAll(" ");
        if (item != null && item.length() >= 4) {
            cleaned = cleaned.replace(item, " ");
        }
        boolean cjkBuyer = buyerLanguage.equals("ja") || buyerLanguage.equals("zh");
        for (String sentence : SENTENCE_END.split(cleaned)) {
            int kana = 0;
            int han = 0;
            int chineseOnly = 0;
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    kana++;
                } else if (script == Character.UnicodeScript.HAN) {
                    han++;
                    if (CHINESE_ONLY.indexOf(c) >= 0) {
                        chineseOnly++;
                    }
                }
            }
            int cjk = kana + han;
            if (!cjkBuyer && cjk >= 8) {
                return kana > 0 ? "ja" : "zh";
            }
            if (buyerLanguage.equals("ja") && kana == 0 && han >= 8 && chineseOnly >= 1) {
                return "zh";
            }
            if (buyerLanguage.equals("zh") && cjk >= 8 && kana * 3 >= cjk && chineseOnly == 0) {
                return "ja";
            }
            String latin = latinLanguage(sentence, cjkBuyer ? null : buyerLanguage);
            if (latin != null) {
                return latin;
            }
        }
        return null;
    }

    /** The other Latin-script language a sentence of five words or more is clearly written in, or null. */
    private static String latinLanguage(String sentence, String buyerLanguage) {
        Matcher word = WORD.matcher(sentence);
        Map<String, Integer> scores = new HashMap<>();
        int words = 0;
        while (word.find()) {
            words++;
            String w = word.group().toLowerCase(Locale.ROOT);
            for (String language : LATIN) {
                if (FUNCTION_WORDS.get(language).contains(w)) {
                    scores.merge(language, 1, Integer::sum);
                }
            }
        }
        if (words < 5) {
            return null;
        }
        int own = buyerLanguage == null ? 0 : scores.getOrDefault(buyerLanguage, 0);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (!score.getKey().equals(buyerLanguage) && score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        return bestScore >= 3 && bestScore >= 2 * own + 1 ? best : null;
    }
}
