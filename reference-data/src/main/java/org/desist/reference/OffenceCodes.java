package org.desist.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Home Office offence code table (published reference data, shipped in this jar from
 * {@code shared/facts/home-office-offence-codes.csv}): code, group, category, sub-category, OGRS3 weighting, and
 * whether the offence counts as a violent sanction.
 */
public final class OffenceCodes {

    public static final String PATTERN = "[0-9]{5}";
    private static final String RESOURCE = "home-office-offence-codes.csv";
    private static final OffenceCodes TABLE = load();

    private final Map<String, Offence> byCode;

    private OffenceCodes(Map<String, Offence> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static OffenceCodes table() {
        return TABLE;
    }

    public Optional<Offence> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    private static OffenceCodes load() {
        try (InputStream in = OffenceCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the reference-data jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"code,group,category,sub_category,ogrs3_weighting,violent_sanction".equals(header)) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            Map<String, Offence> offences = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Offence offence = parse(line);
                    offences.put(offence.code(), offence);
                }
            }
            return new OffenceCodes(offences);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    private static Offence parse(String line) {
        List<String> fields = csvFields(line);
        if (fields.size() != 6) {
            throw new IllegalStateException("offence code row with " + fields.size() + " fields: " + line);
        }
        String weighting = fields.get(4).strip();
        Optional<Offence.OgrsWeighting> ogrs3 = weighting.isEmpty() ? Optional.empty()
                : Optional.of("999".equals(weighting) ? new Offence.OgrsWeighting.NeedsSpecificCode()
                        : new Offence.OgrsWeighting.Parameter(Double.parseDouble(weighting)));
        String code = fields.get(0).strip();
        return new Offence(code.length() < 5 ? "0".repeat(5 - code.length()) + code : code, fields.get(1).strip(),
                fields.get(2).strip(), fields.get(3).strip(), ogrs3, Boolean.parseBoolean(fields.get(5).strip()));
    }

    /** RFC 4180 fields: commas separate, double quotes enclose, two double quotes are one. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
