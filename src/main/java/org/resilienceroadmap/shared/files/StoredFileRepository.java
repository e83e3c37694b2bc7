package org.resilienceroadmap.shared.files;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    /** Names and sizes only: a listing never loads the files' bytes. */
    @Query("select new org.resilienceroadmap.shared.files.FileFacts(f.id, f.name, f.size) from StoredFile f"
            + " where f.id in :ids")
    List<FileFacts> findFactsByIdIn(@Param("ids") Collection<Long> ids);
}
