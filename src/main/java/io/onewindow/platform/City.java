package io.onewindow.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city this installation serves, by its GB/T 2260 code (乐山市 511100 by default): the region of city-level
 * departments, of 12345 orders from Open311, of licences issued without a county. Configured
 * ({@code onewindow.city.region-code}), so another city runs the same platform.
 */
@Component
public class City {

    private final String regionCode;

    City(@Value("${onewindow.city.region-code:511100}") String regionCode) {
        if (!regionCode.matches("\\d{4}00")) {
            throw new IllegalStateException("onewindow.city.region-code must be a city's GB/T 2260 code such as 511100, not "
                    + regionCode);
        }
        this.regionCode = regionCode;
    }

    public String regionCode() {
        return regionCode;
    }
}
