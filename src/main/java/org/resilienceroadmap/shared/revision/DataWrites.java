package org.resilienceroadmap.shared.revision;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Moves the {@link DataRevision} stamp in every transaction that inserts, changes or deletes an entity
 * (or one of its collections): once, after the last flush and just before the commit, so the stamp's row
 * is locked only for the commit itself and commits or rolls back with the change. Hibernate tells of
 * every entity write, so no feature has to remember to; the few writes in plain SQL go with an entity's
 * (an action's tally with the action).
 */
@Component
class DataWrites
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    /** The sessions whose transaction has its new stamp scheduled (weakly held, so nothing leaks if a session is never completed). */
    private final java.util.Set<Object> scheduled =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    DataWrites(EntityManagerFactory entityManagers) {
        EventListenerRegistry registry = entityManagers
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        changed(event.getSession());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        changed(event.getSession());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        changed(event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The first write of the transaction schedules the new stamp for just before its commit. */
    private void changed(EventSource session) {
        if (!session.getTransactionCoordinator().isTransactionActive() || !scheduled.add(session)) {
            return;
        }
        // Forgotten however the transaction ends: a session that outlives it writes its next stamp again.
        session.getActionQueue()
                .registerProcess((AfterTransactionCompletionProcess) (done, s) -> scheduled.remove(session));
        session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) before -> {
            before.doWork(connection -> {
                try (PreparedStatement bump = connection.prepareStatement(DataRevision.BUMP)) {
                    bump.setString(1, DataRevision.newStamp());
                    bump.executeUpdate();
                }
            });
        });
    }
}
