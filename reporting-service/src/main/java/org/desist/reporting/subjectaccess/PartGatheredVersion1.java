package org.desist.reporting.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.desist.eventstore.command.RenamingUpcaster;

/** Version 1 of {@code subject-access.part.gathered} stored its content in plain text: it reads as {@code unsealed}. */
@ApplicationScoped
public class PartGatheredVersion1 extends RenamingUpcaster {

    PartGatheredVersion1() {
        super("subject-access.part.gathered", 1, Map.of("content", "unsealed"), Map.of());
    }
}
