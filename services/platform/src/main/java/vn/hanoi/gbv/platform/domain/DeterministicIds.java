package vn.hanoi.gbv.platform.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what caused a thing, so that handling the same event twice produces the same id and the
 * second insert is refused by the unique _id: this is how consumers stay idempotent without transactions.
 */
public final class DeterministicIds {

    public static String from(Object... parts) {
        var joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part).append('|');
        }
        return UUID.nameUUIDFromBytes(joined.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private DeterministicIds() {
    }
}
