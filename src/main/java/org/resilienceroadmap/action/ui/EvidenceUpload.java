package org.resilienceroadmap.action.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.UploadTexts;

/**
 * Evidence files held in memory until the form is sent, limited in the browser to the policy's size
 * and types; the file store checks both again on the server (type by content too).
 */
class EvidenceUpload extends Upload {

    private final List<Evidence> files = Collections.synchronizedList(new ArrayList<>());

    EvidenceUpload(UploadPolicy policy) {
        setUploadHandler(UploadHandler.inMemory((meta, bytes) -> files.add(new Evidence(meta.fileName(), bytes))));
        UploadTexts.apply(this, this);
        setMaxFiles(5);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
        setAcceptedFileTypes(policy.acceptedFileTypes());
        addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
    }

    List<Evidence> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }

    void reset() {
        files.clear();
        clearFileList();
    }
}
