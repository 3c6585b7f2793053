package io.onewindow.identity;

import java.time.LocalDate;

/** An enterprise to register. Its region and entity type are read from the credit code. */
public record NewEnterprise(String creditCode, String name, String legalRepresentative, String industryCode,
        SizeClass sizeClass, LocalDate establishedOn) {
}
