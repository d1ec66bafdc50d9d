package com.linkstar.reply.core.classify;

/** A small polarity lexicon; risk signals count as negative too. */
final class SentimentRules {

    private SentimentRules() {
    }

    static RuleSet negative() {
        return new RuleSet().add("negative",
                "terrible", "awful", "worst", "disappointed", "angry", "unacceptable", "broken", "never", "still not", "ridiculous", "useless",
                "enttauscht", "argerlich", "kaputt", "schlecht", "immer noch nicht",
                "decu", "furieux", "inacceptable", "casse", "toujours pas",
                "decepcionad", "enfadad", "inaceptable", "roto", "todavia no",
                "deluso", "arrabbiat", "inaccettabile", "rotto", "ancora non",
                "ひどい", "最悪", "残念", "怒",
                "太差", "失望", "生气", "垃圾");
    }

    static RuleSet positive() {
        return new RuleSet().add("positive",
                "thank", "great", "love", "perfect", "excellent", "happy", "appreciate",
                "danke", "toll", "super", "perfekt",
                "merci", "parfait", "genial",
                "gracias", "perfecto", "excelente",
                "grazie", "perfetto", "ottimo",
                "ありがとう", "素晴らしい", "嬉しい",
                "谢谢", "感谢", "很好", "满意");
    }
}
