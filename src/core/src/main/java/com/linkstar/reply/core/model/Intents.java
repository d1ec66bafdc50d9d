package com.linkstar.reply.core.model;

import java.util.List;
import java.util.Map;

/** The default intent taxonomy of DESIGN.md §3. Tenants will be able to change it (a later issue); ids are stable. */
public final class Intents {
    public static final String ORDER_TRACKING = "order_tracking";
    public static final String DELIVERY_PROBLEM = "delivery_problem";
    public static final String RETURN_REQUEST = "return_request";
    public static final String EXCHANGE_REQUEST = "exchange_request";
    public static final String REFUND_REQUEST = "refund_request";
    public static final String CANCEL_ORDER = "cancel_order";
    public static final String MISSING_PARTS = "missing_parts";
    public static final String PRODUCT_DEFECT = "product_defect";
    public static final String WRONG_ITEM = "wrong_item";
    public static final String PRODUCT_USAGE = "product_usage";
    public static final String PRE_SALE_QUESTION = "pre_sale_question";
    public static final String INVOICE_REQUEST = "invoice_request";
    public static final String ADDRESS_CHANGE = "address_change";
    public static final String COMPLAINT = "complaint";
    public static final String REVIEW_FEEDBACK = "review_feedback";
    public static final String THANKS = "thanks";
    public static final String OTHER = "other";

    public static final List<String> DEFAULT_TAXONOMY = List.of(
            ORDER_TRACKING, DELIVERY_PROBLEM, RETURN_REQUEST, EXCHANGE_REQUEST, REFUND_REQUEST, CANCEL_ORDER,
            MISSING_PARTS, PRODUCT_DEFECT, WRONG_ITEM, PRODUCT_USAGE, PRE_SALE_QUESTION, INVOICE_REQUEST,
            ADDRESS_CHANGE, COMPLAINT, REVIEW_FEEDBACK, THANKS, OTHER);

    /** What each default intent means, as DESIGN.md §3 defines it: shown to people and to the LLM. */
    public static final Map<String, String> DEFAULT_DESCRIPTIONS = Map.ofEntries(
            Map.entry(ORDER_TRACKING, "status or tracking of a shipped or pending order"),
            Map.entry(DELIVERY_PROBLEM, "a delivery gone wrong: late past the estimate, lost, stuck, returned to sender, marked delivered but not received"),
            Map.entry(RETURN_REQUEST, "wants to send the item back"),
            Map.entry(EXCHANGE_REQUEST, "wants a replacement or another size or colour"),
            Map.entry(REFUND_REQUEST, "wants money back, or asks about the status of a refund"),
            Map.entry(CANCEL_ORDER, "wants to cancel the order before it ships"),
            Map.entry(MISSING_PARTS, "an accessory, part or item of the parcel is missing"),
            Map.entry(PRODUCT_DEFECT, "the item is broken, faulty, damaged or of poor quality"),
            Map.entry(WRONG_ITEM, "received another item, size or colour than ordered"),
            Map.entry(PRODUCT_USAGE, "how to use, install, set up or troubleshoot the product"),
            Map.entry(PRE_SALE_QUESTION, "specifications, compatibility, stock or shipping options before buying"),
            Map.entry(INVOICE_REQUEST, "wants an invoice, VAT invoice or receipt"),
            Map.entry(ADDRESS_CHANGE, "wants to change the shipping address"),
            Map.entry(COMPLAINT, "dissatisfaction with the service without a more specific intent"),
            Map.entry(REVIEW_FEEDBACK, "about a review or feedback: leaving, changing or removing it"),
            Map.entry(THANKS, "thanks or acknowledgement, no action needed"),
            Map.entry(OTHER, "none of the above"));

    private Intents() {
    }
}
