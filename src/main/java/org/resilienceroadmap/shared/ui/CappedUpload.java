package org.resilienceroadmap.shared.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.upload.Upload;
import org.resilienceroadmap.shared.files.UploadPolicy;

/**
 * The application's file upload: its texts in the reader's language, a size cap the server enforces
 * while the file arrives (see {@link CappedUploadHandler}) and one notice for a refused file, whether
 * the browser refused it (too big, wrong type) or the server did.
 * <p>
 * Either it hands each file on as it arrives ({@link #CappedUpload(long, Consumer)}), or it holds the
 * files until the form is sent ({@link #holding(long, int)}; a file the reader removes is dropped).
 */
public class CappedUpload extends Upload {

    /** A file as it arrived: its name as the reader's computer gave it, and its bytes. */
    public record Received(String fileName, byte[] content) {}

    private final List<Received> held = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<Received> received;
    private String refusal;
    private boolean clearing;

    /** Hands each file within {@code maxBytes} to {@code received}, with the UI locked. */
    public CappedUpload(long maxBytes, Consumer<Received> received) {
        this.received = received;
        setUploadHandler(new CappedUploadHandler(maxBytes, this::arrived, name -> Notifications.error(refusal())));
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UploadTexts.apply(this, this);
        addFileRejectedListener(e -> Notifications.error(refusal == null ? e.getErrorMessage() : refusal));
    }

    private CappedUpload(long maxBytes, int maxFiles) {
        this(maxBytes, null);
        setMaxFiles(maxFiles);
        addFileRemovedListener(e -> held.removeIf(f -> f.fileName().equals(e.getFileName())));
    }

    /** Holds up to {@code maxFiles} files within {@code maxBytes} each until {@link #files()} is read. */
    public static CappedUpload holding(long maxBytes, int maxFiles) {
        return new CappedUpload(maxBytes, maxFiles);
    }

    private void arrived(Received file) {
        if (clearing) {
            clearFileList();
        }
        if (received == null) {
            held.add(file);
        } else {
            received.accept(file);
        }
    }

    /** Takes the policy's document types; its size is the cap this upload was made with. */
    public CappedUpload accepting(UploadPolicy policy) {
        setAcceptedFileTypes(policy.acceptedFileTypes());
        return this;
    }

    /** Empties the list of files as each is handed on: the page shows what it made of the file instead. */
    public CappedUpload clearingEachFile() {
        this.clearing = true;
        return this;
    }

    /** Says a refused file in these words rather than the upload's own. */
    public CappedUpload refusedAs(String text) {
        this.refusal = text;
        return this;
    }

    /** The files held so far, in the order they arrived. */
    public List<Received> files() {
        synchronized (held) {
            return List.copyOf(held);
        }
    }

    /** The one file held, if any (for an upload of one file). */
    public Optional<Received> file() {
        List<Received> files = files();
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
    }

    private String refusal() {
        return refusal != null ? refusal : getTranslation("upload.tooBig");
    }
}
