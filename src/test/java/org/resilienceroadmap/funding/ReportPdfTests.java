package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.funding.report.ReportPdf;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.Bundles;

class ReportPdfTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ReportPdf pdf = new ReportPdf(Bundles.messages());

    @Test
    void printsLatinExtendedAndCyrillicNamesAsText() throws IOException {
        String text = text(pdf.render(report(), narrative(), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Čačak (Чачак)",
                        "Dushanbe (Душанбе)",
                        "Serbia",
                        "Tajikistan",
                        "Municipalities with a validated scorecard",
                        "Actions completed on time");
    }

    @Test
    void printsTheProgrammeHeaderWithTheAmountFormattedForTheReader() throws IOException {
        String text = text(pdf.render(report(), narrative(), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Programme report",
                        "Resilient Cities Balkans and Central Asia",
                        "Donor: European Union",
                        "Implementer: UNDRR",
                        "EUR 3,750,000.00",
                        "Sub-regional learning");
    }

    @Test
    void printsEverySectionUnderItsEnglishHeading() throws IOException {
        String text = text(pdf.render(report(), narrative(), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Progress by roadmap stage",
                        "Indicators",
                        "Actual as percent of target",
                        "Progress by jurisdiction",
                        "Spending",
                        "Budget lines",
                        "Disbursements",
                        "Overdue actions",
                        "Recent decisions",
                        "B · Plan Better",
                        "Page 1");
        assertThat(text)
                .contains(
                        "Retrofit of school No. 4", "Kraljevo flood plan endorsed", "EUR 937,500.00", "25.0%", "50.0%");
    }

    @Test
    void printsTheRussianReportWithRussianHeadingsAndAmount() throws IOException {
        String text = text(pdf.render(report(), narrative(), RUSSIAN));

        assertThat(text)
                .contains(
                        "Отчёт по программе",
                        "Продвижение по этапам дорожной карты",
                        "Показатели",
                        "Продвижение по территориям",
                        "Расходы",
                        "Просроченные мероприятия",
                        "Последние решения",
                        "B · Планировать лучше",
                        "Страница 1",
                        "3 750 000,00 EUR",
                        "Душанбе");
        assertThat(text).doesNotContain("Progress by jurisdiction", "Page 1");
    }

    @Test
    void printsTheSerbianReportWithSerbianHeadingsDiacriticsAndLatinPlaceNames() throws IOException {
        ReportContent serbian = withJurisdictions(
                report(),
                List.of(
                        new JurisdictionProgress(
                                10L, "RS-CAC", "Čačak", "Чачак", "CITY", "Serbia", "B", 1, false, 4, 1, 1, "Чачак",
                                "Сербия", "Čačak", "Srbija"),
                        new JurisdictionProgress(
                                12L, "RS-UZI", "Užice", "Ужице", "CITY", "Serbia", "A", 0, false, 0, 0, 0, "Ужице",
                                "Сербия", "Užice", "Srbija"),
                        new JurisdictionProgress(
                                20L,
                                "TJ-DYU",
                                "Dushanbe",
                                "Душанбе",
                                "CITY",
                                "Tajikistan",
                                "A",
                                1,
                                false,
                                4,
                                1,
                                1,
                                "Душанбе",
                                "Таджикистан",
                                "Dušanbe",
                                "Tadžikistan")));

        String text = text(pdf.render(serbian, narrative(), Languages.SERBIAN));

        assertThat(text)
                .contains(
                        "Izveštaj o programu",
                        "Napredak po fazama mape puta",
                        "Pokazatelji",
                        "Napredak po teritorijama",
                        "Potrošnja",
                        "Budžetske linije",
                        "Isplate",
                        "Mere kojima je istekao rok",
                        "Nedavne odluke",
                        "Ostvareno kao procenat ciljne vrednosti",
                        "B · Bolje planirati",
                        "Strana 1",
                        "Donator: European Union",
                        "Realizator: UNDRR",
                        "3.750.000,00 EUR");
        assertThat(text)
                .as("places in Latin script with their marks")
                .contains("Čačak", "Užice", "Dušanbe", "Srbija", "Tadžikistan");
        assertThat(text)
                .as("decisions as Serbian sentences")
                .contains("Odobrena strategija „Kraljevo flood plan“", "Automatski");
        assertThat(text).doesNotContain("Progress by jurisdiction", "Page 1", "Dushanbe (", "Душанбе", "Сербия");
    }

    @Test
    void printsEachDecisionAsASentenceWithThePersonsNameOrAutomatically() throws IOException {
        String english = text(pdf.render(report(), narrative(), Locale.ENGLISH));
        String russian = text(pdf.render(report(), narrative(), RUSSIAN));

        assertThat(english)
                .contains(
                        "Milica Jovanović",
                        "Approved the strategy “Kraljevo flood plan”",
                        "Automatically",
                        "The action “Retrofit of school No. 4” became overdue");
        assertThat(russian)
                .contains(
                        "Milica Jovanović",
                        "Стратегия «Kraljevo flood plan» утверждена",
                        "Автоматически",
                        "Действие «Retrofit of school No. 4» просрочено");
        for (String text : List.of(english, russian)) {
            assertThat(text)
                    .doesNotContain(
                            "strategy:approved",
                            "action:overdue",
                            "APPROVED",
                            "engine",
                            "coordinator.rs",
                            "→",
                            "due 2025-02-28");
        }
    }

    @Test
    void printsTheNarrativeWithSubheadingsAndWithoutTheirMarks() throws IOException {
        String text = text(pdf.render(report(), narrative(), Locale.ENGLISH));

        assertThat(text).contains("Highlights", "Two cities moved to stage B.", "Risks ahead");
        assertThat(text).doesNotContain("# Highlights", "#");
    }

    @Test
    void printsADashWhereAValueIsMissing() throws IOException {
        String text = text(pdf.render(report(), "", Locale.ENGLISH));

        assertThat(text).contains("Early warning drills held", "—", "No narrative was written for this report.");
    }

    @Test
    void carriesALongTableOverSeveralPagesWithPageNumbers() throws IOException {
        List<JurisdictionProgress> many = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> jurisdiction(
                        (long) i, "Town %03d".formatted(i), null, i % 2 == 0 ? "Serbia" : "Tajikistan", "A"))
                .toList();
        ReportContent content = withJurisdictions(report(), many);

        byte[] bytes = pdf.render(content, narrative(), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            String text = words(new PDFTextStripper().getText(document));
            assertThat(text).contains("Town 001", "Town 120", "Page 2", "Page " + pages);
            assertThat(occurrences(text, "Assessments validated"))
                    .as("header repeated on each page")
                    .isGreaterThan(1);
        }
    }

    @Test
    void printsAnEmptyReportWithNoneLines() throws IOException {
        ReportContent empty = new ReportContent(
                programme(List.of()),
                Instant.parse("2025-04-01T08:00:00Z"),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new Spending(new BigDecimal("3750000"), BigDecimal.ZERO, BigDecimal.ZERO, "EUR", List.of(), List.of()),
                List.of(),
                List.of());

        String text = text(pdf.render(empty, null, Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "No jurisdictions are covered yet.",
                        "No indicators are defined.",
                        "No budget lines.",
                        "No disbursements yet.",
                        "No overdue actions.",
                        "No decisions in this period.",
                        "No narrative was written for this report.",
                        "Page 1");
        assertThat(text).doesNotContain("Actual as percent of target", "Assessments validated");
    }

    @Test
    void embedsDejaVuSansAsUnicodeFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(report(), narrative(), Locale.ENGLISH))) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.getCOSObject().getNameAsString(COSName.ENCODING))
                        .isEqualTo("Identity-H");
            });
        }
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return words(new PDFTextStripper().getText(document));
        }
    }

    /**
     * The text as a run of words: where a narrow column wraps a name is layout, not content. Russian
     * digit groups are parted by no-break spaces, which count as spaces here.
     */
    private static String words(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String narrative() {
        return """
                # Highlights
                Two cities moved to stage B.
                Dushanbe validated its scorecard.

                #Risks ahead
                Spring floods may delay the works in Čačak.
                """;
    }

    private static ProgrammeFacts programme(List<String> components) {
        return new ProgrammeFacts(
                1L,
                "EU-RCBCA",
                "Resilient Cities Balkans and Central Asia",
                "European Union",
                "UNDRR",
                new BigDecimal("3750000.00"),
                "EUR",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                components);
    }

    private static JurisdictionProgress jurisdiction(
            Long id, String name, String localName, String country, String stage) {
        return new JurisdictionProgress(id, "J" + id, name, localName, "CITY", country, stage, 1, false, 4, 1, 1);
    }

    private static ReportContent report() {
        List<IndicatorLine> indicators = List.of(
                new IndicatorLine(
                        1L,
                        "1.1",
                        "Municipalities with a validated scorecard",
                        "OC1",
                        "municipalities",
                        true,
                        "ASSESSMENTS_VALIDATED",
                        BigDecimal.ZERO,
                        2023,
                        new BigDecimal("8"),
                        2026,
                        new BigDecimal("2"),
                        LocalDate.of(2025, 3, 31),
                        "Scorecards"),
                new IndicatorLine(
                        2L,
                        "1.2",
                        "Actions completed on time",
                        "OP1.1",
                        "actions",
                        false,
                        null,
                        new BigDecimal("5"),
                        null,
                        new BigDecimal("60"),
                        2026,
                        new BigDecimal("30"),
                        LocalDate.of(2025, 3, 1),
                        "Reports"),
                new IndicatorLine(
                        3L,
                        "1.3",
                        "Early warning drills held",
                        "OP1.2",
                        "drills",
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Spending spending = new Spending(
                new BigDecimal("3750000"),
                new BigDecimal("2500000"),
                new BigDecimal("937500"),
                "EUR",
                List.of(new BudgetLineFigure(
                        "Year one",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        new BigDecimal("1250000"),
                        "EUR")),
                List.of(new DisbursementLine(
                        LocalDate.of(2024, 2, 15), new BigDecimal("937500"), "EUR", "First tranche")));
        return new ReportContent(
                programme(List.of("City scorecards", "Sub-regional learning")),
                Instant.parse("2025-04-01T08:00:00Z"),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                List.of(
                        new StageCount("NONE", 1),
                        new StageCount("A", 3),
                        new StageCount("B", 2),
                        new StageCount("C", 1)),
                List.of(new ResultLine("OC1", "Cities know their risks", ResultKind.OUTCOME, null)),
                indicators,
                List.of(
                        jurisdiction(10L, "Čačak", "Чачак", "Serbia", "B"),
                        jurisdiction(11L, "Kraljevo", "Краљево", "Serbia", "C"),
                        jurisdiction(20L, "Dushanbe", "Душанбе", "Tajikistan", "A")),
                spending,
                List.of(new OverdueAction(
                        5L, "Retrofit of school No. 4", "Kraljevo", "mmarkovic", LocalDate.of(2025, 2, 28), 40)),
                List.of(
                        new DecisionLine(
                                Instant.parse("2025-03-20T10:15:00Z"),
                                "coordinator.rs",
                                "strategy:approved",
                                "APPROVED",
                                "STRATEGY",
                                "7",
                                "Kraljevo",
                                "Kraljevo flood plan endorsed",
                                "Milica Jovanović",
                                "Kraljevo flood plan",
                                "strategies/7"),
                        new DecisionLine(
                                Instant.parse("2025-03-21T00:00:00Z"),
                                "engine",
                                "action:overdue",
                                "IN_PROGRESS",
                                "ACTION",
                                "5",
                                "Kraljevo",
                                "due 2025-02-28",
                                null,
                                "Retrofit of school No. 4",
                                "actions/5")));
    }

    private static ReportContent withJurisdictions(ReportContent c, List<JurisdictionProgress> jurisdictions) {
        return new ReportContent(
                c.programme(),
                c.compiledAt(),
                c.periodStart(),
                c.periodEnd(),
                c.funnel(),
                c.results(),
                c.indicators(),
                jurisdictions,
                c.spending(),
                c.overdueActions(),
                c.decisions());
    }
}
