package com.linkstar.reply.core.classify;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that come near a risk without making one: a public outlet, an injury or a burn, a lawyer or the police, a bank
 * or a payment dispute, a review, an insult. The risk rules raise a risk only on a threat or an incident ("I'll post a video on
 * YouTube", "it caught fire"); these words are looser on purpose. A message with any of them is never sent without a
 * person, even when no risk was raised: auto-send is the one path where a missed risk reaches the buyer unread, so it asks
 * for the absence of the words, not only of the threat.
 *
 * <p>Written from the risk conventions of DESIGN.md §3 and the development sets' misses, in the eight template
 * languages; words with an everyday product meaning are left out or fenced ("shockproof", "Rauchmelder", "messa a
 * fuoco", "avis de passage", and けが, which is inside だけが). Matching is on folded text (lower case, no accents); a Latin phrase starts a word and may end inside one
 * ("verletz" is "verletzt" and "Verletzung").
 */
public final class RiskHints {

    /** A reply to a message with these words waits for a person; the names appear in the draft's reason. */
    private static final String PUBLIC = "public";
    private static final String SAFETY = "safety";
    private static final String LEGAL = "legal";
    private static final String PAYMENT = "payment";
    private static final String REVIEW = "review";
    private static final String ABUSE = "abuse";

    private final RuleSet rules = build();

    public RiskHints() {
        // build the trigger index now: instances are shared, and a lazily built index would be built by every thread
        rules.matching("");
    }

    /** @return the kinds of risk words in the buyer's own text (quoted earlier mails left out), sorted; empty when none */
    public Set<String> in(String text) {
        String folded = TextNormalizer.fold(MessageCleaner.clean(text));
        Set<String> kinds = new TreeSet<>();
        for (RuleSet.Rule rule : rules.matching(folded)) {
            kinds.add(rule.id());
        }
        return kinds;
    }

    private static RuleSet build() {
        RuleSet set = new RuleSet();
        PUBLIC_WORDS.forEach(p -> set.add(PUBLIC, p));
        SAFETY_WORDS.forEach(p -> set.add(SAFETY, p));
        LEGAL_WORDS.forEach(p -> set.add(LEGAL, p));
        PAYMENT_WORDS.forEach(p -> set.add(PAYMENT, p));
        REVIEW_WORDS.forEach(p -> set.add(REVIEW, p));
        ABUSE_WORDS.forEach(p -> set.add(ABUSE, p));
        return set;
    }

    /**
     * Platforms and the press, and going public in general. Not {@link RiskRules#mediaOutlets}: that list has outlets with
     * an everyday meaning ("Bild", "story", "channel", 视频), harmless there because the media rule also wants a threat
     * cue nearby, but here a word alone holds a reply.
     */
    private static final List<String> PUBLIC_WORDS = List.of(
            "social", "the press", "the media", "journalist", "reporter", "the news", "newspaper", "go public",
            "warn (others|everyone|people)", "youtube", "tiktok", "instagram", "facebook", "twitter", "reddit", "twitch", "vlog",
            "blog", "follower", "subscriber",
            "die presse", "der presse", "die medien", "zeitung", "offentlich", "andere warnen", "abonnenten",
            "la presse", "journaliste", "les medias", "rendre public", "abonnes",
            "la prensa", "periodista", "los medios", "avisar a (otros|todos)", "seguidores",
            "alla stampa", "giornal", "avvisare (gli altri|tutti)",
            "マスコミ", "sns", "拡散", "晒す", "公表", "ツイッター", "ブログ", "新聞", "テレビ", "週刊誌", "記者",
            "网上", "网络上", "媒体", "曝光", "发帖", "社交", "公开", "公開", "微博", "小红书", "抖音", "b站", "油管", "粉丝", "朋友圈", "记者", "直播");

    /** Fire, heat, electricity, injury, skin, poison, a doctor: what a safety hazard is made of (DESIGN.md §3). */
    private static final List<String> SAFETY_WORDS = List.of(
            // English
            "fire", "flame", "smoke", "smoking", "burn", "scorch", "melt", "spark(?!l)", "overheat", "too hot", "very hot", "so hot",
            "extremely hot", "gets hot", "got hot", "getting hot", "dangerous", "danger", "hazard", "unsafe",
            "shock(?!proof|-proof| absorb)", "electrocut", "injur", "hurt", "bleed", "blood(?! pressure| sugar| glucose| oxygen)",
            "graze", "bruise", "scald", "wound", "stitches", "rash", "itch", "allerg", "swollen", "swelling", "hospital", "doctor",
            "a&e", "emergency", "poison", "toxic", "chok(?!er)", "explod", "explosion", "blew up", "short circuit", "short-circuit",
            "fell (off|out|over|down)", "cut (my|his|her|their) ",
            // German
            "feuer", "in brand", "brandfleck", "brandgeruch", "brandloch", "brandspur", "abgebrannt", "rauch(?!melder)", "qualm",
            "gequalmt", "verbrann", "verbrenn", "brennt", "gebrannt", "geschmolzen", "schmilzt", "funken", "uberhitz",
            "heiss(?!t|en)", "gefahr(?!en)", "stromschlag", "gewischt", "verletz", "blut(?!druck|zucker)", "aufgeschlagen",
            "verbruh", "gesturzt", "hingefallen", "prellung", "platzwunde", "wunde(?!r)", "genaht", "ausschlag", "juck", "allerg",
            "geschwollen", "krankenhaus", "notaufnahme", "arzt", "giftig", "explodiert", "kurzschluss", "verschluck", "erstick",
            // French
            "feu(?![a-z])", "incendie", "flamme", "fumee", "brul", "fondu(?!e)", "etincel", "surchauff", "tres chaud", "trop chaud",
            "danger", "decharge electrique", "electrocut", "bless", "saign", "du sang", "ebouillant", "plaie", "cicatrice",
            "points de suture", "eruption", "demang", "allerg", "hopital", "medecin", "urgences", "toxique", "poison", "etouff",
            "explos", "court-circuit", "court circuit", "s'est cogne",
            // Spanish
            "fuego", "incendio", "humo", "quem", "derriti", "chispa", "sobrecalent", "muy caliente", "demasiado caliente",
            "peligr", "descarga electrica", "me dio (una )?descarga", "electrocut", "calambre", "herid", "lesion", "sangr",
            "moraton", "escald", "cicatriz", "puntos de sutura", "se cayo", "sarpullido", "erupcion", "picazon", "alergi",
            "hinchad", "hospital", "medico", "urgencias", "toxico", "veneno", "asfixi", "atragant", "explot", "cortocircuito",
            // Italian
            "(?<!messa a )fuoco", "incendi", "fiamm", "fumo", "bruci", "ustion", "scottat", "sciolt", "scintill", "surriscald",
            "bollente", "molto caldo", "troppo caldo", "pericol", "scossa", "folgora", "ferit", "sangu", "battuto", "livid",
            "cicatric", "punti di sutura", "caduto", "caduta", "eruzion", "prurito", "allergi", "ospedale", "pronto soccorso",
            "medico", "tossic", "veleno", "soffoc", "esplos", "cortocircuito", "corto circuito",
            // Japanese
            "発火", "火事", "火災", "燃え", "煙", "焦げ", "溶け", "火花", "過熱", "熱くな", "熱すぎ", "高温", "危険", "危ない", "感電", "しびれ",
            "怪我", "ケガ", "出血", "血が", "転倒", "転ん", "ぶつけ", "擦り傷", "切り傷", "打撲", "やけど", "火傷", "発疹", "かぶれ", "かゆい",
            "かゆみ", "痒", "アレルギー", "腫れ", "病院", "医者", "救急", "有毒", "爆発", "破裂", "ショートし", "漏電", "窒息", "誤飲",
            // Chinese
            "着火", "起火", "火灾", "失火", "燃烧", "烧焦", "烧坏", "烧了", "冒烟", "烟", "焦味", "糊味", "融化", "熔化", "火花", "过热", "很烫",
            "太烫", "发烫", "烫伤", "危险", "触电", "漏电", "电到", "受伤", "划伤", "割伤", "擦伤", "撞伤", "摔倒", "摔伤", "跌倒", "磕伤",
            "磕破", "淤青", "缝针", "伤口", "流血", "出血", "过敏", "皮疹", "起疹", "红肿", "痒", "医院", "医生", "急诊", "有毒", "中毒", "爆炸",
            "炸了", "短路", "窒息", "误食", "误吞");

    /** Lawyers, courts, the police, consumer bodies, fraud: the vocabulary of a legal threat without the threat. */
    private static final List<String> LEGAL_WORDS = List.of(
            "lawyer", "attorney", "solicitor", "legal", "lawsuit", "sue(?![a-z])", "sued", "suing", "court(?!es)", "police",
            "trading standards", "consumer", "ombudsman", "regulator", "authorit", "fraud", "scam", "my rights", "small claims",
            "anwalt", "anwaltin", "rechtsanwalt", "gericht", "klage", "verklag", "polizei", "strafanzeige", "verbraucher", "betrug",
            "betruger", "meine rechte", "rechtlich", "juristisch", "abmahn",
            "avocat", "tribunal", "justice", "plainte", "gendarmerie", "dgccrf", "consommat", "arnaque", "escroc", "fraude",
            "mes droits", "juridique", "mise en demeure", "huissier",
            "abogad", "juzgado", "demanda", "denunci", "policia", "consumidor", "estafa", "mis derechos", "juicio",
            "avvocat", "tribunale", "giudice", "polizia", "carabinieri", "codacons", "consumator", "truffa", "frode",
            "i miei diritti", "diffida",
            "弁護士", "訴え", "訴訟", "裁判", "警察", "消費者", "消費生活", "詐欺", "法的", "法律", "通報", "内容証明",
            "律师", "起诉", "法院", "诉讼", "报警", "警察", "12315", "消协", "消费者", "工商", "市场监管", "诈骗", "骗子", "投诉", "维权", "法律", "举报");

    /** Banks, cards, PayPal, disputes, claims: what a chargeback or an A-to-z claim is made of. */
    private static final List<String> PAYMENT_WORDS = List.of(
            "chargeback", "charge back", "dispute", "a-to-z", "a to z", "atoz", "claim", "paypal", "credit card", "my bank",
            "the bank", "card issuer", "reverse the (payment|charge)",
            "ruckbuchung", "zuruckbuchen", "widerspruch", "kauferschutz", "meine bank", "kreditkarte", "a-bis-z", "a-z-garantie",
            "beanstand",
            "retrofacturation", "opposition", "litige", "ma banque", "carte bancaire", "garantie a-z", "garantie a a z",
            "contracargo", "disputa", "reclamacion", "mi banco", "tarjeta de credito", "garantia de la a a la z", "garantia a-z",
            "storno dell", "stornare", "contestazione", "controversia", "la mia banca", "carta di credito", "garanzia dalla a alla z",
            "チャージバック", "カード会社", "a-z保証", "aからz", "異議", "銀行",
            "拒付", "争议", "信用卡", "银行", "纠纷", "申诉");

    /** Reviews, ratings, stars, feedback: where a review threat hides. */
    private static final List<String> REVIEW_WORDS = List.of(
            "review", "rating", "stars", "[0-9] star", "one star", "one-star", "feedback", "trustpilot",
            "bewert", "rezension", "sterne", "stern(?![a-z])",
            "(?<!a mon )avis(?![a-z])(?! de passage)", "evaluation", "etoile", "commentaire",
            "resena", "valoracion", "estrella", "calificacion", "comentario",
            "recension", "valutazion", "stelle", "stella", "commento", "giudizio",
            "レビュー", "評価", "星1", "星ひとつ", "星一つ", "★", "口コミ",
            "差评", "评价", "好评", "评分", "一星", "1星", "五星", "星评");

    /** Insults and swearing: an automatic reply to them reads as indifference, and abuse is a risk of its own. */
    private static final List<String> ABUSE_WORDS = List.of(
            "idiot", "moron", "stupid", "incompetent", "liar", "thie(f|ves)", "crook", "pathetic", "shit", "crap(?![a-z])",
            "wtf", "f\\*ck", "fuck", "bastard", "joke of a",
            "trottel", "vollidiot", "depp", "unfahig", "scheiss", "verarsch", "dreck", "saftladen", "penner", "lacherlich",
            "incompetent", "merde", "voleur", "connard", "debile", "foutage de gueule", "se foutre",
            "idiota", "inutil(es)?(?![a-z])", "estupid", "mierda", "ladron", "sinverguenza", "basura", "chapuza", "tomadura de pelo",
            "incompetent", "cialtron", "schifezza", "schifo", "merda", "ladri", "truffator", "vergogna", "buffon", "presa in giro",
            "ふざけ", "バカ", "馬鹿", "アホ", "最低な", "最低です", "最低だ", "ゴミ(?!袋|箱)", "クソ", "詐欺師",
            "垃圾", "骗子", "傻", "笨蛋", "混蛋", "白痴", "无耻", "恶心", "坑人");
}
