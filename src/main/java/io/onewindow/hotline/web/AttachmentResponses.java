package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.Attachments;
import io.onewindow.platform.OneWindowException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Serves an attachment inline with its checked type; never sniffed, never run. */
final class AttachmentResponses {

    private AttachmentResponses() {
    }

    static ResponseEntity<byte[]> of(Attachments attachments, UUID orderId, UUID attachmentId) {
        var meta = attachments.of(orderId).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "附件不存在"));
        byte[] data = attachments.content(orderId, attachmentId).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(data);
    }
}
