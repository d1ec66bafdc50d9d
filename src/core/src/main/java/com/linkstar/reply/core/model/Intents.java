package com.linkstar.reply.core.model;

import java.util.List;

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

    private Intents() {
    }
}
