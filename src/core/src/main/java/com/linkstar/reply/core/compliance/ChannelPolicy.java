package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.resources.BundledProperties;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * One channel's messaging policy, as data (channel-policies.properties): which rules apply, which link domains are the
 * platform's own, how strict the review rule is, and the policy's version.
 *
 * @param linkDomains registrable names whose links are allowed: "amazon" allows amazon.de, www.amazon.co.uk…
 * @param autoSend whether a reply may go out on the channel without a person (an A-to-z claim may not)
 */
public record ChannelPolicy(Channel channel, String version, Set<String> rules, Set<String> linkDomains, boolean strictReviews,
        int maxLineBreaks, boolean autoSend) {

    public static final List<String> RULE_IDS = List.of("url", "email", "phone", "messaging_handle", "off_platform",
            "review_solicitation", "marketing", "unconfirmed_promise", "unconfirmed_fact", "emoji", "line_breaks", "language_mismatch");

    public boolean applies(String rule) {
        return rules.contains(rule);
    }

    /** Every channel's policy from the bundled file; refuses a file that names an unknown rule or lacks a channel. */
    public static Map<Channel, ChannelPolicy> bundled() {
        return of(BundledProperties.load(ChannelPolicy.class, "channel-policies.properties"));
    }

    static Map<Channel, ChannelPolicy> of(Properties properties) {
        Map<Channel, ChannelPolicy> policies = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String prefix = channel.wireName() + ".";
            String version = properties.getProperty(prefix + "version");
            if (version == null) {
                throw new IllegalStateException("channel-policies.properties has no policy for " + channel.wireName());
            }
            Set<String> rules = list(resolve(properties, properties.getProperty(prefix + "rules", "")));
            for (String rule : rules) {
                if (!RULE_IDS.contains(rule)) {
                    throw new IllegalStateException("unknown rule '" + rule + "' in the policy of " + channel.wireName());
                }
            }
            policies.put(channel, new ChannelPolicy(channel, version, rules, list(properties.getProperty(prefix + "link-domains", "")),
                    !"incentive-only".equals(properties.getProperty(prefix + "review", "strict")),
                    Integer.parseInt(properties.getProperty(prefix + "max-line-breaks", "2")),
                    Boolean.parseBoolean(properties.getProperty(prefix + "auto-send", "false"))));
        }
        return policies;
    }

    /** "${marketplace.rules}" stands for that key's value: the marketplaces share one list. */
    private static String resolve(Properties properties, String value) {
        if (value.startsWith("${") && value.endsWith("}")) {
            return properties.getProperty(value.substring(2, value.length() - 1), "");
        }
        return value;
    }

    private static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return Set.copyOf(items);
    }
}
