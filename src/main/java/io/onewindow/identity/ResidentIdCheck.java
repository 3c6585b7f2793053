package io.onewindow.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The result of checking a 公民身份号码 against GB 11643-1999.
 *
 * @param reason Chinese reason when invalid
 * @param number the normalised number (upper-case X); only set when valid
 * @param regionCode 地址码 (GB/T 2260 county code at the time of issue)
 * @param sex 男 or 女, from the parity of the 顺序码
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResidentIdCheck(boolean valid, String reason, String number, String regionCode, LocalDate birthDate,
        String sex) {

    static ResidentIdCheck invalid(String reason) {
        return new ResidentIdCheck(false, reason, null, null, null, null);
    }
}
