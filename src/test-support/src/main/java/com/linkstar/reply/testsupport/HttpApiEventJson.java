package com.linkstar.reply.testsupport;

import static com.linkstar.reply.testsupport.SqsEventJson.quote;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the API Gateway HTTP API (payload 2.0) event that Lambda receives for a request, including the claims the JWT
 * authorizer verified.
 */
public final class HttpApiEventJson {

    private HttpApiEventJson() {
    }

    public static String of(String method, String path, String rawQuery, String body, Map<String, String> claims) {
        return of(method, path, rawQuery, body, claims, "application/json");
    }

    public static String of(String method, String path, String rawQuery, String body, Map<String, String> claims, String contentType) {
        String claimsJson = claims.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        long now = System.currentTimeMillis();
        return "{\"version\":\"2.0\",\"routeKey\":\"ANY /v1/{proxy+}\",\"rawPath\":" + quote(path)
                + ",\"rawQueryString\":" + quote(rawQuery == null ? "" : rawQuery)
                + ",\"headers\":{\"content-type\":" + quote(contentType) + ",\"accept\":\"application/json\"}"
                + ",\"requestContext\":{\"accountId\":\"000000000000\",\"apiId\":\"local\",\"domainName\":\"localhost\",\"stage\":\"$default\""
                + ",\"requestId\":" + quote(UUID.randomUUID().toString()) + ",\"routeKey\":\"ANY /v1/{proxy+}\",\"timeEpoch\":" + now
                + ",\"http\":{\"method\":" + quote(method) + ",\"path\":" + quote(path)
                + ",\"protocol\":\"HTTP/1.1\",\"sourceIp\":\"127.0.0.1\",\"userAgent\":\"linkstar\"}"
                + ",\"authorizer\":{\"jwt\":{\"claims\":" + claimsJson + ",\"scopes\":[]}}}"
                + (body == null ? "" : ",\"body\":" + quote(body)) + ",\"isBase64Encoded\":false}";
    }
}
