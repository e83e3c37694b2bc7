package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resilienceroadmap.funding.report.IatiActivityWriter;
import org.resilienceroadmap.support.IatiSchema;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The IATI export of a programme passes the official IATI 2.03 schema and says what the programme says. The
 * schema is read from {@code ../shared/reference/iati-2.03} (or {@code -Drr.iati.schema.dir}); without it the
 * validating tests are skipped, never passed.
 */
class IatiExportTests {

    private static final Instant DURING = Instant.parse("2022-03-15T09:30:00Z");
    private static final String CYRILLIC = "Число местных стратегий снижения риска бедствий";
    private static final String SPECIAL_CHARACTERS = "Towns & villages <50k people with warning plans";

    private final IatiActivityWriter writer = new IatiActivityWriter();

    @Test
    void writesASchemaValidActivityForTheEuProgramme() throws Exception {
        Schema schema = iatiSchema();
        byte[] xml = writer.write(euProgramme(), DURING);

        validate(schema, xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains(CYRILLIC, "Towns &amp; villages &lt;50k people");
    }

    @Test
    void validatesAMinimalRecordWithoutResultsBudgetPaymentsOrCountries() throws Exception {
        Schema schema = iatiSchema();
        ProgrammeFacts facts = new ProgrammeFacts(
                2L,
                "MIN-1",
                "Minimal programme",
                "Donor",
                null,
                null,
                null,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                null);
        byte[] xml = writer.write(
                new ProgrammeRecord(facts, " ", "XM-DAC-41114", "40", null, null, null, null, null, null), DURING);

        validate(schema, xml);
        Document doc = parse(xml);
        assertThat(text(doc, "//description[@type='1']/narrative")).isEqualTo("Minimal programme");
        assertThat(count(doc, "//recipient-country | //budget | //transaction | //result"))
                .isZero();
        assertThat(count(doc, "//participating-org[@role='4']")).isZero();
        assertThat(count(doc, "//iati-activity/@default-currency | //iati-activity/@last-updated-datetime"))
                .isZero();
    }

    @Test
    void theValidatorRejectsADocumentMissingOrMisorderingElements() throws Exception {
        Schema schema = iatiSchema();
        String xml = new String(writer.write(euProgramme(), DURING), StandardCharsets.UTF_8);
        validate(schema, xml.getBytes(StandardCharsets.UTF_8));
        String withoutIdentifier = xml.replaceFirst("<iati-identifier>[^<]*</iati-identifier>", "");
        Matcher sector = Pattern.compile("<sector [^>]*/>").matcher(xml);
        assertThat(sector.find()).isTrue();
        String sectorTooEarly =
                xml.replace(sector.group(), "").replace("<activity-status", sector.group() + "<activity-status");

        assertThatThrownBy(() -> validate(schema, withoutIdentifier.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("iati-identifier");
        assertThatThrownBy(() -> validate(schema, sectorTooEarly.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("sector");
    }

    @Test
    void identifiesTheProgrammeAndItsOrganisations() throws Exception {
        Document doc = parse(writer.write(euProgramme(), DURING));

        assertThat(text(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(doc, "/iati-activities/@generated-datetime")).isEqualTo("2022-03-15T09:30:00Z");
        assertThat(text(doc, "//iati-activity/@default-currency")).isEqualTo("EUR");
        assertThat(text(doc, "//iati-identifier")).isEqualTo("XI-IATI-EC_INTPA-EU-CA-SENDAI");
        assertThat(text(doc, "//reporting-org/@ref") + " " + text(doc, "//reporting-org/@type"))
                .isEqualTo("XI-IATI-EC_INTPA 40");
        assertThat(text(doc, "//reporting-org/narrative")).isEqualTo("European Union");
        assertThat(text(doc, "//participating-org[@role='1']/narrative")).isEqualTo("European Union");
        assertThat(text(doc, "//participating-org[@role='4']/narrative")).isEqualTo("UNDRR");
        assertThat(text(doc, "//sector[@vocabulary='1']/@code")).isEqualTo("43060");
        assertThat(text(doc, "//sector/@percentage")).isEqualTo("100");
        assertThat(text(doc, "//policy-marker[@code='10']/@significance")).isEqualTo("2");
        assertThat(text(doc, "//activity-date[@type='1']/@iso-date")).isEqualTo("2020-07-01");
        assertThat(text(doc, "//activity-date[@type='3']/@iso-date")).isEqualTo("2023-06-30");
    }

    @Test
    void sharesTheRecipientCountriesSoThatTheyAddUpToAHundred() throws Exception {
        Document doc = parse(writer.write(euProgramme(), DURING));
        assertThat(values(doc, "//recipient-country/@code")).containsExactly("KZ", "KG", "TJ", "TM", "UZ");
        assertThat(values(doc, "//recipient-country/@percentage")).containsOnly("20");

        ProgrammeRecord threeCountries = withCountries(euProgramme(), List.of("kz", "KG", "TJ"));
        List<String> shares = values(parse(writer.write(threeCountries, DURING)), "//recipient-country/@percentage");
        assertThat(shares).containsExactly("33.34", "33.33", "33.33");
        assertThat(sum(shares)).isEqualByComparingTo("100");
    }

    @Test
    void commitsTheProgrammeAmountOnceAndListsEachDisbursement() throws Exception {
        Document doc = parse(writer.write(euProgramme(), DURING));

        assertThat(count(doc, "//transaction[transaction-type/@code='2']")).isEqualTo(1);
        assertThat(text(doc, "//transaction[transaction-type/@code='2']/value")).isEqualTo("3750000");
        assertThat(text(doc, "//transaction[transaction-type/@code='2']/transaction-date/@iso-date"))
                .isEqualTo("2020-07-01");
        assertThat(count(doc, "//transaction[transaction-type/@code='3']")).isEqualTo(3);
        assertThat(values(doc, "//transaction[transaction-type/@code='3']/value"))
                .containsExactly("1500000", "1250000", "750000");
        assertThat(values(doc, "//transaction[transaction-type/@code='3']/value/@value-date"))
                .containsExactly("2020-08-14", "2021-09-01", "2022-10-03");
        assertThat(values(doc, "//transaction/description/narrative"))
                .containsExactly("EU/2020/PAY-001", "EU/2022/PAY-003");
    }

    @Test
    void cutsBudgetLinesLongerThanAYearIntoYearsThatKeepTheTotal() throws Exception {
        Document doc = parse(writer.write(euProgramme(), DURING));

        List<String> starts = values(doc, "//budget/period-start/@iso-date");
        List<String> ends = values(doc, "//budget/period-end/@iso-date");
        List<String> amounts = values(doc, "//budget/value");
        assertThat(starts).containsExactly("2020-07-01", "2021-07-01", "2022-07-01", "2021-01-01", "2022-01-01");
        assertThat(ends).containsExactly("2021-06-30", "2022-06-30", "2023-06-30", "2021-12-31", "2022-03-31");
        for (int i = 0; i < starts.size(); i++) {
            assertThat(LocalDate.parse(ends.get(i)))
                    .isBefore(LocalDate.parse(starts.get(i)).plusYears(1));
        }
        assertThat(amounts).containsExactly("1250000", "1250000", "1250000", "80219.78", "19780.22");
        assertThat(sum(amounts.subList(0, 3))).isEqualByComparingTo("3750000.00");
        assertThat(sum(amounts.subList(3, 5))).isEqualByComparingTo("100000.00");
        assertThat(count(doc, "//budget[@type='1'][@status='1']/value[@currency='EUR'][@value-date]"))
                .isEqualTo(5);
    }

    @Test
    void reportsResultsWithTheirIndicatorFigures() throws Exception {
        Document doc = parse(writer.write(euProgramme(), DURING));

        assertThat(values(doc, "//result/@type")).containsExactly("2", "1", "2", "1");
        assertThat(values(doc, "//result/title/narrative")).doesNotContain("Output without indicators yet");
        String risk = "//indicator[title/narrative='Countries reporting Sendai targets A to E']";
        assertThat(text(doc, risk + "/@measure") + text(doc, risk + "/@ascending"))
                .isEqualTo("11");
        assertThat(text(doc, risk + "/baseline/@year") + " " + text(doc, risk + "/baseline/@value"))
                .isEqualTo("2020 1");
        assertThat(text(doc, risk + "/period/period-start/@iso-date")).isEqualTo("2023-01-01");
        assertThat(text(doc, risk + "/period/target/@value") + " " + text(doc, risk + "/period/actual/@value"))
                .isEqualTo("5 4");

        String cyrillic = "//indicator[title/narrative='" + CYRILLIC + "']";
        assertThat(text(doc, cyrillic + "/baseline/@year"))
                .as("start year stands in")
                .isEqualTo("2020");
        assertThat(text(doc, cyrillic + "/period/period-end/@iso-date")).isEqualTo("2023-06-30");

        String share = "//indicator[title/narrative='" + SPECIAL_CHARACTERS + "']";
        assertThat(text(doc, share + "/@measure")).isEqualTo("2");
        assertThat(text(doc, share + "/baseline/@value")).isEqualTo("12.5");
        assertThat(count(doc, share + "/period/actual")).isZero();

        String trained = "//indicator[title/narrative='Officials trained']";
        assertThat(count(doc, trained + "/baseline")).isZero();
        assertThat(text(doc, trained + "/period/actual/@value")).isEqualTo("1200");
        assertThat(text(doc, "//indicator[title/narrative='Disaster deaths per 100 000']/@ascending"))
                .isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({
        "2020-06-30T23:59:59Z, 1",
        "2020-07-01T00:00:00Z, 2",
        "2023-06-30T12:00:00Z, 2",
        "2023-07-01T00:00:00Z, 3"
    })
    void derivesTheActivityStatusFromTheProgrammePeriod(String generatedAt, String status) throws Exception {
        Document doc = parse(writer.write(euProgramme(), Instant.parse(generatedAt)));

        assertThat(text(doc, "//activity-status/@code")).isEqualTo(status);
    }

    @Test
    void refusesAProgrammeWithoutReportingOrganisation() {
        ProgrammeRecord record = euProgramme();
        ProgrammeRecord anonymous = new ProgrammeRecord(
                record.facts(),
                record.description(),
                null,
                " ",
                record.recipientCountries(),
                record.results(),
                record.indicators(),
                record.budgetLines(),
                record.disbursements(),
                record.lastUpdated());

        assertThatThrownBy(() -> writer.write(anonymous, DURING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reporting organisation ref, reporting organisation type");
    }

    @Test
    void publishesOnePeriodPerYearWithThatYearsActualAndOverdueActionsDescending() throws Exception {
        ProgrammeRecord eu = euProgramme();
        IndicatorLine overdue = new IndicatorLine(
                null,
                "I6",
                "Approved actions past their due date",
                "O2.1",
                "count",
                true,
                "ACTIONS_OVERDUE",
                new BigDecimal("3"),
                2020,
                new BigDecimal("5"),
                2023,
                new BigDecimal("2"),
                LocalDate.of(2023, 6, 30),
                null,
                "LOWER",
                null,
                null);
        List<IndicatorLine> indicators = new ArrayList<>(eu.indicators());
        indicators.add(overdue);
        java.util.Map<String, List<IndicatorPeriod>> periods = java.util.Map.of(
                "I6",
                List.of(
                        new IndicatorPeriod(
                                LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31), null, new BigDecimal("1")),
                        new IndicatorPeriod(
                                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), null, new BigDecimal("4")),
                        new IndicatorPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null),
                        new IndicatorPeriod(
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 6, 30),
                                new BigDecimal("5"),
                                new BigDecimal("2"))));
        ProgrammeRecord record = new ProgrammeRecord(
                eu.facts(),
                eu.description(),
                eu.reportingOrgRef(),
                eu.reportingOrgType(),
                eu.recipientCountries(),
                eu.results(),
                indicators,
                eu.budgetLines(),
                eu.disbursements(),
                eu.lastUpdated(),
                periods);
        // Checked against the schema where it is installed (it is not everywhere: the figures are asserted anyway).
        byte[] xml = writer.write(record, DURING);
        Document doc = parse(xml);
        String i6 = "//indicator[title/narrative='Approved actions past their due date']";
        assertThat(text(doc, i6 + "/@ascending")).isEqualTo("0");
        assertThat(values(doc, i6 + "/period/period-start/@iso-date"))
                .containsExactly("2020-07-01", "2021-01-01", "2023-01-01");
        assertThat(values(doc, i6 + "/period/actual/@value")).containsExactly("1", "4", "2");
        assertThat(values(doc, i6 + "/period/target/@value")).containsExactly("5");
    }

    static ProgrammeRecord euProgramme() {
        ProgrammeFacts facts = new ProgrammeFacts(
                1L,
                "EU-CA-SENDAI",
                "Strengthening disaster resilience and accelerating the Sendai Framework in Central Asia",
                "European Union",
                "UNDRR",
                new BigDecimal("3750000.00"),
                "EUR",
                LocalDate.of(2020, 7, 1),
                LocalDate.of(2023, 6, 30),
                List.of("Risk knowledge", "Local strategies"));
        List<ResultLine> results = List.of(
                new ResultLine("O1", "Disaster risk is better understood", ResultKind.OUTCOME, null),
                new ResultLine("O1.1", "National loss databases in use", ResultKind.OUTPUT, "O1"),
                new ResultLine("O2", "Local governments act on early warnings", ResultKind.OUTCOME, null),
                new ResultLine("O2.1", "Local officials trained", ResultKind.OUTPUT, "O2"),
                new ResultLine("O2.2", "Output without indicators yet", ResultKind.OUTPUT, "O2"));
        List<IndicatorLine> indicators = List.of(
                indicator(
                        "I1",
                        "Countries reporting Sendai targets A to E",
                        "O1",
                        "countries",
                        "1",
                        2020,
                        "5",
                        2023,
                        "4"),
                indicator("I2", "Disaster deaths per 100 000", "O1", "per 100 000", "2.4", 2019, "1.8", null, null),
                indicator("I3", CYRILLIC, "O1.1", "strategies", "0", null, "12", null, "7"),
                indicator("I4", SPECIAL_CHARACTERS, "O2", "%", "12.50", 2019, "40", null, null),
                indicator("I5", "Officials trained", "O2.1", "people", null, null, "300", null, "1.2E+3"));
        List<BudgetLineFigure> budget = List.of(
                new BudgetLineFigure(
                        "Contribution to UNDRR",
                        LocalDate.of(2020, 7, 1),
                        LocalDate.of(2023, 6, 30),
                        new BigDecimal("3750000.00"),
                        "EUR"),
                new BudgetLineFigure(
                        "Regional coordination",
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2022, 3, 31),
                        new BigDecimal("100000.00"),
                        "EUR"));
        List<DisbursementLine> paid = List.of(
                new DisbursementLine(LocalDate.of(2022, 10, 3), new BigDecimal("750000.00"), "EUR", "EU/2022/PAY-003"),
                new DisbursementLine(LocalDate.of(2020, 8, 14), new BigDecimal("1500000.00"), "EUR", "EU/2020/PAY-001"),
                new DisbursementLine(LocalDate.of(2021, 9, 1), new BigDecimal("1250000.00"), "EUR", null));
        return new ProgrammeRecord(
                facts,
                "Helps Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
                        + "understand disaster risk and act on it.",
                "XI-IATI-EC_INTPA",
                "40",
                List.of("KZ", "KG", "TJ", "TM", "UZ"),
                results,
                indicators,
                budget,
                paid,
                Instant.parse("2022-03-01T08:00:00Z"));
    }

    private static IndicatorLine indicator(
            String code,
            String name,
            String resultCode,
            String unit,
            String baseline,
            Integer baselineYear,
            String target,
            Integer targetYear,
            String actual) {
        return new IndicatorLine(
                null,
                code,
                name,
                resultCode,
                unit,
                false,
                null,
                decimal(baseline),
                baselineYear,
                decimal(target),
                targetYear,
                decimal(actual),
                actual == null ? null : LocalDate.of(2022, 2, 28),
                null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static ProgrammeRecord withCountries(ProgrammeRecord r, List<String> countries) {
        return new ProgrammeRecord(
                r.facts(),
                r.description(),
                r.reportingOrgRef(),
                r.reportingOrgType(),
                countries,
                r.results(),
                r.indicators(),
                r.budgetLines(),
                r.disbursements(),
                r.lastUpdated());
    }

    private static Schema iatiSchema() throws Exception {
        return IatiSchema.load();
    }

    private static void validate(Schema schema, byte[] xml) throws Exception {
        IatiSchema.validate(schema, xml);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document doc, String expression) throws Exception {
        return xpath().evaluate(expression, doc);
    }

    private static int count(Document doc, String expression) throws Exception {
        return ((NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET)).getLength();
    }

    private static List<String> values(Document doc, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
