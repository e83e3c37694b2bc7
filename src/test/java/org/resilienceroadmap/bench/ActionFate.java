package org.resilienceroadmap.bench;

/**
 * Where a generated action stands, by its position in the city's plan: out of every 50 actions five
 * await approval, one was rejected, five were completed and verified, two passed their due date
 * unfinished (their escalation fires), and 37 are being carried out (a third of those with a
 * progress report, a quarter with a milestone).
 */
enum ActionFate {
    PROPOSED,
    REJECTED,
    VERIFIED,
    OVERDUE,
    IN_PROGRESS;

    static ActionFate of(int index) {
        int slot = index % 50;
        if (slot < 5) {
            return PROPOSED;
        }
        if (slot == 5) {
            return REJECTED;
        }
        if (slot < 11) {
            return VERIFIED;
        }
        return slot < 13 ? OVERDUE : IN_PROGRESS;
    }

    boolean approved() {
        return this != PROPOSED && this != REJECTED;
    }
}
