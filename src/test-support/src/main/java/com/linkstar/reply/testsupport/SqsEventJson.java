package com.linkstar.reply.testsupport;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the JSON of the event Lambda's SQS event source mapping sends to a function. */
public final class SqsEventJson {

    public record Record(String messageId, String receiptHandle, String body, String queueArn, int receiveCount) {

        public static Record of(String messageId, String body) {
            return new Record(messageId, "rh-" + messageId, body, "arn:aws:sqs:us-east-1:000000000000:linkstar-test", 1);
        }
    }

    private SqsEventJson() {
    }

    public static String of(List<Record> records) {
        return records.stream().map(SqsEventJson::record).collect(Collectors.joining(",", "{\"Records\":[", "]}"));
    }

    public static String of(Record... records) {
        return of(List.of(records));
    }

    private static String record(Record r) {
        long now = System.currentTimeMillis();
        return "{\"messageId\":" + quote(r.messageId()) + ",\"receiptHandle\":" + quote(r.receiptHandle()) + ",\"body\":" + quote(r.body())
                + ",\"attributes\":{\"ApproximateReceiveCount\":\"" + r.receiveCount() + "\",\"SentTimestamp\":\"" + now
                + "\",\"SenderId\":\"local\",\"ApproximateFirstReceiveTimestamp\":\"" + now + "\"},\"messageAttributes\":{},"
                + "\"md5OfBody\":\"\",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":" + quote(r.queueArn())
                + ",\"awsRegion\":\"us-east-1\"}";
    }

    /** JSON string literal with the escapes RFC 8259 requires. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
