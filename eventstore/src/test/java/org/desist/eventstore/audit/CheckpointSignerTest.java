package org.desist.eventstore.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Checkpoint signatures are RFC 8032 Ed25519, from the configured 32-byte seed, checkable with the raw public key. */
class CheckpointSignerTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theKeyAndSignatureAreRfc8032s_testVector1() {
        CheckpointSigner signer = new CheckpointSigner(
                HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        assertThat(HEX.formatHex(signer.publicKey()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HEX.formatHex(signer.sign(""))).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901"
                + "555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void aSignatureChecksOnlyForItsOwnTextAndKey() {
        CheckpointSigner signer = new CheckpointSigner(new byte[32]);
        String text = CheckpointSigner.text(7, "ab".repeat(32), "2026-11-29T10:00:00Z");
        byte[] signature = signer.sign(text);

        assertThat(CheckpointSigner.verify(signer.publicKey(), text, signature)).isTrue();
        assertThat(CheckpointSigner.verify(signer.publicKey(), text.replace("7\n", "8\n"), signature)).isFalse();
        assertThat(CheckpointSigner.verify(new CheckpointSigner(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}).publicKey(), text, signature)).isFalse();
        assertThat(text).isEqualTo("7\n" + "ab".repeat(32) + "\n2026-11-29T10:00:00Z");
    }

    @Test
    void aKeyThatIsNotA32ByteSeedIsRefused() {
        assertThatThrownBy(() -> new CheckpointSigner(new byte[16])).hasMessageContaining("32-byte seed");
    }
}
