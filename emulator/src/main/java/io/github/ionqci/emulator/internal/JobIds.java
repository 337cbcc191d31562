package io.github.ionqci.emulator.internal;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered job ids (UUID version 7), as IonQ's newer ids are. */
public final class JobIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private JobIds() {
    }

    /**
     * @param epochMillis the creation time
     * @return a new UUIDv7 string
     */
    public static String newId(long epochMillis) {
        long rand = RANDOM.nextLong();
        long msb = (epochMillis << 16) | 0x7000L | ((rand >>> 52) & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
