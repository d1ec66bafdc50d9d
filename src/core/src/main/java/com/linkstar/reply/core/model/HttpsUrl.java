package com.linkstar.reply.core.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A tenant's endpoint that receives buyer data (alerts, replies): HTTPS only, except to this machine (local stack, tests). */
public final class HttpsUrl {

    private HttpsUrl() {
    }

    /** @return the URL, or empty with the reason added to {@code problems} */
    public static Optional<URI> parse(String field, Object value, List<String> problems) {
        URI url;
        try {
            url = URI.create(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(field + ": '" + value + "' is not a URL");
            return Optional.empty();
        }
        boolean local = "localhost".equals(url.getHost()) || "127.0.0.1".equals(url.getHost());
        if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()) && local)) {
            problems.add(field + " must be an https:// URL, was '" + value + "'");
            return Optional.empty();
        }
        return Optional.of(url);
    }
}
