package com.linkstar.reply.core.classify;

/**
 * Risk detectors, tuned for recall: a missed legal threat costs far more than a false alarm. Known false friends
 * ("son-in-law", "Sue" the name, "Fire TV stick", "fire red", "shock-proof", "smoke detector", a law firm's order,
 * the avocado tool "coupe-avocat") are excluded by the phrases themselves or by look-arounds.
 */
final class RiskRules {

    /** Platforms and places where a buyer threatens to go public. */
    private static final String PUBLIC_PLACES = "(social media|social network|youtube|tiktok|instagram|facebook|twitter|x\\.com|reddit|"
            + "trustpilot|online|internet|the web|everyone|everybody)";

    private RiskRules() {
    }

    static RuleSet build() {
        return new RuleSet()
                .add("LEGAL_THREAT",
                        "lawyer", "attorney", "solicitor", "legal action", "legal steps", "take legal", "lawsuit", "(will|going to|gonna|i'll|i shall|i will) (sue|take you to court)",
                        "sue (you|your|the seller|this)", "small claims", "court(?!\\p{L})", "trading standards", "consumer protection", "consumer rights",
                        "better business bureau", "bbb", "ftc", "attorney general", "citizens advice", "ombudsman", "report (you|this|your (shop|store|company)) to",
                        "(?<![\\p{L}-])law(suit)?(?![\\p{L}-])(?<!in-law)(?! firm)",
                        "anwalt", "rechtsanwalt", "klage", "verklag", "gericht", "verbraucherzentrale", "verbraucherschutz", "rechtliche schritte",
                        "anzeige (erstatten|machen)", "strafanzeige", "polizei", "abmahnung", "schlichtungsstelle",
                        "(mon|un|mes) avocat", "contacter (un|mon) avocat", "poursuite", "tribunal", "porter plainte", "plainte", "dgccrf", "action en justice",
                        "en justice", "signalconso", "que choisir", "mediateur", "60 millions",
                        "abogado", "demanda (judicial|legal)", "demandar", "denunciar", "denuncia", "profeco", "ocu", "oficina de consumo", "consumo",
                        "accion(es)? legal(es)?", "juicio", "juzgado", "hoja de reclamaciones", "facua",
                        "avvocat", "denuncia", "denunciare", "tribunale", "vie legali", "azioni legali", "codacons", "altroconsumo", "giudice", "querela",
                        "carabinieri", "polizia",
                        "弁護士", "訴え", "訴訟", "裁判", "消費者センター", "消費生活センター", "国民生活センター", "法的措置", "警察", "通報",
                        "律师(?!事务所)", "起诉", "法院", "12315", "消费者协会", "消协", "工商", "市场监管", "报警", "法律途径")
                .add("MEDIA_THREAT",
                        "(post|share|upload|expose|tell|warn|report|write|put|film|publish|spread)\\p{L}* .{0,40}" + PUBLIC_PLACES,
                        "(youtube|tiktok|instagram|facebook|twitter|reddit) (video|post|review|story) (about|of|on) (you|your|this)",
                        "social media", "the press", "journalist", "reporter", "newspaper", "go viral", "media", "tv station", "consumer show",
                        "soziale(n)? (medien|netzwerke)", "presse", "journalist", "zeitung", "offentlich machen", "(poste|teile|veroffentliche|stelle)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|online|netz)", "alle warnen",
                        "reseaux sociaux", "la presse", "journaliste", "(publier|poster|partager|denoncer|raconter)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|en ligne|reseaux)", "faire le buzz", "tout le monde (saura|va savoir)",
                        "redes sociales", "la prensa", "periodista", "(publicar|subir|compartir|contar|denunciar)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|redes)", "hacerlo viral", "que todo el mundo sepa",
                        "sui social", "social network", "la stampa", "giornalist", "(pubblic|postar|condivid|raccont)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|social)", "striscia la notizia", "tutti sapranno",
                        "sns", "拡散", "マスコミ", "ツイッター", "ネットに", "晒", "インスタ", "ユーチューブ", "動画に", "口コミに書", "テレビ局",
                        "曝光", "媒体", "微博", "抖音", "小红书", "发到网上", "网上曝光", "记者", "朋友圈")
                .add("CHARGEBACK_CLAIM",
                        "chargeback", "charge back", "charge-back", "a-to-z", "a to z", "atoz", "paypal (dispute|claim|case)", "dispute (the|this|my|a) (charge|payment|transaction)",
                        "(open|opened|opening|file|filed|filing|start|started) (a )?(paypal |bank )?(dispute|claim|case)", "(my|the) bank(?! holiday)", "credit card (company|provider)",
                        "card issuer", "reverse the (charge|payment)", "guarantee claim", "buyer protection",
                        "a-bis-z", "a bis z", "ruckbuchung", "zuruckbuchen", "lastschrift (zuruck|widerruf)", "paypal.{0,20}(konflikt|fall|reklamation)", "kauferschutz",
                        "(meine|die) bank (zuruck|informier|einschalt)", "kreditkartenfirma", "kreditkarteninstitut",
                        "a a z", "a-z", "opposition (bancaire|sur|a)", "litige", "ma banque", "protection des achats",
                        "de la a a la z", "contracargo", "disputa", "reclamacion (a|en) paypal", "mi banco", "proteccion al comprador",
                        "dalla a alla z", "contestazione", "la mia banca", "controversia", "protezione acquist", "stornare", "storno",
                        "チャージバック", "カード会社", "aからz", "a-z保証", "異議申し立て", "支払いを取り消", "paypalに",
                        "拒付", "信用卡公司", "paypal争议", "银行", "争议", "申请退单", "发起纠纷")
                .add("SAFETY_HAZARD",
                        "caught (on )?fire", "on fire", "(?<![\\p{L}])fire(?! ?(tv|stick|tablet|hd|red|engine|-red|truck|7|8|10))", "flames?", "smoke(?! ?(detector|alarm|machine|grey|gray))", "smoking (hot|charger)",
                        "burn(?!\\s+(a|the|my)\\s+(cd|dvd|disc|playlist))", "electric(al)? shock", "shocked (me|my|him|her)", "electrocut", "sparks?(ed|ing)?(?! ?(plug|joy))",
                        "injur", "hurt (me|my|him|her|myself|the baby)", "cut (my|his|her) (finger|hand)", "bleed", "blister", "rash", "itch", "swell(ing|ed)", "allerg",
                        "hospital", "doctor", "er visit", "choking", "toxic", "poison", "hot to the touch", "overheat", "melt", "explod", "battery (swell|bulg)",
                        "in brand", "brandgefahr", "brand (gefangen|entstanden)", "feuer(?!wehrrot)", "rauch(?!melder)", "verbrann", "stromschlag", "verletz", "ausschlag",
                        "allergi", "explodiert", "geschmolzen", "krankenhaus", "arzt", "funken", "uberhitz", "juckreiz",
                        "(?<![\\p{L}])feu(?! vert)(?![\\p{L}])", "fumee", "brule", "brulure", "choc electrique", "electrocut", "blesse", "allergi", "explose", "fondu",
                        "hopital", "medecin", "etincelle", "surchauffe", "irritation", "demangeaison",
                        "fuego", "humo", "quemadura", "(se )?quemo", "descarga", "electrocut", "herid", "alergi", "exploto", "derriti", "hospital", "medico", "chispa",
                        "sobrecalent", "sarpullido", "irritacion",
                        "fuoco", "fumo", "bruciat(?!o pixel)", "ustion", "scossa", "folgorat", "ferit", "allergi", "esplos", "fuso", "ospedale", "medico", "scintill",
                        "surriscald", "irritazione", "prurito",
                        "発火", "煙", "やけど", "火傷", "感電", "怪我", "けが", "発疹", "アレルギー", "かぶれ", "爆発", "溶け", "病院", "火花", "過熱", "熱くな", "燃え",
                        "起火", "冒烟", "烫伤", "烧伤", "触电", "受伤", "过敏", "爆炸", "着火", "烧焦", "融化", "医院", "火花", "过热", "发烫", "起疹", "漏电")
                .add("NEGATIVE_REVIEW_THREAT",
                        "(leave|give|write|post|leaving|giving|writing) (you )?(a |an )?(bad|negative|terrible|horrible|1[- ]?star|one[- ]?star|poor|low|honest) (review|feedback|rating)",
                        "(will|going to|gonna|i'll|otherwise|or i|or else|unless) .{0,40}(review|feedback|rating|star)", "negative feedback", "bad review", "1[- ]star review",
                        "(schlechte|negative) bewertung", "(1|einen|ein) stern", "bewerte ich", "werde .{0,30}bewert", "sonst .{0,30}bewertung",
                        "(mauvais|negatif) (avis|commentaire)", "(1|une) etoile", "laisserai .{0,30}(avis|commentaire)", "sinon .{0,30}avis",
                        "(mala|negativa) (resena|valoracion|opinion)", "una estrella", "dejare .{0,30}(resena|valoracion|opinion)", "si no .{0,30}(resena|valoracion)",
                        "(recensione|feedback|valutazione) negativ", "una stella", "lascero .{0,30}(recensione|feedback)", "altrimenti .{0,30}(recensione|feedback)",
                        "悪い評価", "低評価", "星1", "星ひとつ", "星一つ", "レビューに書", "評価を下げ",
                        "给差评", "差评", "打差评", "一星", "给低分")
                .add("ABUSIVE_LANGUAGE",
                        "fuck", "shit", "idiot", "stupid", "asshole", "bastard", "moron", "bitch", "damn you", "crap", "wtf", "bullshit", "dumbass", "morons",
                        "scheis", "arsch", "depp", "wichser", "verdammt", "drecks", "vollidiot",
                        "merde", "connard", "putain", "encule", "abruti", "cretin", "bande de",
                        "mierda", "idiota", "pendejo", "cabron", "gilipollas", "imbecil", "estupido", "joder", "hijo de puta",
                        "cazzo", "stronzo", "vaffanculo", "imbecille", "merda", "coglion", "porca",
                        "バカ", "ばか", "クソ", "くそ", "死ね", "アホ", "ふざけんな", "ボケ",
                        "傻逼", "混蛋", "他妈的", "王八蛋", "妈的", "去死", "白痴", "蠢货", "滚蛋");
    }
}
