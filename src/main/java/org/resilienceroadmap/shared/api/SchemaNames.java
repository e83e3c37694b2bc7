package org.resilienceroadmap.shared.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import org.springframework.core.Ordered;

/**
 * Names the API's schemas so that no two types share one. Controllers declare their bodies as nested
 * records ({@code StrategyController.Detail}, {@code ActionController.Detail}); by simple name they
 * overwrote each other in the document. A nested type is named after its enclosing type, less a
 * {@code Controller}, {@code Json} or {@code Service} suffix, unless its own name already starts so, and
 * once where the two meet on a word: {@code StrategyController.Detail} is {@code StrategyDetail},
 * {@code ProgrammeController.ProgrammeDetail} stays {@code ProgrammeDetail},
 * {@code GateChecklistController.ChecklistJson} is {@code GateChecklistJson}; a top-level type keeps its
 * simple name. Should two types still meet
 * on one name, building the document fails naming both, rather than one silently replacing the other.
 * <p>
 * Registered ahead of springdoc's own converters in the list springdoc reads (highest precedence:
 * springdoc puts each later converter in front of the earlier ones), so theirs (ResponseEntity,
 * files, pages) still run first and hand everything else to this resolver.
 */
class SchemaNames extends ModelResolver implements Ordered {

    private static final List<String> SUFFIXES = List.of("Controller", "Json", "Service");

    SchemaNames() {
        super(Json31.mapper(), new NestedTypeNames());
        openapi31(true);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static String nameOf(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) {
            return type.getSimpleName();
        }
        String prefix = nameOf(outer);
        for (String suffix : SUFFIXES) {
            if (prefix.endsWith(suffix) && prefix.length() > suffix.length()) {
                prefix = prefix.substring(0, prefix.length() - suffix.length());
            }
        }
        String name = type.getSimpleName();
        if (name.startsWith(prefix)) {
            return name;
        }
        String lastWord = prefix.substring(lastWordStart(prefix));
        return name.startsWith(lastWord)
                ? prefix.substring(0, prefix.length() - lastWord.length()) + name
                : prefix + name;
    }

    private static int lastWordStart(String camelCase) {
        int start = camelCase.length() - 1;
        while (start > 0 && !Character.isUpperCase(camelCase.charAt(start))) {
            start--;
        }
        return start;
    }

    private static final class NestedTypeNames extends TypeNameResolver {

        private final Map<String, Class<?>> owners = new ConcurrentHashMap<>();

        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = nameOf(type);
            Class<?> owner = owners.putIfAbsent(name, type);
            if (owner != null && owner != type) {
                throw new IllegalStateException("Two API types would share the schema name " + name + ": "
                        + owner.getName() + " and " + type.getName() + "; rename one or give it @Schema(name)");
            }
            return name;
        }
    }
}
