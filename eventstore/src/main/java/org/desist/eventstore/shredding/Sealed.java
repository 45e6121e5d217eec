package org.desist.eventstore.shredding;

/**
 * Personal data as an event stores it: AES-GCM ciphertext (with its tag) under the data key {@code keyId}, and the
 * nonce it was sealed with, both base64. The log hashes it as any payload; destroying the key erases what it says.
 */
public record Sealed(String keyId, String nonce, String ciphertext) {
}
