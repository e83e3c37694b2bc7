package org.resilienceroadmap.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A Russian reader's main pages say everything in Russian. The test builds a city with an adopted
 * strategy, an action, an assessment and a programme, opens the main pages in Russian and reads
 * every text a person reads there — text, labels, helper texts, placeholders, titles, aria-labels,
 * grid headers and cells, notifications, chart text — and fails on
 * <ul>
 * <li>a text that is exactly an English bundle text whose Russian is different (a key read in the
 * wrong language, or a text not taken from the bundle), and</li>
 * <li>any Latin word of three or more letters that is neither a word of the data the test made
 * (names of its place, people, strategy, action, programme) nor an international term.</li>
 * </ul>
 */
class RussianPagesTextTests extends KaribuTest {

    /**
     * International terms a Russian page writes in Latin letters: file formats and the programs that
     * open them, as the reader picks them (PDF, Excel, Word…); the IATI standard; ISO codes (EUR) and
     * UTC; API, as Russian IT writes it ("API-токены"), and the HTTP header a script sends
     * ("Authorization: Bearer"), quoted as it must be typed. MCR2030 is a word with digits, which the
     * Latin-word rule does not match.
     */
    private static final Set<String> INTERNATIONAL = Set.of(
            "PDF",
            "IATI",
            "XLSX",
            "CSV",
            "DOCX",
            "ODT",
            "PNG",
            "JPEG",
            "JSON",
            "EUR",
            "USD",
            "ISO",
            "UTF",
            "XML",
            "UTC",
            "Excel",
            "Word",
            "OpenDocument",
            "API",
            "Authorization",
            "Bearer");

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])");

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionDriver actions;

    @Autowired
    org.resilienceroadmap.action.ActionService actionService;

    @Autowired
    AssessmentService assessments;

    @Autowired
    org.resilienceroadmap.directory.JurisdictionDirectory jurisdictions;

    @Autowired
    org.resilienceroadmap.directory.PeopleDirectory people;

    @Autowired
    org.resilienceroadmap.directory.ProgrammeDirectory programmes;

    @Autowired
    org.resilienceroadmap.assessment.ScorecardTemplates templates;

    @Autowired
    org.resilienceroadmap.security.Passwords passwords;

    @Test
    void theMainPagesSayEverythingInRussian() throws Exception {
        ActionScene scene = ActionScene.prepare(context);
        String actionTitle = "Сирены в каждом районе";
        Action action = actions.approved(
                scene.city(),
                scene.strategy(),
                actionTitle,
                LocalDate.now(Days.ZONE).plusMonths(3));
        Long assessment = as(
                        scene.city().chair(),
                        () -> assessments.open(scene.city().id(), "preliminary", null, null))
                .getId();

        String chair = russian("Фарход Каримов", Role.CHAIR, scene.city().id());
        String coordinator =
                russian("Нигора Юсупова", Role.COORDINATOR, scene.city().id());
        String admin = russian("Ольга Админова", Role.ADMIN, null);
        Set<String> data = dataWords(scene, action);
        Map<String, String> englishOnly = englishTextsWithOtherRussian();

        Map<String, List<String>> problems = new HashMap<>();
        login(chair);
        // A real sign-in loads a new page: the layout is built again, for the account and in its language.
        UI.getCurrent().getPage().reload();
        for (String page : List.of(
                "tasks",
                "jurisdictions",
                "jurisdictions/" + scene.city().id(),
                "jurisdictions/" + scene.city().id() + "/assessments",
                "assessments/" + assessment,
                "jurisdictions/" + scene.city().id() + "/strategies",
                "strategies/" + scene.strategy(),
                "strategies/" + scene.strategy() + "/timeline",
                "actions",
                "actions/" + action.getId(),
                "my-actions",
                "notifications",
                "account/tokens",
                "")) {
            UI.getCurrent().navigate(page);
            check(page, problems, data, englishOnly);
        }
        freshSession();
        login(coordinator);
        // A real sign-in loads a new page: the layout is built again, for the account and in its language.
        UI.getCurrent().getPage().reload();
        for (String page : List.of(
                "programmes", "programmes/" + scene.programme().getId(), "portfolio", "comparison", "tasks", "")) {
            UI.getCurrent().navigate(page);
            check("coordinator: " + page, problems, data, englishOnly);
        }
        freshSession();
        login(admin);
        // A real sign-in loads a new page: the layout is built again, for the account and in its language.
        UI.getCurrent().getPage().reload();
        // Not the audit log: it lists what was done as the log keeps it (actions such as strategy:create,
        // states such as AWAITING_APPROVAL, comments as written) — a record for administrators, left for now.
        for (String page : List.of("admin/directory", "admin/scorecards", "admin/incidents")) {
            UI.getCurrent().navigate(page);
            check(page, problems, data, englishOnly);
        }

        assertThat(problems)
                .as("texts on Russian pages that are English, or not from the bundle")
                .isEmpty();
    }

    private void check(
            String page, Map<String, List<String>> problems, Set<String> data, Map<String, String> englishOnly) {
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as(page)
                .isEqualTo(page.replaceFirst("^coordinator: ", ""));
        assertThat(UI.getCurrent().getLocale()).as("the account's language").isEqualTo(Languages.RUSSIAN);
        Set<String> found = new TreeSet<>();
        for (String text : texts()) {
            String trimmed = text.strip();
            if (englishOnly.containsKey(trimmed) && !data.contains(trimmed.toLowerCase())) {
                found.add("English text of " + englishOnly.get(trimmed) + ": " + trimmed);
            }
            Matcher latin = LATIN_WORD.matcher(trimmed);
            while (latin.find()) {
                String word = latin.group();
                if (!INTERNATIONAL.contains(word) && !data.contains(word.toLowerCase())) {
                    found.add(word + " in \"" + abbreviated(trimmed) + "\"");
                }
            }
        }
        if (!found.isEmpty()) {
            problems.put(page, new ArrayList<>(found));
        }
    }

    /** Everything a person reads on the current page. */
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Component c : _find(Component.class)) {
            Element e = c.getElement();
            e.getChildren().filter(Element::isTextNode).forEach(t -> texts.add(t.getText()));
            for (String property : List.of(
                    "label",
                    "helperText",
                    "placeholder",
                    "title",
                    "text",
                    "header",
                    "accessibleName",
                    "emptyStateText")) {
                Object value = e.getPropertyRaw(property);
                if (value instanceof String s) {
                    texts.add(s);
                }
            }
            if (e.getProperty("invalid", false)) {
                texts.add(e.getProperty("errorMessage", ""));
            }
            for (String attribute : List.of("aria-label", "title", "placeholder", "label")) {
                if (e.hasAttribute(attribute)) {
                    texts.add(e.getAttribute(attribute));
                }
            }
            if (c instanceof Html html) {
                texts.add(html.getInnerHtml().replaceAll("<[^>]*>", " "));
            }
            if (c instanceof Grid<?> grid) {
                texts.addAll(gridTexts(grid));
            }
            if (c instanceof RowTable<?> table) {
                // Its headers are elements, not components; its body is one piece of HTML.
                texts.add(table.getElement().getTextRecursively());
                texts.add(table.getElement().getChild(0).getAttribute("aria-label"));
                texts.add(org.springframework.web.util.HtmlUtils.htmlUnescape(
                        RowTables.body(table).replaceAll("<!--\\d+-->", "").replaceAll("<[^>]*>", " ")));
                java.util.regex.Matcher labels = java.util.regex.Pattern.compile("aria-label=\"([^\"]*)\"")
                        .matcher(RowTables.body(table));
                while (labels.find()) {
                    texts.add(org.springframework.web.util.HtmlUtils.htmlUnescape(labels.group(1)));
                }
            }
        }
        NotificationsKt.getNotifications().forEach(n -> texts.add(n.getElement().getProperty("text", "")));
        return texts;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> gridTexts(Grid grid) {
        List<String> texts = new ArrayList<>();
        List<Grid.Column> columns = grid.getColumns();
        columns.forEach(column -> {
            if (column.getHeaderText() != null) {
                texts.add(column.getHeaderText());
            }
        });
        int rows = Math.min(GridKt._size(grid), 40);
        for (int row = 0; row < rows; row++) {
            Object item = GridKt._get(grid, row);
            for (Grid.Column column : columns) {
                Object value = column.getRenderer() instanceof ComponentRenderer renderer
                        ? renderer.createComponent(item)
                        : GridKt.getPresentationValue(column, item);
                if (value instanceof Component component) {
                    texts.add(component.getElement().getTextRecursively());
                    component
                            .getElement()
                            .getAttributeNames()
                            .filter(a -> a.equals("title") || a.equals("aria-label"))
                            .forEach(a -> texts.add(component.getElement().getAttribute(a)));
                } else if (value != null) {
                    texts.add(String.valueOf(value));
                }
            }
        }
        return texts;
    }

    /** The words of what the test itself made, which pages show as it was written. */
    private Set<String> dataWords(ActionScene scene, Action action) {
        Set<String> words = new LinkedHashSet<>();
        List<String> made = new ArrayList<>(List.of(
                scene.city().code(),
                scene.city().chair(),
                scene.city().member(),
                scene.city().coordinator(),
                scene.namedMember(),
                ActionScene.NAME,
                "Test city",
                "Test",
                scene.programme().getTitle(),
                scene.programme().getCode(),
                "Test donor",
                action.getTitle(),
                // what the drivers write: the strategy, its objective and draft, the adoption, the action
                "Test strategy",
                "Early warning for every district",
                "Strategy Reduce flood and earthquake risk",
                "No. 42",
                "City council",
                "decision.pdf",
                "Install and test sirens",
                "Committee of Emergency Situations",
                ActionDriver.COORDINATOR,
                // the approval table's rule that routed the action, as the table's author wrote it
                as(scene.city().chair(), () -> actionService.detail(action.getId()))
                        .action()
                        .getRoute()
                        .ruleText()));
        // The administration pages and the jurisdiction tree list the whole (demo) world: its places
        // by the name a Russian reader writes (a Latin name only where there is no other), its people
        // and programmes as they were entered.
        jurisdictions.findAll().forEach(j -> {
            made.add(j.names().in(Languages.RUSSIAN));
            made.add(j.getCode());
        });
        people.findAll().forEach(p -> {
            made.add(p.getUsername());
            made.add(p.getDisplayName());
            made.add(p.getEmail());
            made.add(p.getOrganisation());
        });
        programmes.findAll().forEach(p -> {
            made.add(p.getCode());
            made.add(p.getTitle());
            made.add(p.getDonor());
        });
        templates.all().forEach(t -> {
            made.add(t.id());
            made.add(t.version());
        });
        made.removeIf(java.util.Objects::isNull);
        made.forEach(text -> words.add(text.strip().toLowerCase()));
        for (String text : made) {
            Matcher latin = LATIN_WORD.matcher(text);
            while (latin.find()) {
                words.add(latin.group().toLowerCase());
            }
        }
        return words;
    }

    /** English bundle texts whose Russian is another text, by their value. */
    private static Map<String, String> englishTextsWithOtherRussian() throws Exception {
        Properties english = load("/messages.properties");
        Properties russian = load("/messages_ru.properties");
        Map<String, String> englishOnly = new HashMap<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key).strip();
            String ru = russian.getProperty(key);
            if (!en.isEmpty()
                    && ru != null
                    && !ru.strip().equals(en)
                    && LATIN_WORD.matcher(en).find()) {
                englishOnly.put(en.replace("''", "'"), key);
            }
        }
        return englishOnly;
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = RussianPagesTextTests.class.getResourceAsStream(resource);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /** An account that reads Russian, so that every page (and the layout) is built in Russian from the first. */
    private String russian(String name, Role role, Long jurisdictionId) {
        String username = "ru." + role.name().toLowerCase() + "." + System.nanoTime() % 1_000_000;
        var person = people.create(new NewPerson(username, name, null, "Тест", "ru"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), role, jurisdictionId, null);
        return username;
    }
}
