package org.resilienceroadmap.workflow;

import java.time.Instant;

/** A pinned comment as pages and the API show it: {@code item} is the item's label in the reader's language. */
public record Pin(
        Long id,
        String itemKey,
        String item,
        String text,
        String author,
        Instant pinnedAt,
        String answer,
        String answeredBy,
        Instant answeredAt,
        long version) {

    public boolean isOpen() {
        return answeredAt == null;
    }

    static Pin of(PinnedComment c, String item) {
        return new Pin(
                c.getId(),
                c.getItemKey(),
                item,
                c.getText(),
                c.getAuthor(),
                c.getPinnedAt(),
                c.getAnswer(),
                c.getAnsweredBy(),
                c.getAnsweredAt(),
                c.getVersion());
    }
}
