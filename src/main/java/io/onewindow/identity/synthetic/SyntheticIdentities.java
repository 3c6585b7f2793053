package io.onewindow.identity.synthetic;

import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.ResidentIdNumbers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds identifiers that pass GB 11643 and GB 32100 for demo data and benchmarks. They are arithmetically
 * valid but belong to nobody real: 顺序码 and 主体标识码 are derived from a running number.
 */
public final class SyntheticIdentities {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private SyntheticIdentities() {
    }

    /** @param sequence 0–999, the 顺序码 (odd = male) */
    public static String residentId(String regionCode, LocalDate birthDate, int sequence) {
        String first17 = regionCode + BIRTH.format(birthDate) + String.format("%03d", sequence);
        return first17 + ResidentIdNumbers.checkChar(first17);
    }

    /**
     * @param kind two characters, e.g. {@code 91} 企业, {@code 92} 个体工商户
     * @param serial a number below 31^8 that makes the 主体标识码 unique
     */
    public static String creditCode(String kind, String regionCode, long serial) {
        return CreditCodes.assemble(kind, regionCode, serial);
    }
}
