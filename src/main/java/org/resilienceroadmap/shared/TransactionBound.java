package org.resilienceroadmap.shared;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value that lives as long as the current transaction: made on first use, dropped when it completes. */
public final class TransactionBound {

    private TransactionBound() {}

    /** The value kept under {@code key} in the current transaction; {@code null} outside one. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> fresh) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            value = fresh.get();
            TransactionSynchronizationManager.bindResource(key, value);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return value;
    }
}
