package org.resilienceroadmap.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.VaadinServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The server holds an uploaded file only up to the cap, whatever the browser was told or sends. */
@org.resilienceroadmap.support.FastTest
class CappedUploadHandlerTests {

    private static final int CAP = 1024;

    private final List<CappedUpload.Received> stored = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final CappedUploadHandler handler = new CappedUploadHandler(CAP, stored::add, refused::add);

    @Test
    void refusesAFileOverTheCapWithoutReadingTheRestOrStoringAnything() throws IOException {
        Endless sent = new Endless();

        boolean taken = handler.receive("huge.pdf", sent, stored::add, refused::add);

        assertThat(taken).isFalse();
        assertThat(stored).isEmpty();
        assertThat(refused).containsExactly("huge.pdf");
        assertThat(sent.read).as("bytes read before refusing").isEqualTo(CAP + 1);
    }

    @Test
    void refusesAFileOneByteOverTheCap() throws IOException {
        boolean taken =
                handler.receive("a.pdf", new ByteArrayInputStream(new byte[CAP + 1]), stored::add, refused::add);

        assertThat(taken).isFalse();
        assertThat(stored).isEmpty();
        assertThat(refused).containsExactly("a.pdf");
    }

    @Test
    void takesAFileUnderTheCapWholeAndAsSent() throws IOException {
        byte[] content = new byte[CAP - 1];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }

        boolean taken = handler.receive("plan.csv", new ByteArrayInputStream(content), stored::add, refused::add);

        assertThat(taken).isTrue();
        assertThat(refused).isEmpty();
        assertThat(stored).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("plan.csv");
            assertThat(file.content()).isEqualTo(content);
        });
    }

    @Test
    void takesAFileOfExactlyTheCap() throws IOException {
        assertThat(handler.receive("a.pdf", new ByteArrayInputStream(new byte[CAP]), stored::add, refused::add))
                .isTrue();
        assertThat(stored)
                .singleElement()
                .satisfies(file -> assertThat(file.content()).hasSize(CAP));
    }

    @Test
    void aRefusedFileKeepsItsStatusAndATakenOneIsOk() {
        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        tooLarge.setStatus(413);
        handler.responseHandled(true, new VaadinServletResponse(tooLarge, null));
        MockHttpServletResponse taken = new MockHttpServletResponse();
        taken.setStatus(201);
        handler.responseHandled(true, new VaadinServletResponse(taken, null));

        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(taken.getStatus()).isEqualTo(200);
    }

    /** A stream that never ends, counting what was read of it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = 'x';
            }
            read += len;
            return len;
        }
    }
}
