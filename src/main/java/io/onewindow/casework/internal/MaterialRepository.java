package io.onewindow.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MaterialRepository {

    /** An uploaded file attached to a case, in the slot of the 一单 material it stands for. */
    public record Upload(UUID id, UUID caseId, int materialIndex, String fileId, String fileName, String contentType,
            long size, String sha256, OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload u, UUID by) {
        jdbc.sql("""
                insert into casework_material (id, case_id, material_index, file_id, file_name, content_type,
                    size_bytes, sha256, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(u.id(), u.caseId(), u.materialIndex(), u.fileId(), u.fileName(), u.contentType(), u.size(),
                        u.sha256(), by)
                .update();
    }

    public List<Upload> ofCase(UUID caseId) {
        return jdbc.sql("select * from casework_material where case_id = ? order by material_index, uploaded_at")
                .param(caseId).query((rs, n) -> new Upload(rs.getObject("id", UUID.class), caseId,
                        rs.getInt("material_index"), rs.getString("file_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    Optional<Upload> find(UUID caseId, UUID uploadId) {
        return ofCase(caseId).stream().filter(u -> u.id().equals(uploadId)).findFirst();
    }

    /** Removes the upload and returns the key of its file, which is then no longer referenced. */
    Optional<String> delete(UUID caseId, UUID uploadId) {
        return jdbc.sql("delete from casework_material where case_id = ? and id = ? returning file_id")
                .params(caseId, uploadId).query(String.class).optional();
    }
}
