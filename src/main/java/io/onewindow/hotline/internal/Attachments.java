package io.onewindow.hotline.internal;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.platform.FileSignatures;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Attachments of a work order: checked by their first bytes (not their names), stored with the order. */
@Service
public class Attachments {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A file as uploaded. */
    public record Upload(String filename, byte[] data) {
    }

    /** What lists show; the bytes come through {@link #content}. */
    public record Attachment(UUID id, String filename, String contentType, int size) {
    }

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses the whole set before anything is stored. */
    public static void check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "最多上传 " + MAX_FILES + " 个附件");
        }
        for (Upload u : uploads) {
            if (u.data().length > MAX_BYTES) {
                throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "附件“" + u.filename() + "”超过 5 MB");
            }
            if (type(u.data()).isEmpty()) {
                throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT,
                        "附件“" + u.filename() + "”不是 JPG、PNG 图片或 PDF 文件");
            }
        }
    }

    void store(UUID orderId, List<Upload> uploads) {
        for (Upload u : uploads) {
            String name = u.filename() == null || u.filename().isBlank() ? "附件" : u.filename();
            name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            jdbc.sql("insert into hotline_attachment (id, order_id, filename, content_type, size_bytes, data) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), orderId, name.length() > 200 ? name.substring(0, 200) : name,
                            type(u.data()).orElseThrow(), u.data().length, u.data()).update();
        }
    }

    public List<Attachment> of(UUID orderId) {
        return jdbc.sql("select id, filename, content_type, size_bytes from hotline_attachment where order_id = ? order by created_at, filename")
                .param(orderId).query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    /** The bytes, only if the attachment belongs to that order (the caller has checked access to the order). */
    public Optional<byte[]> content(UUID orderId, UUID attachmentId) {
        return jdbc.sql("select data from hotline_attachment where id = ? and order_id = ?").params(attachmentId, orderId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    static Optional<String> type(byte[] data) {
        if (FileSignatures.startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (FileSignatures.startsWith(data, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        if (FileSignatures.startsWith(data, '%', 'P', 'D', 'F')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

}
