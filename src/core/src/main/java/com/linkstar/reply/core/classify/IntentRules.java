package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.Intents;

/** Intent phrases per language, written over folded text (lower case, no accents, ß as s). */
final class IntentRules {

    private IntentRules() {
    }

    static RuleSet build() {
        return new RuleSet()
                .add(Intents.ORDER_TRACKING,
                        "where is my (order|package|parcel|item|shipment)", "tracking", "track (my|the) (order|package|parcel)",
                        "when will (it|my order|my package|the order) (arrive|ship|be delivered)", "has (it|my order) (been )?shipped",
                        "(order|shipping|delivery) status",
                        "wo (ist|bleibt) (meine|mein) (bestellung|paket|sendung|ware)", "sendungsverfolgung", "sendungsnummer",
                        "wann (kommt|wird|erhalte|bekomme)", "status (meiner|der) bestellung",
                        "ou (est|en est) (ma|mon) (commande|colis)", "suivi", "quand (vais-je|est-ce que je vais|vais je) recevoir",
                        "donde esta mi (pedido|paquete|envio)", "seguimiento", "cuando (llega|llegara|recibire)",
                        "dov'e il mio (ordine|pacco)", "dove (e|si trova) il mio (ordine|pacco)", "tracciamento", "quando arriva",
                        "いつ届", "追跡", "配送状況", "発送状況", "発送はいつ",
                        "物流", "单号", "什么时候到", "什么时候发货", "发货了吗", "到哪了")
                .add(Intents.DELIVERY_PROBLEM,
                        "(has|have|had) not (yet )?(arrived|received|been delivered)", "(hasn't|haven't|didn't|did not|never) (arrive|arrived|receive|received|got|get)",
                        "still (haven't|have not|not|hasn't|has not) (received|arrived|got)", "(marked|shows|says|listed) (as )?delivered",
                        "lost (in transit|parcel|package)", "package (is )?lost", "stuck (in|at)", "returned to sender", "(weeks|a month) (ago|late|and)",
                        "nicht (angekommen|zugestellt|geliefert)", "noch (nicht|immer nicht|kein) (erhalten|bekommen|angekommen|geliefert)",
                        "als zugestellt", "verloren", "seit (drei|zwei|vier|\\d+) wochen",
                        "(pas|jamais) (encore )?(recu|arrive|livre)", "(indique|marque) (comme )?livre", "colis perdu", "bloque",
                        "no (me )?ha llegado", "no (he|hemos) recibido", "nunca (llego|recibi)", "(figura|aparece) como entregado", "perdido",
                        "non (e )?(ancora )?arrivato", "non ho (ancora )?ricevuto", "risulta consegnato",
                        "届いていません", "届かない", "まだ届", "届いてない", "配達済み", "紛失",
                        "还没收到", "没收到", "没有收到", "显示(已)?签收", "丢件", "丢了")
                .add(Intents.RETURN_REQUEST,
                        "return (it|this|the|my)", "(how|can|could) (do |can )?i return", "send (it|this|them) back", "return label", "return policy",
                        "zurucksenden", "rucksendung", "zuruckschicken", "zuruckgeben", "retoure",
                        "retourner", "renvoyer", "bon de retour", "(faire|demande de) retour",
                        "devolver", "devolucion", "etiqueta de devolucion",
                        "restituire", "reso", "rimandare indietro",
                        "返品", "返送",
                        "退货", "退回")
                .add(Intents.EXCHANGE_REQUEST,
                        "exchange", "swap", "replacement", "(different|larger|smaller|bigger) size", "another (size|colou?r)",
                        "umtauschen", "umtausch", "andere (grosse|farbe)", "ersatz",
                        "echanger", "echange", "autre (taille|couleur)", "remplacement",
                        "cambiar(lo|la)? por", "cambio de talla", "otra talla", "reemplazo",
                        "cambiare", "sostituzione", "altra taglia",
                        "交換",
                        "换货", "换一个", "更换")
                .add(Intents.REFUND_REQUEST,
                        "refund", "money back", "reimburse",
                        "erstattung", "ruckerstattung", "geld zuruck",
                        "rembourse", "remboursement",
                        "reembolso", "devolucion del dinero", "(devuelvan|devolver) (el|mi) dinero",
                        "rimborso", "rimborsare",
                        "返金", "払い戻し",
                        "退款", "退钱")
                .add(Intents.CANCEL_ORDER,
                        "cancel",
                        "stornieren", "storno", "bestellung (zuruckziehen|abbrechen)",
                        "annuler", "annulation",
                        "cancelar", "anular",
                        "annullare", "cancellare",
                        "キャンセル", "取り消",
                        "取消")
                .add(Intents.MISSING_PARTS,
                        "missing", "(was|were) not (in|inside) the (box|package|parcel)", "(didn't|did not) come with", "only (received|got) (one|1|two|2|part)",
                        "fehlt", "fehlen", "nicht (dabei|enthalten|im paket)",
                        "manque", "manquant",
                        "falta", "faltan", "no (venia|viene) (incluido|en la caja)",
                        "manca", "mancano", "mancante",
                        "入っていません", "入ってない", "不足", "足りない", "欠品",
                        "缺少", "少了", "漏发", "缺件")
                .add(Intents.PRODUCT_DEFECT,
                        "broken", "defective", "faulty", "stopped working", "(doesn't|does not|don't|won't|will not) (work|turn on|charge)", "not working",
                        "damaged", "cracked", "poor quality",
                        "defekt", "kaputt", "funktioniert (nicht|nicht mehr)", "beschadigt", "geht nicht",
                        "casse", "defectueux", "ne (fonctionne|marche) (plus|pas)", "endommage", "abime",
                        "roto", "rota", "defectuoso", "no funciona", "danado", "dejo de funcionar",
                        "rotto", "difettoso", "non funziona", "danneggiato",
                        "壊れ", "動かない", "不良", "故障", "破損", "割れ",
                        "坏了", "质量问题", "不能用", "故障", "破损", "坏的")
                .add(Intents.WRONG_ITEM,
                        "wrong (item|size|colou?r|product|model|one)", "not what i ordered", "(you )?sent (me )?the wrong",
                        "falsche[nrs]? (artikel|grosse|farbe|produkt|ware)", "nicht (das|was) (ich )?bestellt",
                        "mauvais(e)? (article|produit|taille|couleur)", "pas ce que j'ai commande",
                        "(articulo|producto|talla|color) (equivocado|incorrecto)", "no es lo que (pedi|ordene)",
                        "(articolo|prodotto|taglia|colore) sbagliat", "non e quello che ho ordinato",
                        "違う商品", "間違った商品", "注文したものと違",
                        "发错", "不是我买的", "发的不对")
                .add(Intents.PRODUCT_USAGE,
                        "how (do|to|can) (i )?(use|install|set up|setup|pair|connect|charge|reset|assemble)", "instructions", "user manual",
                        "wie (kann ich|benutze|verbinde|installiere|funktioniert)", "anleitung",
                        "comment (utiliser|installer|connecter|brancher|regler)", "mode d'emploi", "notice",
                        "como (uso|usar|se usa|instalo|instalar|conecto|conectar)", "instrucciones", "manual",
                        "come (si usa|usare|installare|collegare)", "istruzioni",
                        "使い方", "設定方法", "接続方法", "取扱説明書",
                        "怎么用", "如何使用", "说明书", "怎么连接", "怎么安装")
                .add(Intents.PRE_SALE_QUESTION,
                        "(does|will|would) (it|this) (fit|work with|support|come in)", "is (it|this) compatible", "in stock", "do you ship to", "before (i )?(buy|order|purchase)",
                        "passt (es|das|der|die|dieser|diese)", "kompatibel", "auf lager", "vor dem kauf", "lieferbar",
                        "compatible", "en stock", "est-ce que (ca|cela|il|elle) (va|convient)",
                        "sirve para", "disponible",
                        "compatibile", "disponibile",
                        "対応していますか", "在庫", "購入前",
                        "有货吗", "适用", "兼容", "有没有货")
                .add(Intents.INVOICE_REQUEST,
                        "invoice", "receipt", "vat",
                        "rechnung", "quittung", "mwst",
                        "facture",
                        "factura",
                        "fattura", "ricevuta",
                        "領収書", "請求書", "インボイス",
                        "发票", "收据")
                .add(Intents.ADDRESS_CHANGE,
                        "(change|update|correct|wrong) (the |my )?(shipping |delivery )?address",
                        "adresse (andern|falsch|korrigieren)", "lieferadresse", "falsche adresse",
                        "(changer|modifier) (l'|mon |d')?adresse", "adresse de livraison",
                        "(cambiar|modificar) (la |mi )?direccion", "direccion (equivocada|incorrecta)",
                        "(cambiare|modificare) (l')?indirizzo", "indirizzo sbagliato",
                        "住所(を)?変更", "住所.{0,6}間違",
                        "修改地址", "改地址", "地址写错", "更改地址")
                .add(Intents.COMPLAINT,
                        "terrible", "awful", "worst", "disappointed", "unacceptable", "poor service", "ridiculous",
                        "enttauscht", "unverschamt", "schlechter service", "katastrophe", "frechheit",
                        "decu", "inacceptable", "honteux", "scandaleux",
                        "decepcionad", "inaceptable", "pesimo", "vergonzoso",
                        "deluso", "inaccettabile", "vergogna",
                        "ひどい", "最悪", "不満",
                        "太差", "很失望", "差劲")
                .add(Intents.REVIEW_FEEDBACK,
                        "review", "feedback", "\\d ?stars?",
                        "bewertung", "rezension",
                        "avis", "evaluation", "etoile",
                        "resena", "valoracion", "estrella",
                        "recensione", "stelle",
                        "レビュー", "評価",
                        "评价", "差评", "好评")
                .add(Intents.THANKS,
                        "thank", "got it", "appreciate",
                        "danke", "vielen dank",
                        "merci",
                        "gracias",
                        "grazie",
                        "ありがとう",
                        "谢谢", "感谢");
    }
}
