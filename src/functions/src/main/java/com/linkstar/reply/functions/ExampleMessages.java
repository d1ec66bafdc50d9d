package com.linkstar.reply.functions;

import com.linkstar.reply.core.classify.PromptExamples;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A few labeled examples for the prompt, the ones most similar to the message: the tenant's own (kept, redacted, with
 * its trained model) where it has them, else a built-in multilingual set.
 */
final class ExampleMessages {

    private static final List<LinearIntentModel.Example> BUILT_IN = List.of(
            new LinearIntentModel.Example("Where is my order? It still shows label created.", "order_tracking"),
            new LinearIntentModel.Example("Wo bleibt mein Paket? Seit 3 Wochen nichts angekommen.", "delivery_problem"),
            new LinearIntentModel.Example("Tracking says delivered but I never got it, I will file an A-to-z claim", "delivery_problem"),
            new LinearIntentModel.Example("How do I send the shoes back? They are too small.", "return_request"),
            new LinearIntentModel.Example("Je voudrais échanger contre une taille L", "exchange_request"),
            new LinearIntentModel.Example("Quiero el reembolso, el producto llegó roto", "refund_request"),
            new LinearIntentModel.Example("Please cancel, I ordered twice by mistake", "cancel_order"),
            new LinearIntentModel.Example("充电器没在盒子里", "missing_parts"),
            new LinearIntentModel.Example("The lamp stopped working and started to smoke", "product_defect"),
            new LinearIntentModel.Example("注文したのは黒ですが、白が届きました", "wrong_item"),
            new LinearIntentModel.Example("Come si collega al telefono?", "product_usage"),
            new LinearIntentModel.Example("Does this case fit the iPhone 15 Pro?", "pre_sale_question"),
            new LinearIntentModel.Example("Ich brauche eine Rechnung mit MwSt für meine Firma", "invoice_request"),
            new LinearIntentModel.Example("I moved, please ship to my new address", "address_change"),
            new LinearIntentModel.Example("Worst service ever, nobody answers. I'm posting this on TikTok.", "complaint"),
            new LinearIntentModel.Example("I left 1 star yesterday but you fixed it, how do I change it?", "review_feedback"),
            new LinearIntentModel.Example("Got it, thanks a lot!", "thanks"));

    private ExampleMessages() {
    }

    static String similarTo(String text, int count, List<LinearIntentModel.Example> tenantExamples) {
        List<LinearIntentModel.Example> pool = tenantExamples.isEmpty() ? BUILT_IN : tenantExamples;
        return PromptExamples.similarTo(text, pool, count).stream()
                .map(e -> "- \"" + e.text() + "\" -> intent " + e.intent())
                .collect(Collectors.joining("\n"));
    }
}
