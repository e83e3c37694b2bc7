package org.resilienceroadmap.gate;

/**
 * One item of a checklist as configured: a stable {@code code} (ticks refer to it), computed by a
 * {@code rule} or manual with the {@code label} people read, mandatory or not, and the rule's
 * {@code number} where it has one.
 */
public record ItemSpec(String code, ItemKind kind, GateRule rule, String label, boolean mandatory, Integer number) {

    public static ItemSpec computed(GateRule rule, boolean mandatory) {
        return new ItemSpec(
                rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                ItemKind.COMPUTED,
                rule,
                null,
                mandatory,
                rule.defaultNumber());
    }

    /** The rule's number: the configured one, else the rule's default. */
    public Integer numberOrDefault() {
        return number != null ? number : rule == null ? null : rule.defaultNumber();
    }
}
