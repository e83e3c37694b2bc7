package org.resilienceroadmap.shared.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Takes an uploaded file into memory only up to a cap, counting the bytes as they arrive: a file
 * that grows past the cap is refused there, before it is held whole, whatever the browser was told.
 * (The Upload's own size limit is only a hint to the browser; anyone can send more.)
 */
public final class CappedUploadHandler implements UploadHandler {

    private static final int CHUNK = 8192;

    private final long maxBytes;
    private final Consumer<CappedUpload.Received> received;
    private final Consumer<String> refused;

    /**
     * @param received gets each file within the cap, with the UI locked
     * @param refused  gets the name of each file past the cap, with the UI locked
     */
    public CappedUploadHandler(long maxBytes, Consumer<CappedUpload.Received> received, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        boolean taken;
        try (InputStream in = event.getInputStream()) {
            taken = receive(
                    event.getFileName(),
                    in,
                    file -> ui.access(() -> received.accept(file)),
                    name -> ui.access(() -> refused.accept(name)));
        }
        if (!taken) {
            event.getResponse().setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** A refused file keeps its 413; the default would overwrite it with 200. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (success
                && response instanceof HttpServletResponse http
                && http.getStatus() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            return;
        }
        UploadHandler.super.responseHandled(success, response);
    }

    /**
     * Reads {@code in} and hands the file on when it is within the cap, or says it was refused.
     *
     * @return whether the file was taken
     */
    boolean receive(String fileName, InputStream in, Consumer<CappedUpload.Received> accept, Consumer<String> refuse)
            throws IOException {
        Optional<byte[]> content = read(in);
        if (content.isEmpty()) {
            refuse.accept(fileName);
            return false;
        }
        accept.accept(new CappedUpload.Received(fileName, content.get()));
        return true;
    }

    /** The whole stream, or nothing as soon as it passes the cap (the rest is not read). */
    Optional<byte[]> read(InputStream in) throws IOException {
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes - total + 1))) > 0) {
            total += n;
            if (total > maxBytes) {
                return Optional.empty();
            }
            held.write(chunk, 0, n);
        }
        return Optional.of(held.toByteArray());
    }
}
