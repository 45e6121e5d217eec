package org.desist.eventstore;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 digest in the hash chain. */
public record EventHash(byte[] bytes) {

    public EventHash {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException("an event hash is 32 bytes of SHA-256");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventHash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
