package com.linkstar.reply.core.classify;

/**
 * Risk detectors, tuned for recall: a missed legal threat costs far more than a false alarm. Known false friends
 * ("son-in-law", "Sue" the name, "Fire TV stick") are excluded by the phrases themselves or by negative look-arounds.
 */
final class RiskRules {

    private RiskRules() {
    }

    static RuleSet build() {
        return new RuleSet()
                .add("LEGAL_THREAT",
                        "lawyer", "attorney", "legal action", "(will|going to|gonna|i'll|i shall) (sue|take you to court)", "sue (you|your|the seller)",
                        "small claims", "court(?!\\p{L})", "trading standards", "consumer protection", "better business bureau", "bbb", "ftc",
                        "(?<![\\p{L}-])law(suit)?(?![\\p{L}-])(?<!in-law)",
                        "anwalt", "rechtsanwalt", "klage", "verklagen", "gericht", "verbraucherzentrale", "rechtliche schritte",
                        "avocat", "poursuite", "tribunal", "porter plainte", "dgccrf", "action en justice", "justice",
                        "abogado", "demanda(re)?(?! de)", "denunciar", "profeco", "accion legal", "juicio",
                        "avvocato", "denuncia", "tribunale", "vie legali",
                        "弁護士", "訴え", "訴訟", "裁判", "消費者センター", "法的措置",
                        "律师", "起诉", "法院", "12315", "消费者协会", "消协", "工商")
                .add("MEDIA_THREAT",
                        "social media", "post (this|it|about)", "youtube", "twitter", "facebook", "instagram", "tiktok video",
                        "the press", "journalist", "go viral", "newspaper", "reddit",
                        "presse", "soziale(n)? (medien|netzwerke)", "journalist",
                        "reseaux sociaux", "la presse", "journaliste",
                        "redes sociales", "la prensa", "periodista",
                        "social network", "sui social", "giornalist",
                        "sns", "拡散", "マスコミ", "ツイッター", "ネットに(書|晒)",
                        "曝光", "媒体", "微博", "抖音", "发到网上")
                .add("CHARGEBACK_CLAIM",
                        "chargeback", "charge back", "a-to-z", "a to z", "atoz", "paypal (dispute|claim|case)", "dispute (the|this|my) (charge|payment|transaction)",
                        "(my|the) bank", "credit card company", "card issuer",
                        "a-bis-z", "a bis z", "ruckbuchung", "paypal.{0,20}(konflikt|fall|reklamation)", "(meine|die) bank",
                        "a a z", "a-z", "opposition", "litige paypal", "ma banque",
                        "de la a a la z", "contracargo", "disputa", "mi banco",
                        "dalla a alla z", "contestazione", "la mia banca",
                        "チャージバック", "カード会社", "aからz", "a-z保証",
                        "拒付", "信用卡公司", "paypal争议", "银行")
                .add("SAFETY_HAZARD",
                        "caught fire", "(?<![\\p{L}])fire(?! ?(tv|stick|tablet|hd|7|8|10))", "smoke", "burn", "electric(al)? shock", "shocked me",
                        "injur", "rash", "allergic", "explod", "overheat", "melted", "sparks",
                        "in brand", "brandgefahr", "brand (gefangen|entstanden)", "feuer", "rauch", "verbrann", "stromschlag", "verletz", "ausschlag", "allergisch", "explodiert",
                        "(?<![\\p{L}])feu(?![\\p{L}])", "fumee", "brule", "choc electrique", "blesse", "allergi", "explose",
                        "fuego", "humo", "quemadura", "(se )?quemo", "descarga electrica", "herid", "alergi", "exploto",
                        "fuoco", "fumo", "bruciat", "scossa", "ferit",
                        "発火", "煙", "やけど", "火傷", "感電", "怪我", "けが", "発疹", "アレルギー",
                        "起火", "冒烟", "烫伤", "触电", "受伤", "过敏", "爆炸")
                .add("NEGATIVE_REVIEW_THREAT",
                        "(leave|give|write|post|leaving|giving) (you )?(a |an )?(bad|negative|terrible|1[- ]?star|one[- ]?star|poor) (review|feedback|rating)",
                        "(will|going to|gonna|i'll|otherwise|or i) .{0,30}(1|one)[- ]?star",
                        "(schlechte|negative) bewertung", "(1|einen|ein) stern",
                        "(mauvais|negatif) (avis|commentaire)", "(1|une) etoile",
                        "(mala|negativa) (resena|valoracion|opinion)", "una estrella",
                        "(recensione|feedback|valutazione) negativ", "una stella",
                        "悪い評価", "低評価", "星1", "星ひとつ",
                        "给差评", "差评")
                .add("ABUSIVE_LANGUAGE",
                        "fuck", "shit", "idiot", "stupid", "asshole", "bastard", "moron", "bitch",
                        "scheis", "arschloch", "depp", "wichser",
                        "merde", "connard", "putain", "encule",
                        "mierda", "idiota", "pendejo", "cabron", "gilipollas",
                        "cazzo", "stronzo", "vaffanculo",
                        "バカ", "ばか", "クソ", "死ね",
                        "傻逼", "混蛋", "他妈的", "王八蛋");
    }
}
