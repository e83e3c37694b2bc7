package org.resilienceroadmap.shared.revision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Answers worked out from the data, kept on this node for as long as the data stand still: each is kept
 * under the {@link DataRevision} stamp it was read under, and a request that reads another stamp (any
 * write on any node since) works it out again. Call it inside the read's transaction, so the stamp is
 * read before the data: an answer is then never older than its stamp. Values must not be changed by
 * whoever gets them (records and unmodifiable lists). A few hundred answers at most, the oldest
 * forgotten first.
 */
@Component
public class RevisionCache {

    static final int KEPT = 200;

    private final DataRevision revision;
    private final Map<Object, Object> answers = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > KEPT;
        }
    };

    private String stamp = "";

    RevisionCache(DataRevision revision) {
        this.revision = revision;
    }

    /** The answer kept for this key under the current stamp, or {@code compute}'s, then kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        String now = revision.current();
        synchronized (answers) {
            if (!now.equals(stamp)) {
                // The data moved on: nothing kept under the old stamp can be used again.
                answers.clear();
                stamp = now;
            }
            Object kept = answers.get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T answer = compute.get();
        synchronized (answers) {
            if (now.equals(stamp) && answer != null) {
                answers.put(key, answer);
            }
        }
        return answer;
    }
}
