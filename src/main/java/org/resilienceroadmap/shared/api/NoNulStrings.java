package org.resilienceroadmap.shared.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Refuses a JSON string holding a NUL character. PostgreSQL cannot store or even compare one
 * (found by the request fuzzer: a username "\u0000" reached a query and answered 500); refused at
 * reading, it becomes a 400 naming the field, like any other unreadable value.
 */
@Component
public class NoNulStrings extends SimpleModule {

    public NoNulStrings() {
        super("no-nul-strings");
        addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw context.weirdStringException(value, String.class, "a text may not hold a NUL character");
            }
            return value;
        }
    }
}
