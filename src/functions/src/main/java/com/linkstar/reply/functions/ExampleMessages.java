package com.linkstar.reply.functions;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A few labeled examples for the prompt, the ones most similar to the message (character trigrams, so it works for
 * ja/zh too). A built-in set until tenants' own labeled history is imported (intent-engine issue).
 */
final class ExampleMessages {

    private record Example(String text, String intent, String risks) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("Where is my order? It still shows label created.", "order_tracking", ""),
            new Example("Wo bleibt mein Paket? Seit 3 Wochen nichts angekommen.", "delivery_problem", ""),
            new Example("Tracking says delivered but I never got it, I will file an A-to-z claim", "delivery_problem", "chargeback_claim"),
            new Example("How do I send the shoes back? They are too small.", "return_request", ""),
            new Example("Je voudrais échanger contre une taille L", "exchange_request", ""),
            new Example("Quiero el reembolso, el producto llegó roto", "refund_request", ""),
            new Example("Please cancel, I ordered twice by mistake", "cancel_order", ""),
            new Example("充电器没在盒子里", "missing_parts", ""),
            new Example("The lamp stopped working and started to smoke", "product_defect", "safety_hazard"),
            new Example("注文したのは黒ですが、白が届きました", "wrong_item", ""),
            new Example("Come si collega al telefono?", "product_usage", ""),
            new Example("Does this case fit the iPhone 15 Pro?", "pre_sale_question", ""),
            new Example("Ich brauche eine Rechnung mit MwSt für meine Firma", "invoice_request", ""),
            new Example("I moved, please ship to my new address", "address_change", ""),
            new Example("Worst service ever, nobody answers. I'm posting this on TikTok.", "complaint", "media_threat"),
            new Example("I left 1 star yesterday but you fixed it, how do I change it?", "review_feedback", ""),
            new Example("Got it, thanks a lot!", "thanks", ""));

    private ExampleMessages() {
    }

    static String similarTo(String text, int count) {
        Set<String> grams = trigrams(text);
        return EXAMPLES.stream()
                .sorted(Comparator.comparingDouble((Example e) -> -similarity(grams, trigrams(e.text()))))
                .limit(count)
                .map(e -> "- \"" + e.text() + "\" -> intent " + e.intent() + (e.risks().isEmpty() ? "" : ", risks " + e.risks()))
                .collect(Collectors.joining("\n"));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) Math.max(1, a.size() + b.size() - common.size());
    }

    private static Set<String> trigrams(String text) {
        String folded = " " + text.toLowerCase(Locale.ROOT) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= folded.length(); i++) {
            grams.add(folded.substring(i, i + 3));
        }
        return grams;
    }
}
