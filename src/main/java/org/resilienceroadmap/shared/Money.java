package org.resilienceroadmap.shared;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount in a currency (ISO 4217 code), as budgets and disbursements are kept; never a float.
 * In the API it is always {@code {"amount": "1250000.00", "currency": "EUR"}}: the amount a decimal string
 * in the currency's scale, so that no client reads it through a binary float. Read back from that shape
 * (an amount given as a JSON number is taken too: it is still exact when it reaches the BigDecimal).
 */
@Embeddable
@JsonSerialize(using = Money.Json.class)
public record Money(
        @Column(name = "budget_amount") BigDecimal amount,
        @Column(name = "budget_currency") String currency) {

    public Money {
        if (amount != null && ordinary(amount)) {
            amount = amount.setScale(2, RoundingMode.HALF_UP);
        }
        if (currency != null) {
            currency = currency.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** The money, or null when there is no amount (a figure not set). */
    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    /**
     * Whether rescaling is cheap: an amount read from a request may be 1e999999999, whose cents would fill the
     * memory. Such an amount is kept as given, and the service refuses it as too large like any other.
     */
    private static boolean ordinary(BigDecimal amount) {
        return Math.abs(amount.scale()) <= 100 && amount.precision() - amount.scale() <= 100;
    }

    public boolean isValid() {
        return amount != null && amount.signum() >= 0 && currency != null && currency.matches("[A-Z]{3}");
    }

    /** The amount as the API writes it: plain digits in the currency's scale (two when it has none known). */
    public String amountText() {
        if (amount == null) {
            return null;
        }
        if (!ordinary(amount)) {
            return amount.toString();
        }
        try {
            return amount.setScale(fractionDigits(), RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException cents) {
            return amount.toPlainString();
        }
    }

    private int fractionDigits() {
        try {
            int digits = currency == null ? -1 : Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }

    /** The one JSON form of money. */
    public static final class Json extends StdSerializer<Money> {

        public Json() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("amount", money.amountText());
            out.writeStringField("currency", money.currency());
            out.writeEndObject();
        }
    }
}
