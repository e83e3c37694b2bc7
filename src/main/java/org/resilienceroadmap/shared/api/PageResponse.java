package org.resilienceroadmap.shared.api;

import java.util.List;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A page of a list, as every list endpoint answers: {@code ?page=0&size=50}, size at most 500. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static final int MAX_SIZE = 500;

    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        request(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }

    /** The page a caller asked for, checked, for lists that a repository pages itself. */
    public static Pageable request(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(
                page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
