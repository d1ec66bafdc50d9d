package com.linkstar.reply.core.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Data shipped with the code as UTF-8 properties files next to the class that reads them (templates, policies). */
public final class BundledProperties {

    private BundledProperties() {
    }

    public static Properties load(Class<?> owner, String name) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath next to " + owner.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
        return properties;
    }
}
