package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Words near a risk hold a reply for a person; everyday product words that look like them do not. */
class RiskHintsTest {

    private final RiskHints hints = new RiskHints();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the development sets' risks that the risk rules missed (dev2-dev4), each caught by its kind of word
            "J'ai 85 000 abonnés sur YouTube. La vidéo de la semaine prochaine porte sur les vendeurs qui ignorent leurs clients.|public",
            "Der Heizlüfter hat beim zweiten Einschalten gequalmt und gestunken. Ich schicke ihn zurück.|safety",
            "Unser Sohn ist rausgerutscht und hat sich das Kinn aufgeschlagen. Bitte schicken Sie den Gurt.|safety",
            "Beim ersten Aufgießen ist sie durchgebrochen und ich hab mir die Hand verbrüht.|safety",
            "The pram rolled down the driveway with my daughter in it, she has a graze on her face. Send the part.|safety",
            "Mia figlia è scivolata in avanti e ha battuto il mento.|safety",
            "Die Zahlung habe ich bei PayPal bereits beanstandet.|payment",
            "Wenn es bis dahin nicht da ist, schreibe ich eine entsprechende Bewertung.|review",
            "初日で壊れた。この品質、YouTubeでしっかり紹介させてもらいますね。|public",
            "Ändert das jetzt, ihr Trottel.|abuse",
            "Vi rimando indietro questa schifezza, siete dei cialtroni.|abuse",
            // one of each kind in the other languages
            "Mi abogado ya tiene todos los correos.|legal",
            "我已经打了12315。|legal",
            "カード会社に連絡しました。|payment",
            "充电的时候有焦味，还很烫。|safety",
            "这个我会给差评。|review",
            "Ho già scritto alla stampa locale.|public",
            "Le chargeur a fait des étincelles.|safety"})
    void should_find_the_words_near_a_risk(String message, String kind) {
        assertThat(hints.in(message)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Is the case shockproof, and does it come with a shock absorber?",
            "What brand is the sparkly choker necklace?",
            "Does the blood pressure monitor come with batteries?",
            "Funktioniert der Rauchmelder mit 9-Volt-Batterien?",
            "Wie heißt das Modell? Ich bin extra zur Post gefahren, wunderbar.",
            "J'ai reçu un avis de passage mais le colis n'est pas là. À mon avis il est perdu.",
            "La messa a fuoco automatica non funziona bene.",
            "¿Puedo descargar la app para el reloj? Llega en media hora.",
            "Das Fondue-Set ist angekommen, danke!",
            "一つだけが届きました。もう一つはいつ届きますか？",
            "星期一能发货吗？",
            "ゴミ袋は最低でも何枚入っていますか？",
            "Where is my order? It was due on Monday."})
    void should_leave_everyday_product_words_alone(String message) {
        assertThat(hints.in(message)).isEmpty();
    }

    @Test
    void should_read_only_the_buyers_own_words_not_the_quoted_mail_below() {
        String reply = "Thanks, that answers my question.\n\nOn Mon, 3 Mar 2026 at 10:00, Seller wrote:\n> If it gets very hot, stop using it.";
        assertThat(hints.in(reply)).isEmpty();
    }
}
