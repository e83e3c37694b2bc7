package org.resilienceroadmap.shared.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a ZIP-based office document holds, read from its central directory without inflating anything:
 * DOCX, XLSX and ODT share the ZIP signature, so only their parts tell them apart (a renamed archive or a
 * spreadsheet called {@code decision.docx} is not a Word document). Reading names only keeps a ZIP bomb
 * harmless here.
 */
final class ZipPackage {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int MAX_ENTRIES = 10_000;

    private final Set<String> names;
    private final String mimetype;

    private ZipPackage(Set<String> names, String mimetype) {
        this.names = names;
        this.mimetype = mimetype;
    }

    /** The package's entry names and its ODF {@code mimetype} entry, or nothing if it is no readable ZIP. */
    static Optional<ZipPackage> read(byte[] content) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        try {
            int end = endOfDirectory(zip);
            if (end < 0) {
                return Optional.empty();
            }
            int entries = Short.toUnsignedInt(zip.getShort(end + 10));
            int at = zip.getInt(end + 16);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
                if (zip.getInt(at) != CENTRAL_HEADER) {
                    return Optional.empty();
                }
                int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
                names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return Optional.of(new ZipPackage(names, storedMimetype(zip, content)));
        } catch (IndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /** ODF keeps its media type uncompressed in the first entry, so that it can be read this way. */
    boolean declares(String mediaType) {
        return mediaType.equals(mimetype);
    }

    private static int endOfDirectory(ByteBuffer zip) {
        int last = zip.limit() - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int at = last; at >= first; at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static String storedMimetype(ByteBuffer zip, byte[] content) {
        if (zip.limit() < 30 || zip.getInt(0) != LOCAL_HEADER || zip.getShort(8) != 0) {
            return null;
        }
        int size = zip.getInt(18);
        int nameLength = Short.toUnsignedInt(zip.getShort(26));
        int extraLength = Short.toUnsignedInt(zip.getShort(28));
        String name = new String(content, 30, nameLength, StandardCharsets.UTF_8);
        if (!"mimetype".equals(name) || size < 0 || size > 200) {
            return null;
        }
        return new String(content, 30 + nameLength + extraLength, size, StandardCharsets.US_ASCII);
    }
}
