package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InChunksTests {

    @Test
    void readsAThousandKeysAStatementInOrderAndAnswersEveryRow() {
        List<Integer> keys = IntStream.range(0, 2_500).boxed().toList();
        List<Integer> sizes = new ArrayList<>();

        List<Integer> doubled = InChunks.read(keys, chunk -> {
            sizes.add(chunk.size());
            return chunk.stream().map(k -> k * 2).toList();
        });

        assertThat(sizes).containsExactly(1_000, 1_000, 500);
        assertThat(doubled).hasSize(2_500).startsWith(0, 2, 4).endsWith(4_998);
    }

    @Test
    void noKeysNoRead() {
        List<List<String>> reads = new ArrayList<>();
        InChunks.each(List.<String>of(), reads::add);
        assertThat(reads).isEmpty();
    }
}
