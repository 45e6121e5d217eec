package org.desist.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The one spelling of a payload, whichever way its numbers were written (RECIPES.md, "Hashing JSON"). */
class CanonicalJsonTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aNumberIsSpelledByItsValue() {
        assertThat(CanonicalJson.of(JSON.numberNode(new BigDecimal("2E+1")))).isEqualTo("20");
        assertThat(CanonicalJson.of(JSON.numberNode(new BigDecimal("20.00")))).isEqualTo("20");
        assertThat(CanonicalJson.of(JSON.numberNode(20))).isEqualTo("20");
        assertThat(CanonicalJson.of(JSON.numberNode(new BigDecimal("0.10")))).isEqualTo("0.1");
        assertThat(CanonicalJson.of(JSON.numberNode(1e-7))).isEqualTo("0.0000001");
        assertThat(CanonicalJson.of(JSON.numberNode(new BigInteger("123456789012345678901234567890"))))
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void whatPostgresGivesBackSpellsTheSame() {
        ObjectNode written = JSON.objectNode().put("b", new BigDecimal("2E+1")).put("a", new BigDecimal("0.10"))
                .put("c", "caf\u00e9 \"quoted\" \\ \n\t \ud83d\ude00");
        // jsonb orders keys by length then bytes, keeps numbers as numeric and escapes only what JSON must
        String fromJsonb = "{\"a\": 0.10, \"b\": 20, \"c\": \"caf\u00e9 \\\"quoted\\\" \\\\ \\n\\t \ud83d\ude00\"}";

        assertThat(CanonicalJson.of(CanonicalJson.parse(fromJsonb))).isEqualTo(CanonicalJson.of(written));
    }

    @Test
    void aPreciseDecimalIsReadBackExactly() {
        String precise = "{\"x\":0.12345678901234567890123456789}";

        assertThat(CanonicalJson.of(CanonicalJson.parse(precise))).isEqualTo(precise);
    }

    @Test
    void textWithANulCharacterIsRefusedNamingItsPlace() {
        ObjectNode payload = JSON.objectNode();
        payload.putArray("contacts").addObject().put("notes", "seen\u0000");

        assertThatThrownBy(() -> CanonicalJson.of(payload)).isInstanceOf(UnstorableValue.class)
                .hasMessageContaining("NUL").extracting("field").isEqualTo("contacts[0].notes");
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of(JSON.objectNode().put("name", "a\ud800b")))
                .isInstanceOf(UnstorableValue.class).extracting("field").isEqualTo("name");
        assertThat(CanonicalJson.of(JSON.objectNode().put("name", "\ud83d\ude00"))).contains("\ud83d\ude00");
    }

    @Test
    void aNumberTooLongToKeepIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of(JSON.objectNode().put("n", new BigDecimal("1E+999999999"))))
                .isInstanceOf(UnstorableValue.class).extracting("field").isEqualTo("n");
    }
}
