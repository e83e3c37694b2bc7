package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class MoneyAndProgressTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MoneyAllocations allocations;

    @Autowired
    MoneyAndProgress money;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    JdbcTemplate jdbc;

    private static LocalDate inMonths(int months) {
        return LocalDate.now(Days.ZONE).plusMonths(months);
    }

    private MoneyProgress.Allocation spend(MoneyScene s, String amount) {
        return as(
                s.city().coordinator(),
                () -> allocations.allocate(
                        s.programmeId(),
                        MoneySourceKind.DISBURSEMENT,
                        s.disbursementId(),
                        s.actionId(),
                        new BigDecimal(amount),
                        "EUR"));
    }

    @Test
    void theAllocationsOfADisbursementNeverAddUpToMoreThanIt() {
        MoneyScene s = MoneyScene.prepare(context, "EUR", 50, inMonths(5));
        spend(s, "20000.00");
        assertThatThrownBy(() -> spend(s, "10000.01"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("amount"))
                .hasMessageContaining("10000.00 EUR");
        spend(s, "10000.00");
        MoneyProgress.Source source = as(s.city().coordinator(), () -> money.read(s.programmeId()))
                .sources()
                .get(0);
        assertThat(source.allocated()).isEqualByComparingTo("30000");
        assertThat(source.remaining()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> spend(s, "0.00")).isInstanceOf(InvalidRequestException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from money_allocation where programme_id = ?", Long.class, s.programmeId()))
                .isEqualTo(2L);
    }

    @Test
    void refusesAnotherCurrencyAndAnActionBudgetedInOne() {
        MoneyScene s = MoneyScene.prepare(context, "EUR", 0, inMonths(5));
        assertThatThrownBy(() -> as(
                        s.city().coordinator(),
                        () -> allocations.allocate(
                                s.programmeId(),
                                MoneySourceKind.DISBURSEMENT,
                                s.disbursementId(),
                                s.actionId(),
                                new BigDecimal("100"),
                                "USD")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
        // The same city under a programme that pays in dollars: the action's euro budget cannot take its money.
        MoneyScene dollars = MoneyScene.prepare(context, "USD", 0, inMonths(5));
        Long usdProgramme = dollars.programmeId();
        assertThatThrownBy(() -> as(
                        dollars.city().coordinator(),
                        () -> allocations.allocate(
                                usdProgramme,
                                MoneySourceKind.DISBURSEMENT,
                                dollars.disbursementId(),
                                dollars.actionId(),
                                new BigDecimal("100"),
                                null)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("actionId"))
                .hasMessageContaining("budgeted in EUR");
    }

    @Test
    void figuresPerCountryCityAndActionFlagSpendingAheadOnlyPastTheMargin() {
        MoneyScene s = MoneyScene.prepare(context, "EUR", 10, inMonths(5));
        // 21,000 of 60,000 is 35 % spent against 10 % done: exactly 25 points ahead, not flagged.
        spend(s, "21000.00");
        MoneyProgress read = as(s.donor(), () -> money.read(s.programmeId()));
        MoneyProgress.ActionRow row = read.actionRows().get(0);
        assertThat(read.countries()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Tajikistan");
            assertThat(c.cities())
                    .singleElement()
                    .satisfies(city ->
                            assertThat(city.jurisdictionId()).isEqualTo(s.city().id()));
        });
        assertThat(row.figures().budget()).isEqualByComparingTo("60000");
        assertThat(row.figures().spent()).isEqualByComparingTo("21000");
        assertThat(row.figures().committed()).isEqualByComparingTo("0");
        assertThat(row.figures().percentSpent()).isEqualByComparingTo("35.0");
        assertThat(row.figures().percentDone()).isEqualByComparingTo("10");
        assertThat(row.spendingAhead()).isFalse();
        assertThat(read.marginPoints()).isEqualTo(25);
        // One cent more is past the margin.
        spend(s, "0.01");
        MoneyProgress after = as(s.donor(), () -> money.read(s.programmeId()));
        assertThat(after.actionRows().get(0).spendingAhead()).isTrue();
        assertThat(after.countries().get(0).figures().spendingAhead()).isEqualTo(1);
        assertThat(after.countries().get(0).cities().get(0).figures().spendingAhead())
                .isEqualTo(1);
        assertThat(after.total().spent()).isEqualByComparingTo("21000.01");
        // Donors read the figures, not the manager's list of what is left to allocate.
        assertThat(after.mayManage()).isFalse();
        assertThat(after.sources()).isEmpty();
    }

    @Test
    void committedMoneyUnspentPastHalfThePeriodIsFlagged() {
        // Due in two months, started four months ago: past half of its six months.
        MoneyScene late = MoneyScene.prepare(context, "EUR", 60, inMonths(2));
        Long commitment = as(
                late.city().coordinator(),
                () -> allocations.recordCommitment(
                        late.programmeId(), LocalDate.of(2025, 1, 10), new BigDecimal("40000"), "EUR", "Contract"));
        as(
                late.city().coordinator(),
                () -> allocations.allocate(
                        late.programmeId(),
                        MoneySourceKind.COMMITMENT,
                        commitment,
                        late.actionId(),
                        new BigDecimal("40000"),
                        null));
        MoneyProgress.ActionRow row = as(late.donor(), () -> money.read(late.programmeId()))
                .actionRows()
                .get(0);
        assertThat(row.figures().committed()).isEqualByComparingTo("40000");
        assertThat(row.unspentPastHalf()).isTrue();
        assertThat(row.spendingAhead()).isFalse();
        // Due in five months, started a month ago: not yet half way, not flagged.
        MoneyScene early = MoneyScene.prepare(context, "EUR", 0, inMonths(5));
        Long c2 = as(
                early.city().coordinator(),
                () -> allocations.recordCommitment(
                        early.programmeId(), LocalDate.of(2025, 1, 10), new BigDecimal("40000"), "EUR", null));
        as(
                early.city().coordinator(),
                () -> allocations.allocate(
                        early.programmeId(),
                        MoneySourceKind.COMMITMENT,
                        c2,
                        early.actionId(),
                        new BigDecimal("5"),
                        null));
        assertThat(as(early.donor(), () -> money.read(early.programmeId()))
                        .actionRows()
                        .get(0)
                        .unspentPastHalf())
                .isFalse();
    }

    @Test
    void donorsReadCoordinatorsAllocateAndOthersSeeNothing() {
        MoneyScene s = MoneyScene.prepare(context, "EUR", 0, inMonths(5));
        assertThatThrownBy(() -> as(
                        s.donor(),
                        () -> allocations.allocate(
                                s.programmeId(),
                                MoneySourceKind.DISBURSEMENT,
                                s.disbursementId(),
                                s.actionId(),
                                BigDecimal.TEN,
                                null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(s.city().chair(), () -> money.read(s.programmeId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator.serbia", () -> money.read(s.programmeId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("coordinator.tajikistan", () -> money.read(s.programmeId()))
                        .mayManage())
                .isTrue();
        // An action of a city the programme does not cover gets none of its money.
        MoneyScene elsewhere = MoneyScene.prepare(context, "EUR", 0, inMonths(5));
        assertThatThrownBy(() -> as(
                        "coordinator.tajikistan",
                        () -> allocations.allocate(
                                s.programmeId(),
                                MoneySourceKind.DISBURSEMENT,
                                s.disbursementId(),
                                elsewhere.actionId(),
                                BigDecimal.TEN,
                                null)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("actionId"));
        // A disbursement of another programme is no source of this one.
        assertThatThrownBy(() -> as(
                        "coordinator.tajikistan",
                        () -> allocations.allocate(
                                s.programmeId(),
                                MoneySourceKind.DISBURSEMENT,
                                elsewhere.disbursementId(),
                                s.actionId(),
                                BigDecimal.TEN,
                                null)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("sourceId"));
    }

    @Test
    void removingTakesTheVersionReadAndACommitmentInUseStays() {
        MoneyScene s = MoneyScene.prepare(context, "EUR", 0, inMonths(5));
        String coordinator = s.city().coordinator();
        Long commitment = as(
                coordinator,
                () -> allocations.recordCommitment(
                        s.programmeId(), LocalDate.of(2025, 2, 1), new BigDecimal("1000"), "EUR", null));
        MoneyProgress.Allocation a = as(
                coordinator,
                () -> allocations.allocate(
                        s.programmeId(), MoneySourceKind.COMMITMENT, commitment, s.actionId(), BigDecimal.TEN, null));
        assertThatThrownBy(() -> as(coordinator, () -> allocations.removeCommitment(s.programmeId(), commitment, 0L)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(coordinator, () -> allocations.removeAllocation(s.programmeId(), a.id(), 7L)))
                .isInstanceOf(ConflictException.class);
        as(coordinator, () -> allocations.removeAllocation(s.programmeId(), a.id(), a.version()));
        as(coordinator, () -> allocations.removeCommitment(s.programmeId(), commitment, 0L));
        MoneyProgress read = as(coordinator, () -> money.read(s.programmeId()));
        assertThat(read.allocations()).isEmpty();
        assertThat(read.sources()).extracting(MoneyProgress.Source::kind).containsExactly(MoneySourceKind.DISBURSEMENT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where subject_id = ? and action in"
                                + " ('programme:allocate', 'programme:remove-allocation', 'programme:commit',"
                                + " 'programme:remove-commitment')",
                        Long.class,
                        String.valueOf(s.programmeId())))
                .isEqualTo(4L);
    }
}
