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

    /**
     * Places a buyer can take a story public: platforms, channels, followers, newspapers and programmes (folded). Alone
     * they are no threat ("I saw your ad on TikTok"); near a cue of what the buyer will do, they are.
     */
    private static final String[] OUTLETS_LATIN = {
            "youtube", "tiktok", "instagram", "insta", "facebook", "twitter", "reddit", "twitch", "vlog", "blog",
            "(on|auf|en|sur|su) x", "x\\.com", "(my|our) (channel|followers|subscribers|town's facebook)",
            "(meine?[mn]?|unsere?[mn]?) (kanal|follower|abonnenten|camping-vlog)", "(ma|mes) (chaine|abonnes)",
            "(mi|mis) (canal|seguidores|stories|historias)", "(il )?mio (canale|vlog)", "(miei|ai miei) follower", "newspaper",
            "the papers", "local paper", "daily mail", "bbc", "watchdog", "zeitung", "marktcheck", "suddeutsche", "bild",
            "france bleu", "complement d'enquete", "periodico", "20minutos", "giornal[a-z]*", "gazzettino", "mi manda rai",
            "le iene", "striscia", "ptt", "dcard", "ig", "channel", "abonnes", "60 millions", "warning video", "warnvideo",
            "video de respuesta", "story"};
    private static final String[] OUTLETS_CJK = {
            "地元紙", "動画", "视频", "影片", "x ?に", "x上", "週刊誌", "新聞", "テレビ局", "ツイッター", "noteに", "ブログ", "微博", "b站", "小红书", "抖音", "粉专",
            "粉專", "限动", "限動", "直播", "粉丝", "粉絲", "朋友圈", "油管", "八卦版", "记者", "記者", "媒体", "媒體", "报社", "報社"};
    /** What the buyer is about to do, or the condition of the threat: "tonight", "or else", "sonst", "je vais", "我就把". */
    private static final String[] THREAT_CUES_LATIN = {
            "will", "i'll", "going to", "gonna", "about to", "next step", "otherwise", "or else", "or i", "or i'm",
            "or the (recordings|screenshots|video|photos)", "unless", "tonight", "tomorrow", "one more",
            "i'm (filming|recording|doing|making|starting|writing|posting|putting|sending|covering|taking)",
            "(filming|recording|making|doing|starting|writing|covering) (a|an|the|my|this|it)",
            "sending (it|this|the|everything)", "go(es)? up", "tagging", "so (that )?(everyone|nobody|people|others)",
            "i've sent", "sonst", "rufe", "werde", "lade", "zeige", "drehe", "schreibe", "mache", "stelle",
            "gebe .{0,20} weiter", "landen", "landet", "heute abend", "damit alle", "gemeldet", "sinon", "j'ecris", "j'envoie",
            "republie", "je vais", "vais", "je (fais|raconte|publie|poste|mets|balance|filme|prepare|envoie|ecris|republie)",
            "ce soir", "pour (prevenir|que tout)", "j'appelle", "c'est sur", "voy a", "o lo", "si no", "subo", "cuento", "pongo",
            "grabo", "publico", "hago", "va directo", "estoy (grabando|preparando|haciendo)", "manana", "esta noche", "sale en",
            "para que", "le escribi", "altrimenti", "o (faccio|lo|vado)", "se non", "carico", "metto", "racconto", "faccio",
            "mando", "scrivo", "pubblico", "posto", "giro", "sto preparando", "vado (dai|a|su)", "stasera", "per avvisare"};
    private static final String[] THREAT_CUES_CJK = {
            "送ります", "書きます", "投稿します", "投稿する", "上げます", "載せます", "晒", "持ち込", "紹介します", "つもり", "なければ", "ないなら", "今夜", "我要", "我会", "我會",
            "准备", "準備", "就在", "就把", "今晚", "再这样", "再這樣", "不然", "否则", "否則", "发到", "發到", "贴到", "貼到", "发文", "發文", "拍成", "做成", "曝光",
            "让大家", "讓大家", "给粉丝", "給粉絲"};
    /** A Latin word stands alone: "ig" is not the start of "ignore", "bild" not of "Bildschirm". */
    private static final String LATIN_WORD = "(?<![a-z0-9])(?:%s)(?![a-z0-9])";

    /** Any public outlet: the cheap first test, so that the threat cues are looked for only in the few messages that name one. */
    static RuleSet mediaOutlets() {
        RuleSet outlets = new RuleSet();
        for (String outlet : OUTLETS_LATIN) {
            outlets.add("OUTLET", LATIN_WORD.formatted(outlet));
        }
        return outlets.add("OUTLET", OUTLETS_CJK);
    }

    /** What the buyer is about to do, near an outlet: see {@link RuleSet#near}. */
    static RuleSet threatCues() {
        RuleSet cues = new RuleSet();
        for (String cue : THREAT_CUES_LATIN) {
            cues.add("CUE", LATIN_WORD.formatted(cue));
        }
        return cues.add("CUE", THREAT_CUES_CJK);
    }

    /** How far apart an outlet and a threat cue may be: about a sentence. */
    static final int OUTLET_CUE_GAP = 60;

    private RiskRules() {
    }

    static RuleSet build() {
        return new RuleSet()
                .add("LEGAL_THREAT",
                        "services fiscaux", "aepd", "cnil", "superintendencia", "omic", "(mio|il mio|un) legale", "agcm", "agenzia delle entrate", "advertising standards", "marktuberwachung", "federation romande",
                        "widerruf", "14-tage-frist", "mahnbescheid", "wettbewerbszentrale", "arbeiterkammer", "konsumentenschutz", "finanzamt", "melde .{0,30}(beim|dem|der) (finanzamt|ordnungsamt|gewerbeamt)", "diritto di recesso", "beau-frere est avocat", "est avocat", "est abogado", "(姊夫|姐夫|哥哥|朋友)是律师",
                        "asa", "hmrc", "misleading advertising", "(reporting|report) (this|you|it|your listing) to", "sernac", "indecopi", "agencia tributaria", "monitorio", "burofax", "reclamo ante", "esposto", "federconsumatori", "consumatori", "conciliazione", "消費生活", "不当表示", "消基会", "消保官", "消委会", "存证信函", "律师函", "申诉",
                        "lawyer", "attorney", "solicitor", "legal action", "legal steps", "take legal", "lawsuit", "(will|going to|gonna|i'll|i shall|i will) (sue|take you to court)",
                        "sue (you|your|the seller|this)", "small claims", "(?<!tennis )(?<!food )court(?!\\p{L})(?! ?yard)", "trading standards", "consumer protection", "consumer rights",
                        "better business bureau", "bbb", "ftc", "attorney general", "citizens advice", "ombudsman", "report (you|this|your (shop|store|company)) to",
                        "(?<![\\p{L}-])law(suit)?(?![\\p{L}-])(?<!in-law)(?! firm)",
                        "anwalt(?!skanzlei)", "rechtsanwalt(?!skanzlei)", "klage", "verklag", "(vor|zum|ans) gericht", "gericht(lich| gehen| ziehen)", "verbraucherzentrale", "verbraucherschutz", "rechtliche schritte",
                        "anzeige (erstatten|machen)", "strafanzeige", "polizei", "abmahnung", "schlichtungsstelle",
                        "(mon|un|mes) avocat", "contacter (un|mon) avocat", "poursuite", "tribunal", "porter plainte", "plainte", "dgccrf", "action en justice",
                        "en justice", "signalconso", "que choisir", "mediateur", "60 millions",
                        "abogado(?!s? (pidio|necesit))(?<!bufete de abogado)(?<!despacho de abogado)", "demanda (judicial|legal)", "demandar", "denunciar", "denuncia", "profeco", "ocu", "oficina de consumo", "consumo",
                        "accion(es)? legal(es)?", "(?<!a mi )(?<!a su )juicio", "juzgado", "hoja de reclamaciones", "facua",
                        "avvocat", "denuncia(?! dei redditi)", "denunciare", "guardia di finanza", "obbligo di legge", "antitrust", "tribunale", "vie legali", "azioni legali", "codacons", "altroconsumo", "giudice", "querela",
                        "carabinieri", "polizia",
                        "弁護士", "訴え", "訴訟", "裁判", "消費者センター", "消費者庁", "税務署", "消費生活センター", "国民生活センター", "法的措置", "警察", "通報",
                        "律师(?!事务所)", "起诉", "法院", "12315", "消费者协会", "消协", "工商", "市场监管", "报警", "法律途径", "举报", "税务局", "投诉到")
                .add("MEDIA_THREAT",
                        "abonnenten", "lokalzeitung", "auf insta", "geht (heute abend )?auf tiktok", "video ist (schon )?gedreht", "schreibe ich .{0,30}(facebook|blog|forum|gruppe|reddit)", "die fotos (gehen|kommen) an", "j'ai filme", "la video part", "journal local", "journaliste au", "je publie les photos", "publie .{0,30}(photos|video)", "経緯をまとめて", "比較写真", "写真付きで", "ショップ名付き", "インスタに", "ptt", "po上",
                        "subscribers", "followers", "local (paper|radio|news|bbc|tv)", "radio phone-in", "filmed it", "goes on (my )?(tiktok|youtube|instagram)", "r/\\p{L}", "the whole saga", "comparison (photos|video)", "case study", "(my|a) (sister|brother|cousin|friend|mate) works (at|for) the", "suscriptores", "periodico", "la radio", "sube a tiktok", "lo grabe", "grupo de facebook", "el periodico", "iscritti", "giornale", "mi manda rai", "nelle storie", "girato il video", "va su tiktok", "resto del carlino", "登録者", "週刊誌", "記者", "動画の", "インスタに", "粉丝", "报纸", "发ig", "限动", "po上", "ptt", "b站", "视频主题",
                        "(post|share|upload|expose|tell|warn|report|write|put|film|publish|spread|make|making|filming|posting|sharing|uploading)(s)? .{0,40}" + PUBLIC_PLACES,
                        "for my .{0,12}followers", "(go|goes|going) up on", "screenshots? (are|is|will be) going (to|on)", "(make|making) a (tiktok|video|youtube)",
                        "(youtube|tiktok|instagram|facebook|twitter|reddit) (video|post|review|story) (about|of|on) (you|your|this)",
                        "social media", "the press", "journalist", "reporter", "newspaper", "go viral", "media", "tv station", "consumer show",
                        "soziale(n)? (medien|netzwerke)", "lokalblatt", "thema in meine(m|r)? (zeitung|artikel|blog|kolumne)", "keine antwort .{0,60}(video|internet|instagram|tiktok|youtube)", "presse", "journalist", "zeitung", "offentlich machen", "(poste|teile|veroffentliche|stelle)(?!d)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|online|netz)", "alle warnen",
                        "landet .{0,40}(internet|youtube|tiktok|instagram|netz)", "reseaux sociaux", "thread sur", "balancer .{0,40}(video|internet|reseaux|en ligne)", "je (vais|prepare) .{0,30}(video|thread)", "emission", "capital sur m6", "la presse", "journaliste", "(publier|poster|partager|denoncer|raconter)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|en ligne|reseaux)", "faire le buzz", "tout le monde (saura|va savoir)",
                        "redes sociales", "(subo|subire|publico|publicare|contare|cuento|pongo) .{0,40}(video|twitter|instagram|tiktok|youtube|redes|internet)", "programa de (la )?tele", "hilo de twitter", "la prensa", "periodista", "(publicar|subir|compartir|contar|denunciar)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|redes)", "hacerlo viral", "que todo el mundo sepa",
                        "sui social", "le iene", "alle iene", "striscia", "social network", "la stampa", "giornalist", "(pubblic|postar|condivid|raccont)\\p{L}* .{0,40}(facebook|instagram|tiktok|youtube|internet|social)", "striscia la notizia", "tutti sapranno",
                        "sns", "拡散", "マスコミ", "ネットに", "晒", "動画を(tiktok|youtube|インスタ|x)", "(sns|x|ツイッター|インスタ|tiktok|youtube|ユーチューブ)に(投稿|上げ|晒|載せ)(し)?(ます|る|てやる)", "口コミに書", "テレビ局",
                        "曝光", "媒体", "发(到|上)?(微博|抖音|小红书|网上|朋友圈)", "发到网上", "网上曝光", "记者", "截图发", "爆料", "dcard", "写一篇", "让大家看看")
                .add("CHARGEBACK_CLAIM",
                        "disput(e|ing) (the|this|my|a) (charge|payment|transaction)", "charg(e|ing) it back", "retrofacturation", "contest(e|er) (le prelevement|la transaction|le paiement)", "paypal.{0,6}(退单|开|開) ?(dispute)?", "paypal.{0,10}申し立て", "desconocer el cargo", "disputo el cargo", "爭議",
                        "abbuchung .{0,30}bank", "bei der bank", "buche ich .{0,20}zuruck", "paypal开了", "paypal開了", "(未收到商品|商品未收到).{0,6}争议",
                        "(ask|asking|tell|telling|call|calling) (visa|mastercard|amex|my card|the card|my card issuer)", "claw (it |the money )?back", "not authori[sz]ed", "(visa|mastercard) (to )?(reverse|refund|claw)", "devuelva el cargo", "disconosc", "addebito", "storno con la carta", "faccio lo storno", "paypalで", "カード会社に", "a-to-z索赔", "索赔", "开了.{0,12}争议",
                        "chargeback", "charge back", "charge-back", "a-to-z", "a to z", "atoz", "paypal (dispute|claim|case)", "dispute (the|this|my|a) (charge|payment|transaction)",
                        "(open|opened|opening|file|filed|filing|start|started) (a )?(paypal |bank )?(dispute|claim|case)", "(my|the) bank(?! holiday)", "credit card (company|provider)",
                        "card issuer", "reverse the (charge|payment)", "guarantee claim", "buyer protection",
                        "a-bis-z", "a bis z", "ruckbuchung", "zuruckbuchen", "lastschrift (zuruck|widerruf)", "paypal.{0,20}(konflikt|fall|reklamation)", "kauferschutz",
                        "(meine|die) bank (zuruck|informier|einschalt)", "kreditkartenfirma", "kreditkarteninstitut",
                        "a a z", "a-z", "opposition (bancaire|sur|a)", "litige", "ma banque", "protection des achats",
                        "de la a a la z", "contracargo", "anul(e|ar|en) el cargo", "mi tarjeta", "disputa", "reclamacion (a|en) paypal", "mi banco", "proteccion al comprador",
                        "dalla a alla z", "contestazione", "la mia banca", "controversia", "protezione acquist", "stornare",
                        "チャージバック", "マーケットプレイス保証", "カード会社", "aからz", "a-z保証", "異議申し立て", "支払いを取り消", "paypalに",
                        "拒付", "信用卡公司", "paypal争议", "银行", "争议", "申请退单", "发起纠纷")
                .add("SAFETY_HAZARD",
                        "haut-le-cœur", "batterie a gonfle", "勒出", "摔下来", "擦破", "烧出", "ampolla", "eczema", "eccema", "fisura", "scottat", "針縫", "qualm", "verbrenn", "plaques rouges", "ca gratte", "suture", "decharge",
                        "brandstelle", "quaddeln", "gewurgt", "aufgeschnitten", "aufgeblaht", "gezischt", "prellung", "geschnitten", "urticaire", "haut-le-coeur", "entaille", "hematome", "reaction apres", "allergie", "荨麻疹", "蕁麻疹",
                        "hives", "bruise", "a&e", "gagged", "gagging", "sliced", "cut (the tip|my thumb|my finger|his finger|her finger)", "(battery|batteries) (has |have )?(swollen|bulging|bulged)", "swollen battery", "hissed", "popped", "reaction after", "(nut|peanut) allerg", "anaphyla", "emergency room", "urticaria", "hematoma", "arcadas", "me corte", "reaccion (alergica)?", "urgencias", "orticaria", "ematoma", "conato", "tagliat", "reazione", "pronto soccorso", "じんましん", "あざ", "えずい", "切りました", "膨張", "膨らみ", "反応が", "救急", "荨麻疹", "淤青", "干呕", "削掉", "鼓包", "爆了", "焦味", "烫出", "急诊",
                        "caught (on )?fire", "on fire", "(?<![\\p{L}])fire(?! ?(tv|stick|tablet|hd|red|engine|-red|truck|7|8|10))", "flames?", "smoke(?! ?(detector|alarm|machine|grey|gray))", "smoking (hot|charger)",
                        "burn(?!\\s+(a|the|my)\\s+(cd|dvd|disc|playlist))(?! ?(option|software|function|button|speed))", "(gave|give|gives|got) (me )?a (shock|jolt)", "jolt", "electric(al)? shock", "shocked (me|my|him|her)", "electrocut", "sparks?(ed|ing)?(?! ?(plug|joy))",
                        "injur", "hurt (me|my|him|her|myself|the baby)", "cut (my|his|her) (finger|hand)", "bleed", "blister", "rash", "itch", "swell(ing|ed)", "allerg",
                        "hospital", "doctor", "er visit", "choking", "toxic", "poison", "hot to the touch", "overheat", "melt", "explod", "battery (swell|bulg)",
                        "in brand", "brandgefahr", "brand (gefangen|entstanden)", "feuer(?!wehr|rot)", "rauch(?!melder)", "verbrann", "stromschlag", "verletz", "geschnitten", "blutet", "ausschlag",
                        "allergi", "explodiert", "geschmolzen", "krankenhaus", "arzt", "funken", "gefunkt", "verschmort", "(einen )?schlag (an|abbekommen|bekommen)", "uberhitz", "juckreiz",
                        "(?<![\\p{L}])(?<!rouge )feu(?! vert)(?! de camp)(?![\\p{L}])", "(?<!detecteur de )(?<!detecteurs de )(?<!ni )fumee", "brule", "brulure", "choc electrique", "electrocut", "blesse", "allergi", "explose", "fondu",
                        "hopital", "medecin", "etincelle", "surchauffe", "irritation", "demangeaison",
                        "(?<!rojo )fuego", "humo", "quemadura", "(se )?quemo", "queme", "quemado", "descarga", "electrocut", "herid", "alergi", "exploto", "derriti", "hospital", "medico", "chispa",
                        "sobrecalent", "sarpullido", "irritacion",
                        "(?<!rosso )fuoco", "fumo", "bruciat(?!o pixel)", "ustion", "scossa", "folgorat", "ferit", "allergi", "esplos", "fuso", "ospedale", "medico", "scintill",
                        "surriscald", "irritazione", "prurito",
                        "発火", "煙(?!探知)", "やけど", "火傷", "感電", "怪我", "けが", "発疹", "アレルギー", "かぶれ", "爆発", "溶け", "病院", "火花", "過熱", "熱くな", "燃え",
                        "起火", "冒烟", "(?<!没有)烟(?!雾报警)", "烫伤", "烧伤", "触电", "受伤", "过敏", "爆炸", "着火", "烧焦", "融化", "医院", "火花", "过热", "发烫", "起疹", "漏电")
                .add("NEGATIVE_REVIEW_THREAT",
                        "(1|one)[- ]?star", "1 estrella", "baisse a 1", "bajo a 1", "追评", "peggior recensione", "最悪のレビュー", "schlechteste bewertung", "evaluation negative", "mon avis (previendra|le dira|dira)", "sans filtre",
                        "in meiner bewertung", "trustpilot-bewertung", "google-rezension", "rezension, die", "schreibe ich eine .{0,20}(bewertung|rezension)", "avis google", "我的评论会", "不然我的评",
                        "(it's|its|it is) 1 star", "(google|trustpilot|amazon|ebay) review (going up|is already)", "my review will", "expect a review", "review (going up|is already written)", "review going up", "calificacion negativa", "opinion bien clarita", "resena de google", "mi valoracion", "mi resena (avisara|dira)", "resena negativa", "recensione (google|su trustpilot)", "feedback molto sincero", "la mia recensione", "recensione a una stella", "口コミはもう", "レビューで", "評価に書", "评价会", "评论会", "评价写", "评价里",
                        "(leave|give|write|post|leaving|giving|writing) (you )?(a |an |the )?(bad|negative|terrible|horrible|worst|1[- ]?star|one[- ]?star|poor|low|honest) (review|feedback|rating)",
                        "(will|going to|gonna|i'll|otherwise|or i|or else|unless) .{0,40}(review|feedback|rating|star)", "negative feedback", "bad review", "1[- ]star review",
                        "(schlechte|negative) bewertung", "sterne-bewertung", "1-sterne", "stern-bewertung", "(1|einen|ein) stern", "bewerte ich", "werde .{0,30}bewert", "sonst .{0,30}bewertung",
                        "(mauvais|negatif) (avis|commentaire)", "avis neg", "(1|une) etoile", "laisserai .{0,30}(avis|commentaire)", "sinon .{0,30}avis",
                        "(mala|negativa) (resena|valoracion|opinion)", "(resena|valoracion|opinion) negativa", "una estrella", "dejare .{0,30}(resena|valoracion|opinion)", "si no .{0,30}(resena|valoracion)",
                        "(recensione|feedback|valutazione) negativ", "una stella", "lascero .{0,30}(recensione|feedback)", "altrimenti .{0,30}(recensione|feedback)",
                        "悪い評価", "低評価", "星1", "星ひとつ", "星一つ", "レビューに書", "評価を下げ",
                        "给差评", "差评", "打差评", "一星", "给低分", "负评")
                .add("ABUSIVE_LANGUAGE",
                        "腦殘", "傻x", "是猪吗", "狗屁", "聋子", "pinches", "puta", "la concha de tu madre", "bordel", "incapables", "vous vous foutez",
                        "pfeifen", "spacken", "zu blod", "volltrottel", "armleuchter", "vous etes cons", "guignols", "enfoires", "abrutis", "脑残", "你们是在玩我",
                        "dickhead", "f\\*+c?k", "f\\*+king", "scumbag", "thieving", "gits", "numpties", "how thick are you", "you useless", "jesus christ", "ffs", "tontos", "hijos de puta", "puto", "atajo de inutiles", "cabrones", "stronzi", "rincoglionit", "deficienti", "siete scemi", "branco di", "クズ", "カス", "ポンコツ", "無能", "泥棒", "野郎", "蠢猪", "我操", "脑残", "眼瞎", "脑包",
                        "fuck", "shit", "the hell", "clowns", "muppets", "useless (idiots|clowns|morons|bunch)", "idiot", "stupid", "asshole", "bastard", "moron", "bitch", "damn you", "crap", "wtf", "bullshit", "dumbass", "morons",
                        "scheis", "arsch", "vollpfosten", "penner", "idioten", "depp", "wichser", "verdammt", "drecks", "vollidiot",
                        "merde", "connard", "putain", "encule", "abruti", "cretin", "bande de",
                        "mierda", "cojones", "panda de (ladrones|inutiles|idiotas)", "idiota", "pendejo", "cabron", "gilipollas", "imbecil", "estupido", "joder", "hijo de puta",
                        "cazzo", "fanculo", "manica di", "stronzo", "vaffanculo", "imbecille", "merda", "coglion", "porca",
                        "バカ", "ばか(?!り)", "クソ", "くそ", "死ね", "アホ", "ふざけんな", "ボケ",
                        "傻逼", "智障", "废物", "脑子有病", "混蛋", "他妈的", "王八蛋", "妈的", "去死", "白痴", "蠢货", "滚蛋");
    }

    /** A review already left, or being changed: "I left 1 star last week", "meine Bewertung von letzter Woche". */
    static RuleSet pastReview() {
        return new RuleSet().add("PAST",
                "(i|i've|i have|already) (left|gave|given|posted|wrote|written)", "last (week|month)", "(change|update|edit|modify|raise|improve)\\p{L}* (it|my|the)",
                "hatte", "letzte(r|n)? (woche|monat)", "(andern|aktualisieren|anpassen)",
                "j'avais", "j'ai laisse", "modifier", "le mois dernier",
                "habia", "deje", "el mes pasado", "cambiar (mi|la) (resena|valoracion)", "modificar",
                "avevo", "ho lasciato", "modificarlo", "l'ho alzata", "il mese scorso",
                "先月", "修正したい", "変更したい", "つけてしまい",
                "上个月", "修改评价", "想修改", "给了差评", "之前给");
    }

    /** A threat made now: "or I will", "otherwise", "sonst", "sinon", "o os", "altrimenti", "否则", "なければ". */
    static RuleSet futureThreat() {
        return new RuleSet().add("FUTURE",
                "(will|going to|gonna|i'll) (leave|give|write|post)", "(or|otherwise|unless)", "sonst", "wenn (das|sie|ihr) nicht", "sinon", "si (vous|rien)",
                "o os", "o me", "si no", "altrimenti", "se non", "否则", "不然", "再这样", "なければ", "しないと");
    }
}
