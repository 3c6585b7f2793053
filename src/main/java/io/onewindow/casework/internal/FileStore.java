package io.onewindow.casework.internal;

import java.util.Optional;

/** Where uploaded materials live: outside the database, addressed by an unguessable key. */
public interface FileStore {

    /** Stores the bytes and returns their key. */
    String put(byte[] content);

    Optional<byte[]> get(String key);

    /** Removes the file; a missing file is not an error. */
    void delete(String key);
}
