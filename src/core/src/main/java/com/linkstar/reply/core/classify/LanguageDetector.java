package com.linkstar.reply.core.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A first language guess from script and function words, enough to choose a reply template. The intent-engine issue
 * evaluates a maintained detection library against it.
 */
public final class LanguageDetector {

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();
    private static final String[] LANGUAGES;
    /** Word → bit set of the languages it is a function word of: one lookup a word instead of one a language. */
    private static final Map<String, Integer> LANGUAGE_MASK = new java.util.HashMap<>();

    static {
        FUNCTION_WORDS.put("en", Set.of("the", "my", "is", "and", "you", "it", "i", "not", "have", "was", "to", "of", "please", "where", "when",
                "what", "this", "your", "order", "received", "can", "with", "for", "color", "colour", "size", "wrong",
                "instead", "should", "do", "did", "does", "are", "got", "get", "hi", "hello", "thanks", "still", "delivered",
                "package", "item", "money", "back", "refund", "how", "why", "just", "but", "no", "yes"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "das", "ist", "und", "ich", "nicht", "meine", "mein", "sie", "ein", "eine", "habe", "bitte",
                "wo", "wann", "mit", "fur", "noch", "bestellung", "auf", "zu", "es", "geliefert", "bestellt", "statt", "farbe",
                "grosse", "soll", "jetzt", "was", "hallo", "danke", "warum", "schon", "kein", "keine", "paket", "wurde",
                "sind", "ihr", "ihre", "uns", "wir", "aber", "auch", "nur", "sehr", "gibt", "kann", "konnen", "geld"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "est", "et", "je", "ne", "pas", "ma", "mon", "vous", "une", "un", "ai", "ou", "quand",
                "avec", "pour", "commande", "des", "du", "j'ai", "merci", "il", "livrez", "colis", "combien", "jours", "sans",
                "aucune", "rendez-moi", "bonjour", "c'est", "n'est", "toujours", "rien", "mais", "tres", "votre", "vos",
                "nous", "au", "aux", "en", "sur", "livraison", "taille", "couleur", "argent", "remboursement"));
        FUNCTION_WORDS.put("es", Set.of("el", "la", "los", "es", "y", "yo", "no", "mi", "usted", "una", "un", "he", "donde", "cuando", "con", "para",
                "pedido", "por", "que", "del", "gracias", "me", "ha", "esta", "puede", "si", "ya", "solo", "vez", "se", "lo",
                "las", "tienen", "tengo", "hola", "muy", "pero", "todavia", "aun", "mis", "primera", "semana", "caja",
                "dinero", "talla", "llego", "envio", "quiero", "necesito", "como",
                // words only Spanish uses, frequent in a seller's reply ("Estimado Sr. Gil: Hemos reembolsado … Atentamente")
                "hemos", "estimado", "estimada", "atentamente", "saludos", "nuestro", "nuestra", "nuestros", "nuestras", "tambien", "ahora"));
        FUNCTION_WORDS.put("it", Set.of("il", "lo", "la", "gli", "e", "io", "non", "mio", "mia", "voi", "una", "un", "ho", "dove", "quando", "con",
                "per", "ordine", "che", "del", "grazie", "mi", "sono", "ancora", "vorrei", "come", "faccio", "questo", "della",
                "nel", "buongiorno", "articolo", "perche", "anche", "colore", "invece", "di", "cosa", "devo", "fare", "potete",
                "cambiare", "spedizione", "in", "ha", "proprio", "mezzo", "gestisco", "pagina", "vi", "interessa", "soldi",
                "ciao", "salve", "pacco", "taglia", "ordinato", "ricevuto", "ti"));
        FUNCTION_WORDS.put("pt", Set.of("o", "os", "as", "e", "eu", "nao", "meu", "minha", "voce", "um", "uma", "onde", "quando", "com", "para",
                "pedido", "que", "do", "obrigado", "obrigada", "ainda",
                // words only Portuguese uses, frequent in a seller's reply ("Olá Marta, a panela pode ir à máquina … Cumprimentos")
                "ola", "pode", "voces", "sao", "estao", "tem", "seu", "sua", "seus", "suas", "ao", "aos", "pelo", "pela", "muito", "tambem", "em",
                "na", "nas", "encomenda", "cumprimentos", "atenciosamente", "amanha", "hoje", "qualquer", "duvida", "exceto", "obrigados",
                "foi", "assim", "bom", "oi"));
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "is", "en", "ik", "niet", "mijn", "u", "waar", "wanneer", "met", "voor", "bestelling",
                "van", "nog", "bedankt", "dank"));
        LANGUAGES = FUNCTION_WORDS.keySet().toArray(String[]::new);
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String word : FUNCTION_WORDS.get(LANGUAGES[l])) {
                LANGUAGE_MASK.merge(word, 1 << l, (a, b) -> a | b);
            }
        }
    }

    public String detect(String text) {
        return detect(text, null);
    }

    /** @param folded the text already folded by {@link TextNormalizer}, or null to fold it here */
    public String detect(String text, String folded) {
        int kana = 0;
        int han = 0;
        int hangul = 0;
        int thai = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                case THAI -> thai++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        if (kana > 0) {
            return "ja";
        }
        if (hangul > 0 && hangul >= han) {
            return "ko";
        }
        if (thai > 0) {
            return "th";
        }
        if (han > 0 && han * 3 >= latin) { // a Han character carries about a word: mixed zh-en text is zh
            return "zh";
        }
        return bestLatinLanguage(text, folded != null ? folded : TextNormalizer.fold(text));
    }

    /** Letters and marks that only some languages use, counted before folding removes them (weighted as two words). */
    private static final String[][] TELLTALES = {
        {"es", "ñ¿¡"}, {"de", "ßäöü"}, {"fr", "çêëœ"}, {"it", "òùì"}, {"pt", "ãõ"}};

    /**
     * How strongly a Latin-script text reads as each language: function words and telltale letters (telltales count
     * two). For callers that need to know how sure the guess is, such as the compliance check's language rule.
     */
    public Map<String, Integer> latinScores(String text) {
        int[] hits = latinHits(text, TextNormalizer.fold(text));
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            scores.put(LANGUAGES[l], hits[l]);
        }
        return scores;
    }

    private static String bestLatinLanguage(String text, String folded) {
        String best = "en";
        int bestHits = 0;
        int[] hits = latinHits(text, folded);
        for (int l = 0; l < LANGUAGES.length; l++) {
            if (hits[l] > bestHits) {
                best = LANGUAGES[l];
                bestHits = hits[l];
            }
        }
        return best;
    }

    private static int[] latinHits(String text, String folded) {
        int[] hits = new int[LANGUAGES.length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0xA1) {
                continue; // the telltales are all outside ASCII
            }
            c = Character.toLowerCase(c);
            for (String[] telltale : TELLTALES) {
                if (telltale[1].indexOf(c) >= 0) {
                    hits[java.util.Arrays.asList(LANGUAGES).indexOf(telltale[0])] += 2;
                }
            }
        }
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && (Character.isLetter(folded.charAt(i)) || folded.charAt(i) == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                Integer mask = LANGUAGE_MASK.get(folded.substring(start, i));
                for (int l = 0; mask != null && l < LANGUAGES.length; l++) {
                    if ((mask & (1 << l)) != 0) {
                        hits[l]++;
                    }
                }
                start = -1;
            }
        }
        return hits;
    }
}
