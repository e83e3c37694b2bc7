package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Money's one JSON form: the amount a decimal string in its currency's scale, beside the ISO code. */
class MoneyJsonTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesTheAmountAsADecimalStringInTheCurrencysScale() throws Exception {
        assertThat(json.writeValueAsString(new Money(new BigDecimal("1250000"), "EUR")))
                .isEqualTo("{\"amount\":\"1250000.00\",\"currency\":\"EUR\"}");
        assertThat(json.writeValueAsString(new Money(new BigDecimal("5000"), "JPY")))
                .isEqualTo("{\"amount\":\"5000\",\"currency\":\"JPY\"}");
        assertThat(json.writeValueAsString(new Money(new BigDecimal("0.5"), "JPY")))
                .as("cents a currency has no place for are kept, not rounded away")
                .isEqualTo("{\"amount\":\"0.50\",\"currency\":\"JPY\"}");
    }

    @Test
    void readsTheSameShapeBack() throws Exception {
        Money read = json.readValue("{\"amount\":\"12.5\",\"currency\":\"eur\"}", Money.class);
        assertThat(read).isEqualTo(new Money(new BigDecimal("12.50"), "EUR"));
        assertThat(json.readValue(json.writeValueAsString(read), Money.class)).isEqualTo(read);
    }

    @Test
    void anAbsurdAmountIsKeptAsGivenNotExpandedIntoCents() throws Exception {
        Money huge = json.readValue("{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}", Money.class);
        assertThat(huge.amount().scale()).isEqualTo(-999999999);
        assertThat(huge.amountText()).isEqualTo("1E+999999999");
    }
}
