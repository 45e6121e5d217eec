package org.desist.eventstore.shredding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing, pure: what is sealed opens only with its key, under its key id, unchanged. */
class DataCipherTest {

    private static final byte[] TEXT = "Alex Morgan, 12 Station Road".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedDataOpensWithItsKey_andNeverShowsThePlaintext() {
        byte[] key = DataCipher.newKey();
        Sealed sealed = DataCipher.seal("k-1", key, TEXT);

        assertThat(key).hasSize(32);
        assertThat(sealed.keyId()).isEqualTo("k-1");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1))
                .doesNotContain("Morgan");
        assertThat(DataCipher.open(sealed, key)).isEqualTo(TEXT);
    }

    @Test
    void theSameDataSealedTwiceReadsDifferently() {
        byte[] key = DataCipher.newKey();
        Sealed first = DataCipher.seal("k-1", key, TEXT);
        Sealed second = DataCipher.seal("k-1", key, TEXT);
        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void anotherKeyAnotherKeyIdOrAChangedCiphertextDoesNotOpen() {
        byte[] key = DataCipher.newKey();
        Sealed sealed = DataCipher.seal("k-1", key, TEXT);

        assertThatThrownBy(() -> DataCipher.open(sealed, DataCipher.newKey())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DataCipher.open(new Sealed("k-2", sealed.nonce(), sealed.ciphertext()), key))
                .isInstanceOf(IllegalStateException.class);
        byte[] changed = Base64.getDecoder().decode(sealed.ciphertext());
        changed[0] ^= 1;
        assertThatThrownBy(() -> DataCipher.open(new Sealed("k-1", sealed.nonce(),
                Base64.getEncoder().encodeToString(changed)), key)).isInstanceOf(IllegalStateException.class);
    }
}
