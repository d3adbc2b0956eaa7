package io.tickwise.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One line of the results journal: a run's point id, repetition and measured values, sealed
 * with a CRC-32 of the rest of the line. The checksum is what tells a record torn by a crash
 * (cut short, or with blocks that never reached the disk) from a complete one.
 */
record JournalRecord(String pointId, int repetition, long[] values) {

    String line() {
        StringBuilder body = new StringBuilder(pointId).append('\t').append(repetition).append('\t');
        for (int m = 0; m < values.length; m++) {
            body.append(m == 0 ? "" : ",").append(values[m]);
        }
        return body + "\t" + crc(body.toString()) + "\n";
    }

    /** The record a line holds, if it is one whole and unaltered. */
    static Optional<JournalRecord> parse(String line) {
        int sealAt = line.lastIndexOf('\t');
        if (sealAt < 0 || !line.substring(sealAt + 1).equals(crc(line.substring(0, sealAt)))) {
            return Optional.empty();
        }
        String[] fields = line.substring(0, sealAt).split("\t", -1);
        if (fields.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JournalRecord(fields[0], Integer.parseInt(fields[1]),
                    Arrays.stream(fields[2].split(",")).mapToLong(Long::parseLong).toArray()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
