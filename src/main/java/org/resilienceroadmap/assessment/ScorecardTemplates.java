package org.resilienceroadmap.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard templates in use: those shipped with the application (read once, at start) and
 * those admins loaded (read from the database, so every node sees them).
 */
@Service
public class ScorecardTemplates {

    private static final String SHIPPED = "classpath:scorecards/*.json";

    private final ScorecardTemplateReader reader;
    private final LoadedTemplateRepository loaded;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, ScorecardTemplate> shipped;

    ScorecardTemplates(
            ScorecardTemplateReader reader,
            LoadedTemplateRepository loaded,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock)
            throws IOException {
        this.reader = reader;
        this.loaded = loaded;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.shipped = readShipped();
    }

    @Transactional(readOnly = true)
    public List<ScorecardTemplate> all() {
        List<ScorecardTemplate> all = new ArrayList<>(shipped.values());
        loaded.findAll()
                .forEach(t ->
                        all.add(reader.read(t.getTemplateId(), t.getContent().getBytes(StandardCharsets.UTF_8))));
        all.sort(Comparator.comparing(ScorecardTemplate::id));
        return all;
    }

    @Transactional(readOnly = true)
    public ScorecardTemplate get(String id) {
        return all().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Scorecard template", id));
    }

    /** Loads a further template from a file (admins only): all of it, or nothing. */
    @Transactional
    public ScorecardTemplate load(String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        if (!me.isAdmin()) {
            throw new ForbiddenException("Only an admin can load scorecard templates");
        }
        ScorecardTemplate template = reader.read(fileName, content);
        if (shipped.containsKey(template.id()) || loaded.existsByTemplateId(template.id())) {
            throw new ConflictException("A scorecard template with the id " + template.id() + " exists already");
        }
        loaded.save(new LoadedTemplate(
                template.id(),
                template.version(),
                new String(content, StandardCharsets.UTF_8),
                me.username(),
                Instant.now(clock)));
        audit.record(new AuditEntry(
                me.username(),
                "SCORECARD_TEMPLATE",
                template.id(),
                "admin:load-template",
                null,
                template.version(),
                fileName));
        return template;
    }

    private Map<String, ScorecardTemplate> readShipped() throws IOException {
        Map<String, ScorecardTemplate> templates = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
            ScorecardTemplate t = reader.read(file.getFilename(), file.getContentAsByteArray());
            if (templates.put(t.id(), t) != null) {
                throw new IllegalStateException("Two shipped scorecard templates have the id " + t.id());
            }
        }
        return Map.copyOf(templates);
    }
}
