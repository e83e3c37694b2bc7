package org.resilienceroadmap.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps uploaded documents. Checks size, type (by name and content) and cleans the name; it does
 * not check who may see a file: the module that owns the document does that before calling {@link #get}.
 */
@Service
public class FileStore {

    private static final int MAX_NAME = 200;

    private final StoredFileRepository files;
    private final Clock clock;

    FileStore(StoredFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public StoredFile store(String fileName, byte[] content, UploadPolicy policy, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("document", "The file is empty");
        }
        if (content.length > policy.maxBytes()) {
            throw new InvalidRequestException("document", "The file is larger than " + policy.maxMegabytes() + " MB");
        }
        String name = cleanName(fileName);
        DocumentType type = DocumentType.of(name, content)
                .filter(policy.types()::contains)
                .orElseThrow(() -> new InvalidRequestException(
                        "document", "Only " + policy.kindsInWords("or") + " files are accepted"));
        return files.save(new StoredFile(
                name, type.contentType(), content.clone(), sha256(content), uploadedBy, Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public StoredFile get(Long id) {
        StoredFile file = files.findById(id).orElseThrow(() -> new NotFoundException("File", id));
        file.getContent(); // load the lazy content inside the transaction
        return file;
    }

    /** The names and sizes of these files, by id, without reading their content (for lists of files). */
    @Transactional(readOnly = true)
    public Map<Long, FileFacts> facts(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : files.findFactsByIdIn(ids).stream().collect(Collectors.toMap(FileFacts::id, f -> f));
    }

    /** Removes a document its owning module has unlinked (evidence taken back while it may still change). */
    @Transactional
    public void delete(Long id) {
        files.deleteById(id);
    }

    /** Keeps only the last path part and harmless characters, so the name is safe in a header and on disk. */
    static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isEmpty()) {
            throw new InvalidRequestException("document", "The file has no usable name");
        }
        return cleaned.length() > MAX_NAME ? cleaned.substring(cleaned.length() - MAX_NAME) : cleaned;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
